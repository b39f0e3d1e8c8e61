import { pyComment, pyStr, pyValue } from './pythonLiteral';
import type { ScriptChoices } from './scriptChoices';
import {
  delimiterWords,
  featureSettings,
  kmeansSentence,
  missingSentence,
  scriptFromTemplate,
  sourceSentences,
} from './scriptText';
import template from './templates/segment_customers_spark.py?raw';

/** What Export as Spark job saves the script as. */
export const SPARK_SCRIPT_NAME = 'segment_customers_spark.py';

// Java's names for the encodings the browser decodes, where they differ from the WHATWG ones.
const JAVA_CHARSETS: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  macintosh: 'x-MacRoman',
  shift_jis: 'Shift_JIS',
  gbk: 'GBK',
  big5: 'Big5',
  'euc-kr': 'EUC-KR',
};

/** The charset name Spark's CSV reader (Java) takes for what the browser decoded as `encoding`. */
export function javaCharset(encoding: string): string {
  return JAVA_CHARSETS[encoding] ?? encoding;
}

/**
 * `segment_customers_spark.py`: the same analysis as a PySpark ML job, for tables past what a browser
 * holds. `fit` standardizes with population statistics, fits pyspark.ml KMeans with the app's k, seed,
 * tolerance and iteration cap, numbers clusters largest first and writes the labeled table plus an
 * analysis file; `score` labels a table with a saved analysis file without fitting again. Its pure
 * parts import no pyspark (see the template).
 */
export function sparkScript(choices: ScriptChoices): string {
  const names = choices.features.map((f) => f.name).join(' and ');
  const shellSafe = choices.format === 'csv' && /^[\w.-]+$/.test(choices.fileName);
  const input =
    choices.format === 'parquet' ? 'customers.parquet' : shellSafe ? choices.fileName : 'customers.csv';
  const docstring = [
    `Customer segments at scale: K-Means on ${names} with PySpark ML, as the customer-segments app ran it on ${choices.fileName}.`,
    '',
    `Written by customer-segments ${choices.appVersion} ("Export as Spark job") on ${choices.createdAt}.`,
    '',
    '    # on this machine, every core:',
    `    spark-submit --master "local[*]" ${SPARK_SCRIPT_NAME} fit ${input} segments/`,
    '    # label another (larger) table with the saved analysis, without fitting again:',
    `    spark-submit --master "local[*]" ${SPARK_SCRIPT_NAME} score more-customers.csv scored/ --analysis customer-segments-analysis.json`,
    '',
    'fit writes the table with Cluster and Segment columns (Parquet; --output-format csv for CSV) and',
    "customer-segments-analysis.json, which the app opens to draw the segments' profile. Input: a CSV or",
    'Parquet file or directory on any path Spark reads (hdfs://, s3a://, gs://, abfss://); the analysis',
    'file is a local path on the driver. Needs Spark 3.1 or later (Parquet output of column names with',
    'spaces or brackets, as in "Annual Income (k$)", needs 3.3; older ones take --output-format csv).',
    'Cells with line breaks inside quotes are not read as one cell: such a CSV needs them removed first.',
    '',
    "Spark seeds K-Means with k-means|| (one parallel seeding), not the app's k-means++ restarts: on the",
    "same data its labels can differ from the app's while its inertia should be close (fit prints both).",
    '',
    'The settings below are what the app decided; each says why.',
  ].join('\n');
  return scriptFromTemplate(template, docstring, settingsLines(choices), choices);
}

function settingsLines(choices: ScriptChoices): string[] {
  const csv = choices.format !== 'parquet';
  const plainCsv = choices.format === 'csv';
  const delimiter = plainCsv ? choices.delimiter : ',';
  const labels = [
    ...new Set(
      choices.summaryRows.filter((row) => row.reason === 'label').map((row) => row.label.toLowerCase()),
    ),
  ];
  const byValue = choices.summaryRows.filter((row) => row.reason !== 'label').length;
  const summarySentence =
    labels.length === 0
      ? 'No row was labeled as a summary of the others (Total, Average); add lower-cased labels to leave such rows out.'
      : `A row whose first filled cell is one of these (trimmed, any case) summarises the others: it is not clustered and stays in the output with no cluster.`;
  const valueSentence =
    byValue > 0
      ? ` The app also left out ${byValue} row${byValue === 1 ? '' : 's'} whose values were the column totals or far beyond all others; this job does not look for those.`
      : '';
  return [
    pyComment('The app version that wrote this job, recorded in the analysis file.'),
    `APP_VERSION = ${pyStr(choices.appVersion)}`,
    ...sourceSentences(choices).map((line) => pyComment(line)),
    `SOURCE_FILE = ${pyStr(choices.fileName)}`,
    pyComment('The input format when the path does not end in .csv or .parquet.'),
    `INPUT_FORMAT = ${pyStr(csv ? 'csv' : 'parquet')}`,
    pyComment("CSV only: the charset (Java's name), the delimiter, and the line the column names are on."),
    `ENCODING = ${pyStr(javaCharset(plainCsv ? choices.encoding : 'utf-8'))}`,
    pyComment(`Cells are separated by ${delimiterWords(delimiter)}.`),
    `DELIMITER = ${pyStr(delimiter)}`,
    `HEADER_LINE = ${plainCsv ? choices.headerLine : 1}`,
    ...featureSettings(choices),
    pyComment('The word each column gets in segment names ("High income · Low spending").'),
    `NAME_WORDS = ${pyValue(choices.features.map((f) => f.word))}`,
    '',
    pyComment(summarySentence + valueSentence),
    `SUMMARY_LABELS = ${pyValue(labels)}`,
    '',
    pyComment(missingSentence(choices)),
    `MISSING = ${pyStr(choices.missing)}`,
    '',
    pyComment(kmeansSentence(choices)),
    pyComment(
      "Spark's KMeans takes k, the seed and the iteration cap as they are; its tolerance is absolute and per centre, so the job derives it from scikit-learn's relative tol (see spark_tolerance).",
    ),
    `K = ${choices.k}`,
    `SEED = ${choices.seed}`,
    `MAX_ITER = ${choices.maxIter}`,
    `TOL = ${pyValue(choices.tol)}`,
    pyComment(
      "The app's inertia (sum of squared distances to the centres, standardized), to compare with Spark's.",
    ),
    `APP_INERTIA = ${pyValue(choices.inertia)}`,
  ];
}
