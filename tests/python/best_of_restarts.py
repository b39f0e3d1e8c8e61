#!/usr/bin/env python3
"""The figure the thorough restart search has to reach on Mall_Customers.csv.

StandardScaler on "Annual Income (k$)" and "Spending Score (1-100)", then for k = 1..10:
  - n_init_10:        KMeans(init='k-means++', n_init=10,   random_state=42).inertia_  (what reference.json has)
  - best_of_2000:     KMeans(init='k-means++', n_init=2000, random_state=42).inertia_  (the same stream, 2,000 restarts)
  - best_of_2000_seeds: min over random_state = 0..1999 of KMeans(n_init=1, random_state=s).inertia_
                      (2,000 restarts from independent streams, a second opinion on the same question)
Writes tests/fixtures/sklearn/mall_best_of_restarts.json; tests/core/dataset/thoroughSearch.test.ts reads it.

Run: /usr/bin/python3 tests/python/best_of_restarts.py   (takes a few minutes)
"""
import json
import os
import sys
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler

warnings.filterwarnings("ignore")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COLUMNS = ["Annual Income (k$)", "Spending Score (1-100)"]
RESTARTS = 2000

frame = pd.read_csv(os.path.join(ROOT, "public", "Mall_Customers.csv"))
Z = StandardScaler().fit_transform(frame[COLUMNS].to_numpy(dtype=np.float64))


def fit(k, n_init, seed):
    return KMeans(n_clusters=k, init="k-means++", n_init=n_init, random_state=seed).fit(Z).inertia_


by_k = {}
for k in range(1, 11):
    seeds = [fit(k, 1, s) for s in range(RESTARTS)]
    by_k[str(k)] = {
        "n_init_10": float(fit(k, 10, 42)),
        "best_of_2000": float(fit(k, RESTARTS, 42)),
        "best_of_2000_seeds": float(min(seeds)),
    }
    print(k, by_k[str(k)], file=sys.stderr)

out = {
    "source": "tests/python/best_of_restarts.py",
    "sklearn": sklearn.__version__,
    "numpy": np.__version__,
    "data": "public/Mall_Customers.csv",
    "columns": COLUMNS,
    "scaling": "StandardScaler",
    "restarts": RESTARTS,
    "inertia_by_k": by_k,
}
path = os.path.join(ROOT, "tests", "fixtures", "sklearn", "mall_best_of_restarts.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
