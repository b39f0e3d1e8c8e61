#!/usr/bin/env python3
"""Customer segments with pandas and scikit-learn (the settings below are an example; the app writes its own)."""
# ==== settings ====
SOURCE_FILE = "Mall_Customers.csv"
ENCODING = "utf-8-sig"
DELIMITER = ","
HEADER_LINE = 1
DECIMAL_COMMA = False
FEATURES = ["Annual Income (k$)", "Spending Score (1-100)"]
NUMBER_FORMATS = {
    "Annual Income (k$)": {"decimal": ".", "k_is_unit": True, "formatted": False},
    "Spending Score (1-100)": {"decimal": ".", "k_is_unit": False, "formatted": False},
}
SUMMARY_ROWS = []
MISSING = "drop"
K = 5
SEED = 42
RESTARTS = 10
MAX_ITER = 300
TOL = 0.0001
SEGMENT_NAMES = None
OUTPUT_NAME = "Customer_Clusters_Annual_Income_Spending.csv"
OUTPUT_ENCODING = "utf-8"
APP_SIZES = None
APP_INERTIA = None
# ==== end of settings ====

import argparse
import csv
import math
import re

import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler

# ---- Reading numbers as the app does ----

# Cells that mean "no value", compared trimmed and lower-cased.
MISSING_TOKENS = {"", "na", "n/a", "null", "nan", "none", "#n/a", "#na", "?", "-", "--", "."}

# A plain number: digits with at most one decimal mark, an optional sign and exponent. Anything else
# ("0x10", "15 thousand") is text, which counts as a missing value.
PLAIN_NUMBER = {
    ".": re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"),
    ",": re.compile(r"[+-]?(?:[0-9]+,?[0-9]*|,[0-9]+)(?:[eE][+-]?[0-9]+)?"),
}


def read_plain_number(text, decimal):
    """The number a trimmed cell holds when written plainly ("15", "-3.5", "1e3"), else None."""
    if not PLAIN_NUMBER[decimal].fullmatch(text):
        return None
    value = float(text.replace(",", ".", 1) if decimal == "," else text)
    return value if math.isfinite(value) else None


# >>> formatted numbers
# Numbers as spreadsheets write them: "15,000", "1.234,5", "$15k", "€ 1.234,50", "45%". A percent sign
# is a unit (45% is 45); a k multiplies by 1,000 unless the header already counts in thousands ("k$").
# ==== include formatted_numbers.py ====


# <<< formatted numbers


def read_number(cell, number_format):
    """One cell of a clustered column as a number: NaN for a hole or for text."""
    text = cell.strip()
    if text.lower() in MISSING_TOKENS:
        return math.nan
    value = read_plain_number(text, number_format["decimal"])
    # >>> formatted numbers
    if value is None and number_format["formatted"]:
        value = read_formatted_number(text, number_format)
    # <<< formatted numbers
    return math.nan if value is None else value


# ---- Reading the file ----


def read_lines_above_data(path):
    """The title records above the header (kept for the output) and the header, both as written."""
    titles = []
    with open(path, encoding=ENCODING, errors="replace", newline="") as file:
        records = csv.reader(file, delimiter=DELIMITER)
        start = 1  # the line the next record starts on
        for record in records:
            if start == HEADER_LINE:
                return titles, record
            if "".join(record).strip() != "" or len(record) > 1:
                titles.append(record)
            start = records.line_num + 1
    raise SystemExit(f"{path} has no line {HEADER_LINE}: is this the file the app read?")


def read_table(path):
    """Every data row, every cell as the text written in the file (nothing converted, nothing lost)."""
    titles, header = read_lines_above_data(path)
    table = pd.read_csv(
        path,
        sep=DELIMITER,
        encoding=ENCODING,
        encoding_errors="replace",  # a damaged byte becomes "\ufffd", as in the browser
        skiprows=HEADER_LINE - 1,
        dtype=str,
        keep_default_na=False,  # "NA" or "" stay text here; read_number decides what is missing
        index_col=False,
    )
    # The names as written: pandas would rename empty or repeated ones ("Unnamed: 2", "Age.1").
    table.columns = header
    # Cells absent from a short row are empty, as in the app's download.
    return titles, table.fillna("")


