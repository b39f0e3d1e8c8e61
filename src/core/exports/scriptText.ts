import { decorationWords } from '../csv/decorationWords';
import { encodingName } from '../csv/encodingNotes';
import { pyComment, pyStr, pyValue } from './pythonLiteral';
import type { FeatureReading, ScriptChoices } from './scriptChoices';
import formattedNumbers from './templates/formatted_numbers.py?raw';
import newColumnName from './templates/new_column_name.py?raw';

/**
 * Pieces both exported scripts share: the Python text both carry and the settings block spliced into
 * a template, blocks the analysis does not need taken out, and the sentences that say how the file was read.
 */

const SETTINGS = /# ==== settings ====\n[\s\S]*?# ==== end of settings ====\n/;

/** The template with its example settings replaced by `settings` (lines, without the markers). */
export function withSettings(template: string, docstring: string, settings: readonly string[]): string {
  const [shebang = '', , ...rest] = template.split('\n');
  const body = rest.join('\n');
  if (!SETTINGS.test(body)) throw new Error('The script template has no settings block.');
  const block = ['# ==== settings ====', ...settings, '# ==== end of settings ===='].join('\n');
  return [
    shebang,
    `"""${docstring.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"')}\n"""`,
    body.replace(SETTINGS, () => `${block}\n`),
  ].join('\n');
}

/** Keeps (without its marker lines) or drops every `# >>> name` … `# <<< name` block. */
export function optionalBlock(script: string, name: string, keep: boolean): string {
  const marker = new RegExp(`^[ \\t]*# >>> ${name}\\n([\\s\\S]*?)^[ \\t]*# <<< ${name}\\n(\\n{0,2})`, 'gm');
  return script.replace(marker, (_, inner: string, blank: string) => (keep ? inner + blank : ''));
}

// Python text both scripts carry, written once: `# ==== include <name> ====` in a template stands for it.
const INCLUDES: Readonly<Record<string, string>> = {
  'formatted_numbers.py': formattedNumbers,
  'new_column_name.py': newColumnName,
};

/** The template with each include line replaced by the file it names. */
export function withIncludes(template: string): string {
  return template.replace(/^# ==== include (\S+) ====\n/gm, (_, name: string) => {
    const text = INCLUDES[name];
    if (text === undefined) throw new Error(`The script template includes an unknown file, ${name}.`);
    return text;
  });
}

/**
 * A template made into the script a person downloads, one self-contained file: the shared Python
 * included, the docstring (lone surrogates, which Python cannot encode, replaced) and the settings
 * written in, the formatted-numbers blocks kept only when a clustered column has such cells, and the
 * full currency-symbol list.
 */
export function scriptFromTemplate(
  template: string,
  docstring: string,
  settings: readonly string[],
  choices: ScriptChoices,
): string {
  const script = withSettings(withIncludes(template), docstring.replace(/\p{Cs}/gu, '\ufffd'), settings);
  const formatted = choices.features.some((f) => f.formatted.count > 0);
  return withCurrencySymbols(optionalBlock(script, 'formatted numbers', formatted));
}

let currencySymbols: string | null = null;

/** Every character of Unicode's currency-symbol category (\p{Sc}), which Python's re has no class for. */
export function currencySymbolClass(): string {
  if (currencySymbols === null) {
    let symbols = '';
    for (let code = 0x20; code <= 0x1ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (/\p{Sc}/u.test(char)) symbols += char;
    }
    currencySymbols = symbols;
  }
  return currencySymbols;
}

/** The template's example symbol list replaced by the full one. */
export function withCurrencySymbols(script: string): string {
  return script.replace(
    /^CURRENCY_SYMBOLS = .*$/m,
    () => `CURRENCY_SYMBOLS = ${pyStr(currencySymbolClass())}`,
  );
}

/** The Python codec that reads what the browser decoded as `encoding` (a byte-order mark skipped). */
export function pythonEncoding(encoding: string): string {
  if (encoding === 'utf-8') return 'utf-8-sig';
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-16';
  return encoding;
}

const DELIMITER_NAMES: Readonly<Record<string, string>> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'pipes (|)',
};

export function delimiterWords(delimiter: string): string {
  return DELIMITER_NAMES[delimiter] ?? `“${delimiter}”`;
}

/** One sentence per clustered column: its decimal mark, its unit, its formatted cells. */
export function featureSentence(feature: FeatureReading): string {
  const mark = feature.format.decimal === ',' ? 'a decimal comma ("15,5")' : 'a decimal point ("15.5")';
  const unit = feature.format.kIsUnit ? '; its header counts in thousands, so "15k" in it means 15' : '';
  const { count } = feature.formatted;
  const formatted =
    count > 0
      ? `; ${count} cell${count === 1 ? ' was' : 's were'} written with ${decorationWords(feature.formatted)} and read as the number shown`
      : '';
  return `“${feature.name}”: numbers with ${mark}${unit}${formatted}.`;
}

