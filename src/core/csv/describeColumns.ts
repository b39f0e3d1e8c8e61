import { normalizeName } from './normalizeName';
import type { Table } from './parseTable';
import { classifyCell } from './parseNumericCell';

/** Role a column can play: a clustering feature, a label, a row key, or nothing. */
export type ColumnKind = 'numeric' | 'categorical' | 'identifier' | 'empty';

/** What one header column holds, counted over every data row. */
export interface ColumnReport {
  readonly index: number;
  readonly name: string;
  readonly kind: ColumnKind;
  /** Cells that are strict numbers. */
  readonly numeric: number;
  /** Cells that are empty or a missing-value token (NA, NULL, ?, …), including cells absent from short rows. */
  readonly missing: number;
  /** Cells that are neither: text such as "Male", "$15" or "15k". */
  readonly nonNumeric: number;
  /** Distinct non-missing cell texts (trimmed). */
  readonly distinct: number;
}

// Names that mean "row key", after normalizeName: id, CustomerID, customer_id, Client No, user number, …
const IDENTIFIER_NAME =
  /^(?:id|index|(?:customer|cust|client|user|member|account|acct|record|row|person|contact|shopper|buyer)(?:id|no|nr|num|number|key|code|ref))$/;
// An unnamed column of unique integers needs enough rows before we call it a key: in a tiny table, five
// distinct ages would otherwise look like one.
const MIN_ROWS_FOR_VALUE_KEY = 10;
// Unique integers filling at most this multiple of their count look like a sequence, not a measurement.
const KEY_DENSITY = 1.25;

/**
 * Reports the kind and cell counts of every header column. A column is numeric when most of its
 * non-missing cells are numbers; identifier when its name says so (CustomerID, customer_id, ID, …) or
 * when it holds unique, nearly consecutive integers (a row number or an exported index); empty when it
 * has no non-missing cell; categorical otherwise. Cells beyond the header in long rows are not counted.
 */
export function describeColumns(table: Table): ColumnReport[] {
  return table.header.map((name, index) => describeColumn(table, name, index));
}

function describeColumn(table: Table, name: string, index: number): ColumnReport {
  let numeric = 0;
  let missing = 0;
  let nonNumeric = 0;
  let integers = true;
  let min = Infinity;
  let max = -Infinity;
  const texts = new Set<string>();
  const numbers = new Set<number>();
  for (const row of table.rows) {
    const cell = row[index];
    const { kind, value } =
      cell === undefined ? { kind: 'missing', value: NaN } : classifyCell(cell, table.decimalComma);
    if (kind === 'missing') {
      missing++;
      continue;
    }
    texts.add((cell ?? '').trim());
    if (kind === 'text') {
      nonNumeric++;
      continue;
    }
    numeric++;
    numbers.add(value);
    if (!Number.isInteger(value)) integers = false;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const counts = { index, name, numeric, missing, nonNumeric, distinct: texts.size };
  if (numeric + nonNumeric === 0) return { ...counts, kind: 'empty' };
  if (IDENTIFIER_NAME.test(normalizeName(name))) return { ...counts, kind: 'identifier' };
  if (numeric <= nonNumeric) return { ...counts, kind: 'categorical' };
  const looksLikeKey =
    integers &&
    nonNumeric === 0 &&
    numeric >= MIN_ROWS_FOR_VALUE_KEY &&
    numbers.size === numeric &&
    max - min + 1 <= KEY_DENSITY * numeric;
  return { ...counts, kind: looksLikeKey ? 'identifier' : 'numeric' };
}
