import { readFileSync } from 'node:fs';
import type { CorpusCase } from './corpusCase';

/**
 * The Mall file as spreadsheets and reports really write it: numbers with thousands separators and
 * units, total and average rows, title lines above the header. Every case is derived from the 200 rows
 * of the bundled sample, so the numbers each must read back to are known.
 */
const SAMPLE = readFileSync(new URL('../../../public/Mall_Customers.csv', import.meta.url), 'utf8');
const LINES = SAMPLE.trim().split(/\r?\n/);
const HEADER = (LINES[0] ?? '').split(',');
const ROWS = LINES.slice(1).map((line) => line.split(','));
const INCOME = ROWS.map((row) => Number(row[3]));

/** The sample with each row rewritten by `cell(row, column)` and joined with `delimiter`. */
function mallWith(options: {
  header?: readonly string[];
  cell?: (row: readonly string[], column: number, index: number) => string;
  delimiter?: string;
  before?: readonly string[];
  after?: readonly string[];
  newline?: string;
}): () => string {
  const delimiter = options.delimiter ?? ',';
  const header = options.header ?? HEADER;
  const body = ROWS.map((row, i) =>
    row.map((value, c) => options.cell?.(row, c, i) ?? value).join(delimiter),
  );
  const newline = options.newline ?? '\n';
  const text = [...(options.before ?? []), header.join(delimiter), ...body, ...(options.after ?? [])];
  return () => text.join(newline) + newline;
}

const quote = (cell: string): string => `"${cell}"`;
const thousands = (value: number, separator: string): string =>
  String(value).replace(/\B(?=(\d{3})+$)/g, separator);
const income = (transform: (value: number) => string) => (row: readonly string[], c: number) =>
  c === 3 ? transform(Number(row[3])) : (row[c] ?? '');

const HEADER_DOLLARS = ['CustomerID', 'Gender', 'Age', 'Annual Income ($)', 'Spending Score (1-100)'];
const first = 0;
const last = ROWS.length - 1;
const incomeValues = (scale: number): [number, number, number][] => [
  [first, 3, (INCOME[first] ?? 0) * scale],
  [last, 3, (INCOME[last] ?? 0) * scale],
];
const mall = { rows: ROWS.length, features: [3, 4] } as const;