# ---- Writing the output as the app's download ----

FORMULA_START = re.compile(r"[=+\-@\t\r\n]")


def spreadsheet_safe(cell):
    """A text cell starting with = + - @ gets a leading ' so that spreadsheets do not run it as a formula."""
    if cell == "-" or not FORMULA_START.match(cell):
        return cell
    text = cell.strip()
    if text.lower() not in MISSING_TOKENS and read_plain_number(text, "," if DECIMAL_COMMA else ".") is not None:
        return cell
    return "'" + cell


# ==== include new_column_name.py ====


def write_output(path, titles, table):
    with open(path, "w", encoding=OUTPUT_ENCODING, newline="") as file:
        writer = csv.writer(file, lineterminator="\r\n")
        for row in titles + [list(table.columns)]:
            writer.writerow([spreadsheet_safe(cell) for cell in row])
        safe = table.apply(lambda column: column.map(spreadsheet_safe))
        safe.to_csv(file, header=False, index=False, lineterminator="\r\n")


# ---- The analysis ----


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help=f"the customer table, a CSV file like {SOURCE_FILE}")
    parser.add_argument("--output", default=OUTPUT_NAME, help=f"the labeled CSV to write (default {OUTPUT_NAME})")
    args = parser.parse_args()

    titles, table = read_table(args.input)
    numbers = pd.DataFrame(
        {name: table[name].map(lambda cell, name=name: read_number(cell, NUMBER_FORMATS[name])) for name in FEATURES}
    )

    # Holes and text cells are NaN. Summary rows are never customers: not clustered, not in a mean.
    customers = pd.Series(True, index=table.index)
    customers.iloc[SUMMARY_ROWS] = False
    if MISSING == "mean":
        numbers = numbers.fillna(numbers[customers].mean())
    clustered = customers & numbers.notna().all(axis=1)

    # StandardScaler: each column minus its mean, divided by its population standard deviation.
    scaled = StandardScaler().fit_transform(numbers[clustered])
    model = KMeans(
        n_clusters=K,
        init="k-means++",
        n_init=RESTARTS,
        random_state=SEED,
        max_iter=MAX_ITER,
        tol=TOL,
        algorithm="lloyd",
    ).fit(scaled)
    if REFINE:
        # scikit-learn's tol stops a restart while points still move; this goes on until none does.
        model = KMeans(
            n_clusters=K,
            init=model.cluster_centers_,
            n_init=1,
            max_iter=MAX_ITER,
            tol=0,
            algorithm="lloyd",
        ).fit(scaled)

    # Clusters numbered 1, 2, ... from the largest; equal sizes in order of their (standardized)
    # centre's coordinates, first column first.
    sizes = [int((model.labels_ == c).sum()) for c in range(K)]
    order = sorted(range(K), key=lambda c: (-sizes[c], *model.cluster_centers_[c], c))
    number_of = {old: new + 1 for new, old in enumerate(order)}

    header = list(table.columns)
    cluster_column = new_column_name(header, "Cluster")
    labels = [number_of[int(label)] for label in model.labels_]
    output = table.copy()
    output[cluster_column] = ""
    output.loc[clustered, cluster_column] = [str(label) for label in labels]
    if SEGMENT_NAMES is not None:
        segment_column = new_column_name(header + [cluster_column], "Segment")
        output[segment_column] = ""
        output.loc[clustered, segment_column] = [SEGMENT_NAMES[label - 1] for label in labels]
    write_output(args.output, titles, output)

    sizes_by_number = [sizes[old] for old in order]
    print(f"{len(table)} rows, {int(clustered.sum())} clustered into {K} segments of {sizes_by_number}")
    print(f"inertia {model.inertia_!r} on standardized data (the app's: {APP_INERTIA!r})")
    if APP_SIZES is not None and sizes_by_number != APP_SIZES:
        print(f"Note: the app's segments had sizes {APP_SIZES}; is this the file the app read?")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
