import { allDistinct, type ColumnStats } from './columnTracker';
import { normalizeName } from './normalizeName';

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
  /** Distinct non-missing cell texts (trimmed), exact up to 100,000. */
  readonly distinct: number;
  /** Present when there were more distinct texts than were counted: `distinct` is then a lower bound. */
  readonly distinctCapped?: true;
}

// Names that mean "row key", after normalizeName: id, CustomerID, customer_id, Client No, user number, …
const IDENTIFIER_NAME =
  /^(?:id|index|(?:customer|cust|client|user|member|account|acct|record|row|person|contact|shopper|buyer)(?:id|no|nr|num|number|key|code|ref))$/;
// An unnamed column of unique integers needs enough rows before we call it a key: in a tiny table, five
// distinct ages would otherwise look like one.
const MIN_ROWS_FOR_VALUE_KEY = 10;
// Unique integers filling at most this multiple of their count look like a sequence, not a measurement.
const KEY_DENSITY = 1.25;

/** The {@link ColumnReport} of a column from its gathered statistics (shared with the streaming reader). */
export function reportColumn(stats: ColumnStats, index: number, name: string): ColumnReport {
  const { numeric, missing, nonNumeric, distinct } = stats;
  const counts = {
    index,
    name,
    numeric,
    missing,
    nonNumeric,
    distinct,
    ...(stats.distinctCapped ? { distinctCapped: true as const } : {}),
  };
  if (numeric + nonNumeric === 0) return { ...counts, kind: 'empty' };
  if (IDENTIFIER_NAME.test(normalizeName(name))) return { ...counts, kind: 'identifier' };
  if (numeric <= nonNumeric) return { ...counts, kind: 'categorical' };
  // Unique integers are checked last, on a bitmap over their (small, by then) range.
  const looksLikeKey =
    stats.integers &&
    nonNumeric === 0 &&
    numeric >= MIN_ROWS_FOR_VALUE_KEY &&
    stats.max - stats.min + 1 <= KEY_DENSITY * numeric &&
    allDistinct(stats);
  return { ...counts, kind: looksLikeKey ? 'identifier' : 'numeric' };
}
