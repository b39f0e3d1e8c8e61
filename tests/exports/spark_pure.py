"""Runs the pure parts of an exported Spark job without pyspark, for tests/exports/sparkScript.test.ts.

Usage: spark_pure.py SCRIPT.py CASES.json
Imports the job as a module (pyspark must not be needed for that), evaluates every case in CASES.json
and prints the results as JSON. Nearest-centre SQL is run in SQLite, whose arithmetic, CASE and
comparisons are Spark SQL's for these expressions.
"""
import importlib.util
import json
import math
import sqlite3
import struct
import sys

script, cases_path = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location("job", script)
job = importlib.util.module_from_spec(spec)
spec.loader.exec_module(job)
if "pyspark" in sys.modules:
    raise SystemExit("importing the job imported pyspark")

with open(cases_path, encoding="utf-8") as file:
    cases = json.load(file)


def double(hex_bits):
    return struct.unpack(">d", bytes.fromhex(hex_bits))[0]


def moments(values):
    n = len(values)
    mean = math.fsum(values) / n
    return n, mean, math.fsum((v - mean) ** 2 for v in values) / n


def nearest_in_sqlite(points, centres):
    d = len(points[0])
    z = [f"z{j}" for j in range(d)]
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE TABLE t (i INTEGER, {', '.join(f'{c} REAL' for c in z)})")
    db.executemany(f"INSERT INTO t VALUES ({', '.join('?' * (d + 1))})", [[i, *p] for i, p in enumerate(points)])
    distances = [f"d{c}" for c in range(len(centres))]
    inner = ", ".join(f"{job.squared_distance_sql(z, centre)} AS {name}" for name, centre in zip(distances, centres))
    query = f"SELECT i, {job.nearest_centre_sql(distances)} FROM (SELECT i, {inner} FROM t) ORDER BY i"
    return [row[1] for row in db.execute(query)]


out = {}
out["numbers"] = [job.js_number(double(h)) for h in cases["doubles"]]
out["integers"] = [job.js_number(i) for i in cases["integers"]]
out["canonical"] = [job.canonical_json(value) for value in cases["objects"]]
out["scales"] = [job.scale_from_moments(*moments(column)) for column in cases["columns"]]
out["renumber"] = [job.renumber_largest_first(c["sizes"], c["centres"]) for c in cases["renumber"]]
out["nearest"] = []
for c in cases["nearest"]:
    python = [job.nearest_centre(point, c["centres"])[0] for point in c["points"]]
    distances = {}
    for point, label in zip(c["points"], python):
        distances.setdefault(label, []).append(math.sqrt(job.nearest_centre(point, c["centres"])[1]))
    out["nearest"].append(
        {
            "python": python,
            "sqlite": nearest_in_sqlite(c["points"], c["centres"]),
            "distance99": [job.distance99(distances.get(label, [])) for label in range(len(c["centres"]))],
        }
    )
out["names"] = [job.segment_names(c["centroids"], c["mean"], c["scale"], c["words"]) for c in cases["names"]]
out["tolerance"] = job.spark_tolerance(1e-4, [2.0, 3.0, 1.0], [4.0, 9.0, 0.0], 5)
out["cells"] = [[job.read_number(cell, f) for cell in cases["cells"]] for f in cases["formats"]]
out["newColumn"] = [job.new_column_name(["cluster", "Cluster_2"], "Cluster"), job.new_column_name(["Age"], "Cluster")]

document = job.analysis_document(created_at="2026-12-03T14:00:00.000Z", **cases["analysis"])
out["analysis"] = document
out["analysisOk"] = job.check_analysis(document)
tampered = json.loads(json.dumps(document))
tampered["segments"][0]["name"] = "Edited"
out["tampered"] = job.check_analysis(tampered)
newer = json.loads(json.dumps(document))
newer["version"] = 2
out["newer"] = job.check_analysis(newer)
print(json.dumps(out))
