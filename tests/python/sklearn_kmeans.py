"""scikit-learn's KMeans on the standardized income and spending-score columns of a CSV.

Usage: sklearn_kmeans.py FILE.csv K N_INIT[,N_INIT...] SEED
Prints JSON: per N_INIT, the inertia and labels of KMeans(init='k-means++', n_init=N_INIT,
random_state=SEED) (numbering is arbitrary; the caller compares partitions).
"""
import json
import sys
import warnings

import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler

warnings.filterwarnings("ignore")
path, k, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[4])
features = StandardScaler().fit_transform(pd.read_csv(path)[["Annual Income (k$)", "Spending Score (1-100)"]])
fits = []
for n_init in (int(n) for n in sys.argv[3].split(",")):
    model = KMeans(n_clusters=k, init="k-means++", n_init=n_init, random_state=seed).fit(features)
    fits.append({"inertia": float(model.inertia_), "labels": [int(v) for v in model.labels_]})
print(json.dumps(fits))