const formatted: CorpusCase[] = [
  {
    name: 'income in dollars with quoted thousands separators ("15,000")',
    text: mallWith({
      header: HEADER_DOLLARS,
      cell: income((v) => quote(thousands(v * 1000, ','))),
    }),
    expect: {
      table: true,
      codes: ['formatted-numbers'],
      ...mall,
      cells: [[0, 3, '15,000']],
      values: incomeValues(1000),
      says: { 'formatted-numbers': '“15,000” on line 2 (read as 15000)' },
    },
  },
  {
    name: 'income written 15k$ under a (k$) header: the k restates the unit',
    text: mallWith({ cell: income((v) => `${v}k$`) }),
    expect: {
      table: true,
      codes: ['formatted-numbers'],
      ...mall,
      cells: [[0, 3, '15k$']],
      values: incomeValues(1),
      says: { 'formatted-numbers': 'currency signs and a k for thousand' },
    },
  },
  {
    name: 'income written $15k under a plain header: k is a thousand',
    text: mallWith({
      header: HEADER_DOLLARS,
      cell: income((v) => `$${v}k`),
    }),
    expect: { table: true, codes: ['formatted-numbers'], ...mall, values: incomeValues(1000) },
  },
  {
    name: 'European export: semicolons, 15.000,00 € and decimal commas',
    text: mallWith({
      delimiter: ';',
      header: ['Kundennummer', 'Geschlecht', 'Alter', 'Jahreseinkommen (€)', 'Ausgaben-Score'],
      cell: (row, c) =>
        c === 3 ? `${thousands(Number(row[3]) * 1000, '.')},00 €` : c === 4 ? `${row[4]},0` : (row[c] ?? ''),
    }),
    expect: {
      table: true,
      codes: ['formatted-numbers'],
      ...mall,
      delimiter: ';',
      decimalComma: true,
      values: [...incomeValues(1000), [0, 4, 39]],
    },
  },
  {
    name: 'French export: no-break spaces between thousands, percent scores',
    text: mallWith({
      delimiter: ';',
      header: ['Client', 'Sexe', 'Âge', 'Revenu annuel (€)', 'Spending score'],
      cell: (row, c) =>
        c === 3
          ? `${thousands(Number(row[3]) * 1000, '\u00a0')} €`
          : c === 4
            ? `${row[4]} %`
            : (row[c] ?? ''),
    }),
    expect: {
      table: true,
      codes: ['formatted-numbers'],
      ...mall,
      delimiter: ';',
      values: [...incomeValues(1000), [0, 4, 39]],
      says: { 'formatted-numbers': 'thousands separators and currency signs' },
    },
  },
  {
    name: "Swiss export: apostrophes between thousands (15'000.50)",
    text: mallWith({ header: HEADER_DOLLARS, cell: income((v) => `${thousands(v * 1000, "'")}.50`) }),
    expect: {
      table: true,
      codes: ['formatted-numbers'],
      ...mall,
      values: [
        [first, 3, (INCOME[first] ?? 0) * 1000 + 0.5],
        [last, 3, (INCOME[last] ?? 0) * 1000 + 0.5],
      ],
    },
  },
  {
    name: 'Indian grouping in rupees ("₹1,37,000") beside plain numbers',
    text: mallWith({
      header: ['CustomerID', 'Gender', 'Age', 'Annual Income (INR)', 'Spending Score (1-100)'],
      cell: income((v) => {
        const rupees = v * 1000;
        if (rupees < 100_000) return String(rupees);
        const text = String(rupees);
        return quote(`₹${text.slice(0, -5)},${text.slice(-5, -3)},${text.slice(-3)}`);
      }),
    }),
    expect: { table: true, codes: ['formatted-numbers'], ...mall, values: incomeValues(1000) },
  },
  {
    name: 'spending score as a percentage ("39%")',
    text: mallWith({ cell: (row, c) => (c === 4 ? `${row[4]}%` : (row[c] ?? '')) }),
    expect: {
      table: true,
      codes: ['formatted-numbers'],
      ...mall,
      values: [[0, 4, 39]],
      says: { 'formatted-numbers': 'percent signs' },
    },
  },
  {
    name: 'income the header names but cells spell out ("15 thousand"): an alert, never a quiet swap',
    text: mallWith({ cell: income((v) => `${v} thousand`) }),
    expect: {
      table: true,
      codes: ['unreadable-feature-column'],
      rows: ROWS.length,
      features: [2, 4],
      says: {
        'unreadable-feature-column':
          'Column “Annual Income (k$)” looks like income, but 200 of its 200 filled cells are not numbers (“15 thousand” on line 2',
      },
    },
  },
  {
    name: 'a bare "Score (1-100)" beside income is the spending score',
    text: mallWith({ header: [...HEADER.slice(0, 4), 'Score (1-100)'] }),
    expect: { table: true, codes: [], ...mall },
  },
];