/** The source sentences: what the app read, and what the script expects instead for a workbook or Parquet file. */
export function sourceSentences(choices: ScriptChoices): string[] {
  const name = choices.fileName;
  if (choices.format === 'csv') {
    return [
      `The app read ${name} as ${encodingName(choices.encoding)} text with cells separated by ${delimiterWords(choices.delimiter)}.`,
    ];
  }
  const what =
    choices.format === 'parquet'
      ? `the Parquet file ${name}`
      : `the workbook ${name}${choices.sheet === undefined ? '' : `, sheet “${choices.sheet}”`}`;
  return [
    `The app read ${what}; this script reads a CSV of that table instead (UTF-8, commas), so save it as one first`,
    choices.format === 'parquet'
      ? '(pandas.read_parquet(path).to_csv("table.csv", index=False), which needs pyarrow).'
      : '("CSV UTF-8" in Excel; dates and number formats as Excel writes them may differ from what the app read).',
  ];
}

/** The settings lines on how the file is read, each decision with its reason above it. */
export function readingSettings(choices: ScriptChoices): string[] {
  const csv = choices.format === 'csv';
  const encoding = csv ? choices.encoding : 'utf-8';
  const delimiter = csv ? choices.delimiter : ',';
  const titles = choices.titleLines;
  const headerSentence =
    choices.headerLine === 1
      ? 'The column names are on line 1.'
      : `The column names are on line ${choices.headerLine}; ${titles === 0 ? 'the lines above are blank' : `${titles} title line${titles === 1 ? '' : 's'} above ${titles === 1 ? 'it is' : 'them are'} kept above the header in the output`}.`;
  return [
    ...sourceSentences(choices).map((line) => pyComment(line)),
    `SOURCE_FILE = ${pyStr(choices.fileName)}`,
    pyComment(
      `${encodingName(encoding)}${encoding === 'utf-8' ? '; a byte-order mark, if any, is skipped' : ''}.`,
    ),
    `ENCODING = ${pyStr(pythonEncoding(encoding))}`,
    pyComment(`Cells are separated by ${delimiterWords(delimiter)}.`),
    `DELIMITER = ${pyStr(delimiter)}`,
    pyComment(headerSentence),
    `HEADER_LINE = ${choices.headerLine}`,
    pyComment(
      `The file writes numbers with a decimal ${choices.decimalComma ? 'comma' : 'point'} (cells that look like numbers are left as they are in the output).`,
    ),
    `DECIMAL_COMMA = ${choices.decimalComma ? 'True' : 'False'}`,
  ];
}

/** The settings lines naming the clustered columns and how their numbers are written. */
export function featureSettings(choices: ScriptChoices): string[] {
  const lines = [
    '',
    pyComment('The columns clustered on, in order, and how their numbers are written:'),
    ...choices.features.map((feature) => pyComment(featureSentence(feature))),
    `FEATURES = ${pyValue(choices.features.map((f) => f.name))}`,
    'NUMBER_FORMATS = {',
    ...choices.features.map(
      (f) =>
        `    ${pyStr(f.name)}: ${pyValue({ decimal: f.format.decimal, k_is_unit: f.format.kIsUnit, formatted: f.formatted.count > 0 })},`,
    ),
    '}',
  ];
  return lines;
}

/** "line 203: “Total”" for a summary row. */
export function summaryRowWords(row: ScriptChoices['summaryRows'][number]): string {
  if (row.reason === 'label') return `line ${row.line}: “${row.label}”`;
  if (row.reason === 'sums') return `line ${row.line}: its values are the column totals`;
  return `line ${row.line}: no first cell, values far beyond every other row's`;
}

/** The sentence on missing values and the policy chosen. */
export function missingSentence(choices: ScriptChoices): string {
  const holes =
    'A row without a number in a clustered column (empty, NA, N/A, NULL, NaN, None, #N/A, ?, -, --, . or text such as "0x10")';
  return choices.missing === 'drop'
    ? `${holes} is left out: it stays in the output with no cluster ("drop").`
    : `${holes} has its holes filled with the column's mean over the customers that have one ("mean").`;
}

/** The sentence on the k-means run the app kept. */
export function kmeansSentence(choices: ScriptChoices): string {
  return `K-Means as the app ran it for k = ${choices.k}: k-means++ seeding, Lloyd iterations (at most ${choices.maxIter}, until the centres move less than tol relative to the data's variance), the best (lowest inertia) of ${choices.restarts} restart${choices.restarts === 1 ? '' : 's'} from seed ${choices.seed}. The app's inertia: ${choices.inertia}; segment sizes, largest first: ${choices.sizes.join(', ')}.`;
}
