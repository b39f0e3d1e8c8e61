import type { CorpusCase } from './corpusCase';
import { MALL, MALL_HEADER, file, mall } from './corpusCase';

/** Inputs checked in under tests/fixtures/csv/. */
export const fileCorpus: readonly CorpusCase[] = [
  { name: 'bom.csv', text: file('bom.csv'), expect: { table: true, codes: [], rows: 5, ...mall } },
  {
    name: 'semicolon-decimal-comma.csv',
    text: file('semicolon-decimal-comma.csv'),
    expect: {
      table: true,
      codes: ['formatted-numbers'],
      rows: 4,
      delimiter: ';',
      decimalComma: true,
      cells: [
        [0, 3, '15,5'],
        [3, 3, '1.234,5'],
      ],
      says: { 'formatted-numbers': '“1.234,5” on line 5 (read as 1234.5)' },
      features: [3, 4],
    },
  },
  {
    name: 'semicolon-dot-decimal.csv',
    text: file('semicolon-dot-decimal.csv'),
    expect: { table: true, codes: [], rows: 3, delimiter: ';', decimalComma: false, features: [1, 2] },
  },
  {
    name: 'holes.csv',
    text: file('holes.csv'),
    expect: {
      table: true,
      codes: [],
      rows: 6,
      cells: [
        [1, 2, '?'],
        [1, 3, 'N/A'],
        [3, 2, '-'],
        [3, 4, ''],
      ],
      ...mall,
    },
  },
  {
    name: 'currency-units.csv',
    text: file('currency-units.csv'),
    expect: {
      table: true,
      codes: ['formatted-numbers', 'non-numeric-cells', 'ragged-rows'],
      rows: 9,
      cells: [
        [0, 1, '$15'],
        [1, 1, '15k'],
        [2, 1, '0x10'],
      ],
      says: {
        'formatted-numbers': '“$15” on line 2 (read as 15), “15k” on line 3 (read as 15000)',
        'non-numeric-cells': '(“0x10” on line 4)',
      },
      lines: { 'ragged-rows': [10] },
      features: [1, 2],
    },
  },
  {
    name: 'duplicate-rows.csv',
    text: file('duplicate-rows.csv'),
    expect: {
      table: true,
      codes: ['duplicate-rows'],
      rows: 6,
      lines: { 'duplicate-rows': [4, 5, 6] },
      says: { 'duplicate-rows': '3 rows repeat' },
      features: [2, 3],
    },
  },
  {
    name: 'genre.csv',
    text: file('genre.csv'),
    expect: {
      table: true,
      codes: [],
      rows: 5,
      header: MALL.replace('Gender', 'Genre').split(','),
      features: [3, 4],
    },
  },
  {
    name: 'short-headers.csv',
    text: file('short-headers.csv'),
    expect: { table: true, codes: [], rows: 5, features: [3, 4] },
  },
  {
    name: 'snake-headers.csv',
    text: file('snake-headers.csv'),
    expect: { table: true, codes: [], rows: 5, features: [3, 4] },
  },
  {
    name: 'html-header.csv',
    text: file('html-header.csv'),
    expect: {
      table: true,
      codes: [],
      rows: 2,
      header: ['<img src=x onerror=alert(1)>', 'Age', 'Income', 'Score'],
      cells: [[1, 0, '<script>alert(2)</script>']],
      features: [2, 3],
    },
  },
  {
    name: 'proto-headers.csv',
    text: file('proto-headers.csv'),
    expect: {
      table: true,
      codes: [],
      rows: 3,
      header: ['__proto__', 'constructor', 'hasOwnProperty', 'toString'],
      features: [2, 3],
    },
  },
  {
    name: 'existing-cluster.csv',
    text: file('existing-cluster.csv'),
    expect: { table: true, codes: [], rows: 3, features: [2, 3] },
  },
  {
    name: 'formula-cells.csv',
    text: file('formula-cells.csv'),
    expect: {
      table: true,
      codes: [],
      rows: 4,
      cells: [
        [0, 0, '=SUM(A1)'],
        [0, 1, '@cmd'],
        [1, 0, '+1+1'],
        [1, 1, '-2+3'],
        [1, 2, '-3.5'],
        [2, 0, '=HYPERLINK("http://x")'],
      ],
      features: [2, 3],
    },
  },
  { name: 'empty.csv', text: file('empty.csv'), expect: { table: false, codes: ['empty-file'] } },
  {
    name: 'whitespace-only.csv',
    text: file('whitespace-only.csv'),
    expect: { table: false, codes: ['empty-file'] },
  },
  {
    name: 'header-only.csv',
    text: file('header-only.csv'),
    expect: { table: true, codes: ['header-only'], rows: 0, header: MALL_HEADER },
  },
  {
    name: 'header-only-no-newline.csv',
    text: file('header-only-no-newline.csv'),
    expect: { table: true, codes: ['header-only'], rows: 0 },
  },
  {
    name: 'unterminated-quote.csv',
    text: file('unterminated-quote.csv'),
    expect: {
      table: true,
      codes: ['unterminated-quote'],
      rows: 4,
      cells: [
        [1, 1, '"Male'],
        [2, 1, 'Female'],
        [3, 4, '77'],
      ],
      lines: { 'unterminated-quote': [3] },
      says: { 'unterminated-quote': 'Line 3' },
      features: [3, 4],
    },
  },
  {
    name: 'ragged-rows.csv',
    text: file('ragged-rows.csv'),
    expect: {
      table: true,
      codes: ['ragged-rows'],
      rows: 4,
      lines: { 'ragged-rows': [3, 4] },
      says: { 'ragged-rows': 'line 3 has 4, line 4 has 7' },
      cells: [
        [2, 6, 'more'],
        [3, 4, '77'],
      ],
      features: [3, 4],
    },
  },
  {
    name: 'one-numeric-column.csv',
    text: file('one-numeric-column.csv'),
    expect: {
      table: true,
      codes: ['too-few-numeric-columns'],
      rows: 3,
      says: { 'too-few-numeric-columns': '“Income”' },
      features: null,
    },
  },
  {
    name: 'one-data-row.csv',
    text: file('one-data-row.csv'),
    expect: { table: true, codes: ['too-few-rows'], rows: 1 },
  },
  {
    name: 'crlf.csv',
    text: file('crlf.csv'),
    expect: { table: true, codes: [], rows: 5, cells: [[4, 4, '40']], ...mall },
  },
  {
    name: 'cr-only.csv',
    text: file('cr-only.csv'),
    expect: { table: true, codes: [], rows: 5, cells: [[4, 4, '40']], ...mall },
  },
  {
    name: 'mixed-line-endings.csv',
    text: file('mixed-line-endings.csv'),
    expect: { table: true, codes: ['mixed-line-breaks'], rows: 4, cells: [[3, 4, '77']], ...mall },
  },
  {
    name: 'quoted-newlines-commas.csv',
    text: file('quoted-newlines-commas.csv'),
    expect: {
      table: true,
      codes: [],
      rows: 4,
      cells: [
        [0, 0, 'Smith, John'],
        [0, 1, '12 Main St\nApt 4'],
        [1, 1, 'Line1\r\nLine2'],
        [2, 0, 'Doe "JD" Jane'],
        [2, 1, 'a,b,c'],
      ],
      features: [2, 3],
    },
  },
  {
    name: 'excel-crlf-in-cell-lf.csv',
    text: file('excel-crlf-in-cell-lf.csv'),
    expect: {
      table: true,
      codes: [],
      rows: 3,
      cells: [
        [0, 1, 'first\nsecond'],
        [2, 1, 'x\ny\nz'],
      ],
    },
  },
  {
    name: 'tab-delimited.csv',
    text: file('tab-delimited.csv'),
    expect: { table: true, codes: [], rows: 5, delimiter: '\t', ...mall },
  },
  {
    name: 'pipe-delimited.csv',
    text: file('pipe-delimited.csv'),
    expect: { table: true, codes: [], rows: 5, delimiter: '|', ...mall },
  },
  {
    name: 'no-trailing-newline.csv',
    text: file('no-trailing-newline.csv'),
    expect: { table: true, codes: [], rows: 5, cells: [[4, 4, '40']] },
  },
  {
    name: 'many-trailing-newlines.csv',
    text: file('many-trailing-newlines.csv'),
    expect: { table: true, codes: [], rows: 5 },
  },
  {
    name: 'unicode-names.csv',
    text: file('unicode-names.csv'),
    expect: {
      table: true,
      codes: [],
      rows: 3,
      header: ['Nom', '名前', 'Âge', 'Revenu Income', 'Spending 💸'],
      cells: [
        [0, 0, 'Élodie'],
        [2, 0, 'Zoë 😀'],
        [2, 1, '😀😀'],
      ],
      features: [3, 4],
    },
  },
  {
    name: 'blank-lines-middle.csv',
    text: file('blank-lines-middle.csv'),
    expect: { table: true, codes: ['blank-lines'], rows: 3, lines: { 'blank-lines': [3, 5] } },
  },
  {
    name: 'leading-blank-lines.csv',
    text: file('leading-blank-lines.csv'),
    expect: { table: true, codes: [], rows: 5, ...mall },
  },
  {
    name: 'single-column-holes.csv',
    text: file('single-column-holes.csv'),
    expect: { table: true, codes: ['too-few-numeric-columns'], rows: 5, cells: [[1, 0, '']], features: null },
  },
  {
    name: 'duplicate-header.csv',
    text: file('duplicate-header.csv'),
    expect: {
      table: true,
      codes: ['duplicate-header'],
      rows: 2,
      header: ['Income', 'Income', 'Score', 'Score'],
    },
  },
  {
    name: 'no-header.csv',
    text: file('no-header.csv'),
    expect: { table: true, codes: ['numeric-header'], rows: 4, lines: { 'numeric-header': [1] } },
  },
  {
    name: 'trailing-delimiter.csv',
    text: file('trailing-delimiter.csv'),
    expect: { table: true, codes: ['empty-header'], rows: 5, header: [...MALL_HEADER, ''], features: [3, 4] },
  },
  {
    name: 'escaped-quotes.csv',
    text: file('escaped-quotes.csv'),
    expect: {
      table: true,
      codes: [],
      rows: 3,
      cells: [
        [0, 0, 'He said "hi"'],
        [1, 0, '"quoted"'],
        [2, 0, 'a"b'],
      ],
    },
  },
  {
    name: 'spaces-around.csv',
    text: file('spaces-around.csv'),
    expect: {
      table: true,
      codes: [],
      rows: 3,
      header: ['Name ', ' Income ', ' Spending'],
      cells: [
        [0, 1, ' 15 '],
        [1, 2, '  81'],
      ],
      features: [1, 2],
    },
  },
  {
    name: 'leading-zero-ids.csv',
    text: file('leading-zero-ids.csv'),
    expect: { table: true, codes: [], rows: 3, cells: [[0, 0, '0001']], features: [1, 2] },
  },
  {
    name: 'other-metrics.csv',
    text: file('other-metrics.csv'),
    expect: { table: true, codes: [], rows: 3, features: [2, 3] },
  },
  {
    name: 'scientific-notation.csv',
    text: file('scientific-notation.csv'),
    expect: {
      table: true,
      codes: ['non-numeric-cells'],
      rows: 3,
      says: { 'non-numeric-cells': '“1e999”' },
      features: [1, 2],
    },
  },
  {
    name: 'quoted-numbers.csv',
    text: file('quoted-numbers.csv'),
    expect: { table: true, codes: [], rows: 2, ...mall },
  },
];
