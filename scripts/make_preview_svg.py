"""The first screen's preview picture: Mall_Customers.csv clustered as the app clusters it (k = 5).

Run: /usr/bin/python3 scripts/make_preview_svg.py > src/features/upload/preview-segments.svg
Colours and shapes are the app's (src/charts/palette.ts); no <style> and no text, so the picture reads
the same in light and dark mode (its meaning is in the alt text and the caption beside it).
"""
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler

COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00"]
W, H, PAD = 240, 160, 14

mall = pd.read_csv("public/Mall_Customers.csv")
xy = mall[["Annual Income (k$)", "Spending Score (1-100)"]].to_numpy(dtype=float)
scaler = StandardScaler().fit(xy)
km = KMeans(n_clusters=5, init="k-means++", n_init=10, random_state=42).fit(scaler.transform(xy))
# Order clusters by size, largest first, as the app's colour slots start.
order = np.argsort(-np.bincount(km.labels_), kind="stable")
slot = {c: i for i, c in enumerate(order)}
lo, hi = xy.min(axis=0), xy.max(axis=0)


def px(v):
    return (
        PAD + (v[0] - lo[0]) / (hi[0] - lo[0]) * (W - 2 * PAD),
        H - PAD - (v[1] - lo[1]) / (hi[1] - lo[1]) * (H - 2 * PAD),
    )


parts = [
    f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}">',
    f'<path d="M{PAD - 6} 4V{H - PAD + 6}H{W - 4}" fill="none" stroke="#8a93a6" stroke-width="1"/>',
]
for c in range(5):
    color = COLORS[slot[c]]
    dots = "".join(
        f'<circle cx="{x:.0f}" cy="{y:.0f}" r="2.6"/>' for x, y in (px(v) for v in xy[km.labels_ == c])
    )
    parts.append(f'<g fill="{color}">{dots}</g>')
for c in range(5):
    x, y = px(scaler.inverse_transform(km.cluster_centers_[c : c + 1])[0])
    color = COLORS[slot[c]]
    parts.append(
        f'<path d="M{x - 5:.0f} {y - 5:.0f}l10 10m0-10l-10 10" stroke="#8a93a6" stroke-width="4.5" '
        f'stroke-linecap="round"/><path d="M{x - 5:.0f} {y - 5:.0f}l10 10m0-10l-10 10" '
        f'stroke="{color}" stroke-width="2.5" stroke-linecap="round"/>'
    )
parts.append("</svg>")
print("".join(parts))
