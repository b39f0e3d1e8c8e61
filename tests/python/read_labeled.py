"""Reads a labeled download the way an analyst's notebook would, and re-runs the clustering in scikit-learn.

Usage: read_labeled.py FILE.csv INCOME_COLUMN SCORE_COLUMN K
Prints JSON: the header pandas sees, the row count, the first column's values, and the partition
scikit-learn's KMeans (k-means++, n_init=10, random_state=42) finds on the standardized pair, as a
list of labels (numbering is arbitrary; the caller compares partitions).
"""
import json
import sys

import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler

path, income, score, k = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
frame = pd.read_csv(path)
features = StandardScaler().fit_transform(frame[[income, score]])
model = KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=42).fit(features)
print(
    json.dumps(
        {
            "header": list(frame.columns),
            "rows": len(frame),
            "first": [str(v) for v in frame.iloc[:, 1].tolist()],
            "sklearn": [int(v) for v in model.labels_],
            "inertia": float(model.inertia_),
        }
    )
)
