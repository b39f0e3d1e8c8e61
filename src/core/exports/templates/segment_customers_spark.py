#!/usr/bin/env python3
"""Customer segments with PySpark ML (the settings below are an example; the app writes its own)."""
# ==== settings ====
APP_VERSION = "0.1.0"
SOURCE_FILE = "Mall_Customers.csv"
INPUT_FORMAT = "csv"
ENCODING = "UTF-8"
DELIMITER = ","
HEADER_LINE = 1
FEATURES = ["Annual Income (k$)", "Spending Score (1-100)"]
NUMBER_FORMATS = {
    "Annual Income (k$)": {"decimal": ".", "k_is_unit": True, "formatted": False},
    "Spending Score (1-100)": {"decimal": ".", "k_is_unit": False, "formatted": False},
}
NAME_WORDS = ["income", "spending"]
SUMMARY_LABELS = []
MISSING = "drop"
K = 5
SEED = 42
MAX_ITER = 300
TOL = 0.0001
APP_INERTIA = None
# ==== end of settings ====

import argparse
import hashlib
import json
import math
import os
import re
import sys
from datetime import datetime, timezone
from decimal import Decimal

ANALYSIS_FORMAT = "customer-segments-analysis"
ANALYSIS_VERSION = 1
PRODUCER = "customer-segments-spark"

# ---- Pure parts: plain Python, importable and testable without pyspark ----


def scale_from_moments(count, mean, variance):
    """StandardScaler's scale from a column's count, mean and population variance: the population
    standard deviation, or 1 for a constant column (a variance within its own rounding error is 0)."""
    eps = sys.float_info.epsilon
    bound = count * eps * variance + (count * mean * eps) ** 2
    return math.sqrt(variance) if variance > bound else 1.0


def spark_tolerance(tol, scales, variances, k):
    """Spark's tol from scikit-learn's. scikit-learn stops when the centres' squared shifts sum to at
    most tol times the mean variance of the (standardized) columns; Spark stops when no centre moves
    more than its tol. Each of k centres moving at most sqrt(tol * mean variance / k) meets the first."""
    standardized = [v / (s * s) for v, s in zip(variances, scales)]
    mean_variance = sum(standardized) / len(standardized)
    return math.sqrt(tol * mean_variance / k) if mean_variance > 0 else tol


def renumber_largest_first(sizes, centres):
    """Old cluster index per new number (0 = cluster 1): the largest first; equal sizes in order of
    their centre's coordinates, first column first; then by old index. The app's rule."""
    return sorted(range(len(sizes)), key=lambda c: (-sizes[c], *centres[c], c))


def nearest_centre(point, centres):
    """(index, squared distance) of the centre nearest to `point`, the lowest index on a tie."""
    best, best_distance = -1, math.inf
    for c, centre in enumerate(centres):
        distance = sum((x - y) ** 2 for x, y in zip(point, centre))
        if distance < best_distance:
            best, best_distance = c, distance
    return best, best_distance


def squared_distance_sql(columns, centre):
    """A SQL expression: the squared distance from the standardized columns to one centre."""
    return " + ".join(f"(`{column}` - ({float(value)!r})) * (`{column}` - ({float(value)!r}))" for column, value in zip(columns, centre))


def nearest_centre_sql(distance_columns):
    """A SQL expression: the 0-based index of the smallest of the squared-distance columns, the
    lowest on a tie, as nearest_centre gives it."""
    k = len(distance_columns)
    if k == 1:
        return "0"
    cases = []
    for c in range(k - 1):
        beats = " AND ".join(f"`{distance_columns[c]}` <= `{distance_columns[o]}`" for o in range(c + 1, k))
        cases.append(f"WHEN {beats} THEN {c}")
    return f"CASE {' '.join(cases)} ELSE {k - 1} END"


def percentile_rank(n, share=0.99):
    """0-based rank of the "higher" nearest-rank percentile among n sorted values."""
    return math.ceil(share * n) - 1


def distance99(distances):
    """The 99th percentile of members' distances to their centre, by the analysis file's definition;
    0 for a cluster without members."""
    if len(distances) == 0:
        return 0.0
    return sorted(distances)[percentile_rank(len(distances))]


