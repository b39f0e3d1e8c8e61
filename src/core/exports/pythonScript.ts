import { pyComment, pyStr, pyValue } from './pythonLiteral';
import type { ScriptChoices } from './scriptChoices';
import {
  featureSettings,
  kmeansSentence,
  missingSentence,
  readingSettings,
  scriptFromTemplate,
  summaryRowWords,
} from './scriptText';
import template from './templates/segment_customers.py?raw';

/** What Export as Python saves the script as. */
export const PYTHON_SCRIPT_NAME = 'segment_customers.py';

/**
 * `segment_customers.py`: pandas and scikit-learn only, the app's choices written in as settings with
 * the reason for each, so that `python3 segment_customers.py <file>` gives the app's labels, numbered
 * the same way, in the same labeled CSV as the Download button.
 */
export function pythonScript(choices: ScriptChoices): string {
  const names = choices.features.map((f) => f.name).join(' and ');
  const docstring = [
    `Customer segments: K-Means on ${names} of ${choices.fileName}, as the customer-segments app ran it.`,
    '',
    `Written by customer-segments ${choices.appVersion} ("Export as Python") on ${choices.createdAt}. Running`,
    '',
    `    python3 ${PYTHON_SCRIPT_NAME} ${choices.format === 'csv' ? choices.fileName : 'table.csv'}`,
    '',
    `gives the app's ${choices.k} segments, numbered the same way (largest first), and writes`,
    `${choices.outputName}, the file the app's Download button gives: every row and column`,
    `as written, plus a Cluster column${choices.segmentColumn ? ' and a Segment column' : ''}. It needs pandas and scikit-learn`,
    "(pip install pandas scikit-learn, or Debian's python3-pandas and python3-sklearn).",
    '',
    'The settings below are what the app decided; each says why.',
  ].join('\n');
  return scriptFromTemplate(template, docstring, settingsLines(choices), choices);
}

function settingsLines(choices: ScriptChoices): string[] {
  const summary = choices.summaryRows;
  return [
    ...readingSettings(choices),
    ...featureSettings(choices),
    '',
    pyComment(
      summary.length === 0
        ? 'No row summarises the others (a Total or Average line); every row is a customer.'
        : `Rows that summarise the others stay in the output with no cluster and are not clustered (data rows counted from 0 below the header): ${summary.map(summaryRowWords).join('; ')}.`,
    ),
    `SUMMARY_ROWS = ${pyValue(summary.map((row) => row.index))}`,
    '',
    pyComment(missingSentence(choices)),
    `MISSING = ${pyStr(choices.missing)}`,
    '',
    pyComment(kmeansSentence(choices)),
    `K = ${choices.k}`,
    `SEED = ${choices.seed}`,
    pyComment(
      `The restarts the app ran for k = ${choices.k}: scikit-learn's n_init that gives the same clustering.`,
    ),
    `RESTARTS = ${choices.restarts}`,
    pyComment(
      choices.refine
        ? 'The app carried the best restart on to a fixed point (Lloyd with tol = 0 from its centres): True does the same.'
        : 'The best restart was already a fixed point, or the app matched scikit-learn exactly: nothing to carry on.',
    ),
    `REFINE = ${choices.refine ? 'True' : 'False'}`,
    `MAX_ITER = ${choices.maxIter}`,
    pyComment("Relative, as scikit-learn's tol: times the mean variance of the standardized columns."),
    `TOL = ${pyValue(choices.tol)}`,
    '',
    pyComment(
      choices.segmentColumn
        ? 'The segment names, cluster 1 first, written in a Segment column as the app did.'
        : 'The app wrote no Segment column (None); a list of names, cluster 1 first, adds one.',
    ),
    `SEGMENT_NAMES = ${choices.segmentColumn ? pyValue(choices.segmentNames) : 'None'}`,
    pyComment('The output file, named after the clustered columns as the app names its download.'),
    `OUTPUT_NAME = ${pyStr(choices.outputName)}`,
    pyComment(
      choices.encoding === 'utf-8'
        ? 'Written in UTF-8, as the file was.'
        : 'Written in UTF-8 with a byte-order mark, as the app does for a file that was not UTF-8, so spreadsheets read the accents.',
    ),
    `OUTPUT_ENCODING = ${pyStr(choices.encoding === 'utf-8' ? 'utf-8' : 'utf-8-sig')}`,
    pyComment('What the app found, to check a run against.'),
    `APP_SIZES = ${pyValue(choices.sizes)}`,
    `APP_INERTIA = ${pyValue(choices.inertia)}`,
  ];
}
