import { readFileSync } from 'node:fs';
import { createRandom } from '../../src/core/cluster/random';
import { cp1252 } from '../core/text/westernText';

/** Test tables for the exports, each built from the sample or seeded, so every run sees the same bytes. */

export const MALL = readFileSync('public/Mall_Customers.csv', 'utf8');
const MALL_ROWS = MALL.trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(','));

const encode = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

export const mallBytes = (): Uint8Array<ArrayBuffer> => encode(MALL);

const HOLES = ['', 'NA', 'N/A', '?', '-', 'NULL', ' ', 'n/a', 'none', '#N/A', 'unknown'];

/**
 * The sample with `0001`-style ids and holes: about one income or score in eight is a missing-value
 * token, blank, or text; ages keep a few holes too (not clustered).
 */
export function holesBytes(): Uint8Array<ArrayBuffer> {
  const rng = createRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng.nextFloat() * items.length)] as T;
  const lines = ['CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)'];
  MALL_ROWS.forEach(([id = '', gender = '', age = '', income = '', score = ''], i) => {
    const hole = (cell: string, p: number): string => (rng.nextFloat() < p ? pick(HOLES) : cell);
    const padded = id.padStart(4, '0');
    lines.push([padded, gender, hole(age, 0.05), hole(income, 0.12), hole(score, 0.12)].join(','));
    // A blank line inside the table, as hand-edited files have.
    if (i === 100) lines.push('');
  });
  return encode(`${lines.join('\n')}\n`);
}

const NAMES = ['José Muñoz', 'Zoë Brontë', '=HYPERLINK("x")', 'François Müller', '-Søren-', '@Ærø'];

/**
 * An accountant's export in Windows-1252: a title line above the header, incomes written "$15,000",
 * spending shares "39%", names with accents and formula-like cells, a quoted cell with a comma, and a
 * Total row at the bottom.
 */
export function formattedBytes(): Uint8Array<ArrayBuffer> {
  const lines = ['Customer export - March 2026,,,,', 'Customer No,Name,Age,Annual Income,Spending Share'];
  let income = 0;
  let score = 0;
  MALL_ROWS.forEach(([id = '', , age = '', k = '', s = ''], i) => {
    const dollars = Number(k) * 1000 + (i % 7) * 125;
    income += dollars;
    score += Number(s);
    const name = NAMES[i % NAMES.length] ?? '';
    const quotedName = `"${name.replace(/"/g, '""')}${i % 9 === 0 ? ', Jr.' : ''}"`;
    lines.push([id, quotedName, age, `"$${dollars.toLocaleString('en-US')}"`, `${s}%`].join(','));
  });
  lines.push(['Total', '', '', `"$${income.toLocaleString('en-US')}"`, `${score}%`].join(','));
  return cp1252(`${lines.join('\r\n')}\r\n`);
}

/**
 * A European export: semicolons, decimal commas ("55,3"), dotted thousands in incomes ("15.000"),
 * a Mittelwert (average) row at the top.
 */
export function decimalCommaBytes(): Uint8Array<ArrayBuffer> {
  const rng = createRandom(11);
  const lines = ['Kunde;Alter;Jahreseinkommen;Ausgaben-Score'];
  const rows = MALL_ROWS.map(([id = '', , age = '', k = '', s = '']) => {
    const income = Number(k) * 1000 + Math.floor(rng.nextFloat() * 1000);
    const spend = (Number(s) + Math.floor(rng.nextFloat() * 10) / 10).toFixed(1).replace('.', ',');
    return { id, age, income, spend };
  });
  const mean = rows.reduce((sum, r) => sum + r.income, 0) / rows.length;
  lines.push(`Mittelwert;;${Math.round(mean).toLocaleString('de-DE')};50,2`);
  for (const r of rows) lines.push([r.id, r.age, r.income.toLocaleString('de-DE'), r.spend].join(';'));
  return encode(`${lines.join('\n')}\n`);
}

/** Column names no literal should break: quotes, a backslash, a line break, a tab, emoji, a formula. */
export const AWKWARD_NAMES = [
  'Kunde "Nr"',
  'Income \\ net\n(k€) """',
  "Score\t'💳'",
  '=SUM(A1)',
  '  spaced  ',
];

export function awkwardNamesBytes(): Uint8Array<ArrayBuffer> {
  const quote = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;
  const lines = [AWKWARD_NAMES.map(quote).join(',')];
  MALL_ROWS.forEach(([id = '', gender = '', , income = '', score = '']) => {
    lines.push([id, income, score, gender === 'Male' ? '=1+1' : '+x', ` ${id} `].map(quote).join(','));
  });
  return encode(`${lines.join('\r\n')}\r\n`);
}