# Half a standard deviation from the mean makes a column High or Low in a segment's name; 1.5 makes
# it Very high or Very low, used only to tell apart segments named alike. The app's naming rule.
NAME_THRESHOLD_SD = 0.5
FINE_THRESHOLD_SD = 1.5
NAME_MAX_PARTS = 3
RANK_WORDS = {2: ["lower", "higher"], 3: ["lowest", "middle", "highest"]}


def band(z, threshold=NAME_THRESHOLD_SD):
    return "High" if z >= threshold else "Low" if z <= -threshold else "Average"


def fine_band(z):
    return "Very high" if z >= FINE_THRESHOLD_SD else "Very low" if z <= -FINE_THRESHOLD_SD else band(z)


def segment_names(centroids, mean, scale, words):
    """A name per segment from where its centroid (original units) sits against each column's mean,
    in standard deviations: "High income · Low spending"."""
    zs = []
    for centre in centroids:
        z = [(value - m) / (s if s > 0 else 1) for value, m, s in zip(centre, mean, scale)]
        zs.append([v if math.isfinite(v) else 0.0 for v in z])

    def name_with(z, band_of):
        parts = list(enumerate(z))
        if len(parts) > NAME_MAX_PARTS:
            parts = sorted(parts, key=lambda p: (-abs(p[1]), p[0]))[:NAME_MAX_PARTS]
            parts.sort(key=lambda p: p[0])
        return " · ".join(f"{band_of(value)} {words[j]}" for j, value in parts)

    def tied_groups(names):
        groups = {}
        for c, name in enumerate(names):
            groups.setdefault(name, []).append(c)
        return [group for group in groups.values() if len(group) > 1]

    names = [name_with(z, band) for z in zs]
    for group in tied_groups(names):
        for c in group:
            names[c] = name_with(zs[c], fine_band)
    for group in tied_groups(names):

        def spread(j, group=group):
            values = [zs[c][j] for c in group]
            return max(values) - min(values)

        j = 0
        for candidate in range(len(zs[group[0]])):
            if spread(candidate) > spread(j):
                j = candidate
        ranks = RANK_WORDS.get(len(group))
        if ranks is None or spread(j) == 0:
            continue
        # A stable sort, as the app's: equal values keep their order.
        for rank, c in enumerate(sorted(group, key=lambda c: zs[c][j])):
            names[c] = f"{names[c]} ({ranks[rank]} {words[j]})"
    totals, seen = {}, {}
    for name in names:
        totals[name] = totals.get(name, 0) + 1
    out = []
    for name in names:
        if totals[name] < 2:
            out.append(name)
            continue
        seen[name] = seen.get(name, 0) + 1
        out.append(f"{name} ({seen[name]})")
    return out