const TOTALS = ['7770', '12112', '10040'];
const summary: CorpusCase[] = [
  {
    name: 'a Total row below the customers',
    text: mallWith({ after: [`Total,,${TOTALS.join(',')}`] }),
    expect: {
      table: true,
      codes: ['summary-rows'],
      rows: ROWS.length + 1,
      features: [3, 4],
      summaryRows: [ROWS.length],
      says: { 'summary-rows': '1 summary row left out of clustering: line 202 (“Total”)' },
    },
  },
  {
    name: 'Average and Grand total: rows, in other capitalisation',
    text: mallWith({ after: ['AVERAGE,,38.85,60.56,50.2', `Grand total:,,${TOTALS.join(',')}`] }),
    expect: {
      table: true,
      codes: ['summary-rows'],
      rows: ROWS.length + 2,
      summaryRows: [ROWS.length, ROWS.length + 1],
      says: { 'summary-rows': '2 summary rows left out' },
    },
  },
  {
    name: 'German Summe and Durchschnitt in a semicolon file',
    text: mallWith({
      delimiter: ';',
      after: [`Summe;;${TOTALS.join(';')}`, 'Durchschnitt;;38,85;60,56;50,2'],
    }),
    expect: { table: true, codes: ['summary-rows'], summaryRows: [ROWS.length, ROWS.length + 1] },
  },
  {
    name: 'French Moyenne, Spanish Promedio, Italian Totale',
    text: mallWith({
      after: ['Moyenne,,38.85,60.56,50.2', 'Promedio,,38.85,60.56,50.2', `Totale,,${TOTALS.join(',')}`],
    }),
    expect: {
      table: true,
      codes: ['summary-rows'],
      summaryRows: [ROWS.length, ROWS.length + 1, ROWS.length + 2],
    },
  },
  {
    name: 'an unlabelled row of column totals',
    text: mallWith({ after: [`,,${TOTALS.join(',')}`] }),
    expect: {
      table: true,
      codes: ['summary-rows'],
      summaryRows: [ROWS.length],
      says: { 'summary-rows': 'line 202 (its values are the column totals)' },
    },
  },
  {
    name: 'a row with no CustomerID and values far beyond every other',
    text: mallWith({ after: [',,3000,9000,9000'] }),
    expect: {
      table: true,
      codes: ['summary-rows'],
      summaryRows: [ROWS.length],
      says: { 'summary-rows': "line 202 (no CustomerID, values far beyond every other row's)" },
    },
  },
  {
    name: 'a Total row at the top, above the customers',
    text: () => [LINES[0], `Total,,${TOTALS.join(',')}`, ...LINES.slice(1)].join('\n') + '\n',
    expect: { table: true, codes: ['summary-rows'], summaryRows: [0] },
  },
  {
    name: 'not a summary: "Average" as a real category of the first column',
    text: mallWith({
      header: ['Spending level', ...HEADER.slice(1)],
      cell: (row, c, i) => (c === 0 ? (['Low', 'Average', 'High'][i % 3] ?? '') : (row[c] ?? '')),
    }),
    expect: { table: true, codes: [], summaryRows: [], features: [3, 4] },
  },
];

const titled: CorpusCase[] = [
  {
    name: 'a title line above the header',
    text: mallWith({ before: ['Customer export - March'] }),
    expect: {
      table: true,
      codes: ['title-lines'],
      ...mall,
      header: HEADER,
      titles: 1,
      says: { 'title-lines': 'Line 1 (“Customer export - March”) sits above the header on line 2' },
    },
  },
  {
    name: 'a title padded with delimiters, as Excel saves it',
    text: mallWith({ before: ['Customer export - March,,,,'] }),
    expect: { table: true, codes: ['title-lines'], ...mall, header: HEADER, titles: 1 },
  },
  {
    name: 'two title lines and a blank line above the header, CRLF',
    text: mallWith({ before: ['Customer export', 'Exported 2026-03-31 by CRM', ''], newline: '\r\n' }),
    expect: {
      table: true,
      codes: ['title-lines'],
      ...mall,
      header: HEADER,
      titles: 2,
      says: { 'title-lines': 'Lines 1 and 2' },
    },
  },
  {
    name: 'a semicolon export with a title keeps its delimiter',
    text: mallWith({ delimiter: ';', before: ['Kundenexport März'] }),
    expect: { table: true, codes: ['title-lines'], ...mall, delimiter: ';', header: HEADER, titles: 1 },
  },
  {
    name: 'a blank-ish line of delimiters above the header',
    text: mallWith({ before: [',,,,'] }),
    expect: { table: true, codes: ['title-lines'], ...mall, header: HEADER, titles: 1 },
  },
  {
    name: 'a title, then a Total row at the bottom',
    text: mallWith({ before: ['Mall customers 2026'], after: [`Total,,${TOTALS.join(',')}`] }),
    expect: {
      table: true,
      codes: ['title-lines', 'summary-rows'],
      rows: ROWS.length + 1,
      header: HEADER,
      titles: 1,
      summaryRows: [ROWS.length],
      says: { 'summary-rows': 'line 203 (“Total”)' },
    },
  },
];

/** Real-world variants of the Mall file: formatted numbers, summary rows, titles above the header. */
export const realWorldCorpus: readonly CorpusCase[] = [...formatted, ...summary, ...titled];