def js_number(value):
    """A number as ECMAScript's Number.prototype.toString writes it (1e-7, 1e+21, 5 not 5.0)."""
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    if isinstance(value, int) and abs(value) < 2**53:
        return str(value)
    value = float(value)
    if not math.isfinite(value):
        return "null"  # what JSON.stringify writes
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    # repr gives the shortest digits that read back as the same double, as ECMAScript does.
    _, digit_tuple, exponent = Decimal(repr(abs(value))).as_tuple()
    digits = "".join(map(str, digit_tuple)).rstrip("0")
    exponent += len(digit_tuple) - len(digits)
    k = len(digits)
    n = exponent + k  # the value is 0.<digits> * 10^n
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
        text = f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"
    return sign + text


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def js_string(text):
    """A string as JSON.stringify writes it: only quotes, backslashes and controls escaped."""
    quoted = json.dumps(text, ensure_ascii=False)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def canonical_json(value):
    """The analysis file's canonical JSON: keys sorted by code point, no whitespace, JavaScript's
    strings and numbers."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return js_number(value)
    if isinstance(value, str):
        return js_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(canonical_json(item) for item in value) + "]"
    if isinstance(value, dict):
        items = sorted(value.items())
        return "{" + ",".join(js_string(key) + ":" + canonical_json(item) for key, item in items) + "}"
    raise TypeError(f"not JSON: {value!r}")


def checksum(document):
    """SHA-256 (hex) of the canonical JSON of the document without its "checksum" key."""
    body = {key: value for key, value in document.items() if key != "checksum"}
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def analysis_document(
    *,
    input_facts,
    features,
    missing,
    mean,
    scale,
    kmeans,
    segments,
    created_at=None,
):
    """The analysis file (format v1) of a clustering, checksummed. `segments` are dicts with name,
    size, centroid, centroidStandardized and distance99, cluster 1 first."""
    document = {
        "format": ANALYSIS_FORMAT,
        "version": ANALYSIS_VERSION,
        "app": {"name": PRODUCER, "version": APP_VERSION},
        "createdAt": created_at or datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "input": input_facts,
        "features": list(features),
        "missing": missing,
        "scaling": {"mean": [float(v) for v in mean], "scale": [float(v) for v in scale]},
        "kmeans": kmeans,
        "segments": [{"cluster": number, **segment} for number, segment in enumerate(segments, start=1)],
    }
    document["checksum"] = checksum(document)
    return document


def check_analysis(document):
    """The reason an analysis file cannot be used for scoring, or None."""
    if not isinstance(document, dict) or document.get("format") != ANALYSIS_FORMAT:
        return "this is not a customer-segments analysis file"
    if not isinstance(document.get("version"), int) or document["version"] > ANALYSIS_VERSION:
        return "the analysis file was made by a newer version of the app"
    if document.get("checksum") != checksum(document):
        return "the analysis file's checksum does not match: it was edited by hand"
    return None


def local_file_facts(path):
    """(byte size, SHA-256 hex) of a local file; (None, None) for a directory or a remote path."""
    local = path[len("file://") :] if path.startswith("file://") else path
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", local) or not os.path.isfile(local):
        return None, None
    digest = hashlib.sha256()
    with open(local, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return os.path.getsize(local), digest.hexdigest()


# A plain number, as the app reads one (thousands separators, currency or units are not).
PLAIN_NUMBER = {
    ".": r"^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$",
    ",": r"^[+-]?(?:[0-9]+,?[0-9]*|,[0-9]+)(?:[eE][+-]?[0-9]+)?$",
}


def quoted(name):
    """A column name as a Spark SQL identifier (backticks doubled)."""
    return "`" + name.replace("`", "``") + "`"


# ==== include new_column_name.py ====


def plain_number_sql(column, decimal):
    """A SQL expression: the column's cell as a double when it is a plain number (trimmed), else NULL
    (holes such as NA or ?, and text, are NULL alike)."""
    trimmed = f"regexp_replace({quoted(column)}, '(?U)^\\\\s+|\\\\s+$', '')"
    pattern = PLAIN_NUMBER[decimal].replace("\\", "\\\\")
    value = f"CAST(replace({trimmed}, ',', '.') AS DOUBLE)" if decimal == "," else f"CAST({trimmed} AS DOUBLE)"
    return f"CASE WHEN {trimmed} RLIKE '{pattern}' AND abs({value}) < double('Infinity') THEN {value} END"


# >>> formatted numbers
# Numbers as spreadsheets write them ("15,000", "$15k", "45%"), read cell by cell in Python exactly as
# the app reads them: slower than SQL, used only for a column that has such cells.
MISSING_TOKENS = {"", "na", "n/a", "null", "nan", "none", "#n/a", "#na", "?", "-", "--", "."}
# ==== include formatted_numbers.py ====


def read_number(cell, number_format):
    """One cell as a number (None for a hole or text): plain, or as its formatting shows it."""
    if cell is None:
        return None
    text = cell.strip()
    decimal = number_format["decimal"]
    if text.lower() in MISSING_TOKENS:
        return None
    if re.fullmatch(PLAIN_NUMBER[decimal][1:-1], text):
        value = float(text.replace(",", ".", 1) if decimal == "," else text)
        return value if math.isfinite(value) else None
    return read_formatted_number(text, number_format)


# <<< formatted numbers

# ---- The Spark job (pyspark is imported in the functions below, so the parts above run without it) ----


def read_table(spark, path, input_format):
    """The table (a CSV's cells as text), its own columns, and internal ones: `__summary` for a summary
    row, `__x<j>` for each feature as a double (NULL for a hole, text or a summary row)."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    if input_format == "parquet":
        table = spark.read.parquet(path)
    else:
        options = {"sep": DELIMITER, "encoding": ENCODING, "header": "true", "quote": '"', "escape": '"'}
        if HEADER_LINE > 1:
            # Spark's CSV reader cannot skip the title lines above the header: they are dropped from the
            # text first (read as UTF-8, in order, so the titles must be at the top of one file).
            lines = spark.sparkContext.textFile(path).zipWithIndex()
            table = spark.read.options(**options).csv(lines.filter(lambda pair: pair[1] >= HEADER_LINE - 1).keys())
        else:
            table = spark.read.options(**options).csv(path)
    # A UTF-8 byte-order mark would stick to the first column's name.
    if table.columns[0].startswith("\ufeff"):
        table = table.withColumnRenamed(table.columns[0], table.columns[0][1:])
    columns = list(table.columns)
    absent = [name for name in FEATURES if name not in columns]
    if absent:
        raise SystemExit(f"The table has no column {absent[0]!r}; its columns are {columns}.")

    # A summary row (a Total or Average line) is known by its first filled cell, and never clustered.
    cells = [F.col(quoted(c)).cast("string") for c in columns]
    first_filled = F.coalesce(*[F.when(F.trim(cell) != "", cell) for cell in cells])
    summary = F.lower(F.trim(first_filled)).isin(SUMMARY_LABELS) if SUMMARY_LABELS else F.lit(False)
    table = table.withColumn("__summary", F.coalesce(summary, F.lit(False)))

    types = {field.name: field.dataType for field in table.schema.fields}
    for j, name in enumerate(FEATURES):
        number_format = NUMBER_FORMATS[name]
        if isinstance(types[name], T.NumericType):
            value = F.col(quoted(name)).cast("double")
        # >>> formatted numbers
        elif number_format["formatted"]:
            read = F.udf(lambda cell, f=number_format: read_number(cell, f), T.DoubleType())
            value = read(F.col(quoted(name)))
        # <<< formatted numbers
        else:
            value = F.expr(plain_number_sql(name, number_format["decimal"]))
        table = table.withColumn(f"__x{j}", F.when(~F.col("__summary"), value))
    return table, columns


def mark_clustered(table, missing, fill_values):
    """`__clustered`: the rows to cluster. 'drop' takes rows with every feature; 'mean' fills a hole
    with its column's value in `fill_values` first (None: a column without any value, not filled)."""
    from pyspark.sql import functions as F

    x = [f"__x{j}" for j in range(len(FEATURES))]
    if missing == "mean":
        for column, fill in zip(x, fill_values):
            if fill is not None:
                filled = F.coalesce(F.col(column), F.lit(float(fill)))
                table = table.withColumn(column, F.when(~F.col("__summary"), filled))
    complete = F.lit(True)
    for column in x:
        complete = complete & F.col(column).isNotNull()
    return table.withColumn("__clustered", complete)


def standardize(table, mean, scale):
    """`__z<j>`: each feature minus its mean, divided by its scale; 0 on rows not clustered."""
    from pyspark.sql import functions as F

    for j, (m, s) in enumerate(zip(mean, scale)):
        z = (F.col(f"__x{j}") - F.lit(float(m))) / F.lit(float(s))
        table = table.withColumn(f"__z{j}", F.when(F.col("__clustered"), z).otherwise(F.lit(0.0)))
    return table


def write_table(table, path, output_format, overwrite):
    writer = table.write.mode("overwrite" if overwrite else "errorifexists")
    if output_format == "csv":
        writer.option("header", "true").csv(path)
    else:
        writer.parquet(path)


def fit(spark, args):
    from pyspark.ml.clustering import KMeans
    from pyspark.ml.feature import VectorAssembler
    from pyspark.sql import functions as F

    table, columns = read_table(spark, args.input, args.input_format)
    table = table.cache()
    row_count = table.count()
    d = len(FEATURES)
    x = [f"__x{j}" for j in range(d)]
    z = [f"__z{j}" for j in range(d)]
    fill_values = list(table.filter(~F.col("__summary")).agg(*[F.avg(c) for c in x]).first()) if MISSING == "mean" else []
    table = mark_clustered(table, MISSING, fill_values)

    # StandardScaler's mean and population (ddof = 0) standard deviation, all moments in one pass.
    # (pyspark.ml's StandardScaler divides by the sample standard deviation, which is not the app's.)
    moments = table.filter(F.col("__clustered")).agg(F.count(F.lit(1)), *[F.avg(c) for c in x], *[F.var_pop(c) for c in x]).first()
    n = moments[0]
    if n < args.k:
        raise SystemExit(f"Only {n} rows can be clustered; k = {args.k} needs at least {args.k}.")
    mean = [float(moments[1 + j]) for j in range(d)]
    variance = [float(moments[1 + d + j]) for j in range(d)]
    scale = [scale_from_moments(n, m, v) for m, v in zip(mean, variance)]

    assembled = VectorAssembler(inputCols=z, outputCol="__features").transform(standardize(table, mean, scale))
    kmeans = KMeans(
        k=args.k,
        seed=args.seed,
        maxIter=MAX_ITER,
        tol=spark_tolerance(TOL, scale, variance, args.k),
        initMode="k-means||",
        featuresCol="__features",
        predictionCol="__raw",
    )
    model = kmeans.fit(assembled.filter(F.col("__clustered")))
    centres = [[float(v) for v in centre] for centre in model.clusterCenters()]
    sizes = [int(size) for size in model.summary.clusterSizes]
    inertia = float(model.summary.trainingCost)

    # Clusters numbered 1, 2, ... from the largest, as the app numbers them.
    order = renumber_largest_first(sizes, centres)
    number_of_raw = [0] * len(order)
    for new, old in enumerate(order):
        number_of_raw[old] = new + 1
    cluster_column = new_column_name(columns, "Cluster")
    segment_column = new_column_name(columns + [cluster_column], "Segment")
    raw = F.col("__raw") + 1
    labeled = model.transform(assembled).withColumn(
        cluster_column, F.when(F.col("__clustered"), F.element_at(F.array(*[F.lit(v) for v in number_of_raw]), raw))
    )

    # Each member's distance to its own centre, and per segment its 99th percentile (percentile_approx
    # is the analysis file's nearest-rank percentile, exact to 1/1,000,000 of the rank).
    own = [F.element_at(F.array(*[F.lit(centre[j]) for centre in centres]), raw) for j in range(d)]
    distance = F.sqrt(sum((F.col(z[j]) - own[j]) ** 2 for j in range(d)))
    percentiles = (
        labeled.filter(F.col("__clustered"))
        .groupBy(cluster_column)
        .agg(F.percentile_approx(distance, 0.99, 1_000_000).alias("d99"))
        .collect()
    )
    by_cluster = {row[cluster_column]: float(row["d99"] or 0.0) for row in percentiles}

    ordered_centres = [centres[old] for old in order]
    centroids = [[c * s + m for c, m, s in zip(centre, mean, scale)] for centre in ordered_centres]
    names = segment_names(centroids, mean, scale, NAME_WORDS)
    segments = [
        {
            "name": names[i],
            "size": sizes[old],
            "centroid": centroids[i],
            "centroidStandardized": ordered_centres[i],
            "distance99": by_cluster.get(i + 1, 0.0),
        }
        for i, old in enumerate(order)
    ]
    output = labeled.withColumn(segment_column, F.element_at(F.array(*[F.lit(name) for name in names]), F.col(cluster_column)))
    original = [F.col(quoted(c)) for c in columns]
    write_table(output.select(*original, cluster_column, segment_column), args.output, args.output_format, args.overwrite)

    size, sha256 = local_file_facts(args.input)
    document = analysis_document(
        input_facts={
            "fileName": os.path.basename(args.input.rstrip("/")),
            "byteSize": size,
            "rowCount": row_count,
            "sha256": sha256,
            "header": columns,
        },
        features=FEATURES,
        missing=MISSING,
        mean=mean,
        scale=scale,
        kmeans={
            "k": args.k,
            "seed": args.seed,
            "restarts": 1,
            "maxIter": MAX_ITER,
            "tol": TOL,
            "init": "k-means||",
            "inertia": inertia,
        },
        segments=segments,
    )
    with open(args.analysis, "w", encoding="utf-8") as file:
        json.dump(document, file, ensure_ascii=False, indent=2)
    print(f"{row_count} rows, {n} clustered into {args.k} segments of {[s['size'] for s in segments]}")
    print(f"inertia {inertia!r} (on standardized data; the app's: {APP_INERTIA!r})")
    print(f"wrote {args.output} and {args.analysis}")


def score(spark, args):
    from pyspark.sql import functions as F

    with open(args.analysis, encoding="utf-8") as file:
        document = json.load(file)
    problem = check_analysis(document)
    if problem is not None:
        raise SystemExit(f"{args.analysis}: {problem}.")
    if list(document["features"]) != FEATURES:
        raise SystemExit(f"{args.analysis} clusters {document['features']}; this job reads {FEATURES}.")
    mean, scale = document["scaling"]["mean"], document["scaling"]["scale"]
    segments = document["segments"]

    table, columns = read_table(spark, args.input, args.input_format)
    # The fit filled holes with the column means, which are also the scaling means.
    table = standardize(mark_clustered(table, document["missing"], mean), mean, scale)
    z = [f"__z{j}" for j in range(len(FEATURES))]
    distances = [f"__d{c}" for c in range(len(segments))]
    for column, segment in zip(distances, segments):
        table = table.withColumn(column, F.expr(squared_distance_sql(z, segment["centroidStandardized"])))
    table = table.withColumn("__nearest", F.expr(nearest_centre_sql(distances)))
    table = table.withColumn("__distance", F.sqrt(F.least(*[F.col(c) for c in distances])))

    def of_nearest(values):
        return F.element_at(F.array(*[F.lit(v) for v in values]), F.col("__nearest") + 1)

    added = []
    for wanted in ("Cluster", "Segment", "Distance", "Unlike any segment"):
        added.append(new_column_name(columns + added, wanted))
    clustered = F.col("__clustered")
    values = [
        F.col("__nearest") + 1,
        of_nearest([s["name"] for s in segments]),
        F.col("__distance"),
        # Further from its nearest centre than 99% of that segment's members were at the fit.
        F.col("__distance") > of_nearest([float(s["distance99"]) for s in segments]),
    ]
    for name, value in zip(added, values):
        table = table.withColumn(name, F.when(clustered, value))
    original = [F.col(quoted(c)) for c in columns]
    write_table(table.select(*original, *added), args.output, args.output_format, args.overwrite)
    print(f"scored {args.input} with {args.analysis}; wrote {args.output}")


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["fit", "score"], help="fit: cluster the table; score: label it with a saved analysis")
    parser.add_argument("input", help="the table: a CSV or Parquet file or directory, any path Spark reads (hdfs://, s3a://, ...)")
    parser.add_argument("output", help="where to write the labeled table (a directory)")
    parser.add_argument("--input-format", choices=["csv", "parquet"], help=f"default: from the path's extension, else {INPUT_FORMAT}")
    parser.add_argument("--output-format", choices=["parquet", "csv"], default="parquet", help="default: parquet")
    parser.add_argument("--analysis", default="customer-segments-analysis.json", help="the analysis file fit writes and score reads (a local path)")
    parser.add_argument("--k", type=int, default=K, help=f"clusters (default {K}, the app's)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"seed (default {SEED}, the app's)")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    parser.add_argument("--master", help="Spark master when run with python3 instead of spark-submit, e.g. local[*]")
    args = parser.parse_args(argv)
    if args.input_format is None:
        path = args.input.rstrip("/").lower()
        args.input_format = "parquet" if path.endswith(".parquet") else "csv" if path.endswith(".csv") else INPUT_FORMAT
    return args


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("customer-segments")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        (fit if args.mode == "fit" else score)(spark, args)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
