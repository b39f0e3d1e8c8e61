import type { TitleLine } from './findHeaderRow';
import type { SummaryRow } from './findSummaryRows';
import type { ColumnNumberFormat } from './numberFormat';

/** A CSV file as written: header and cells are the original text, nothing renamed, trimmed or converted. */
export interface Table {
  /** Column names exactly as written (a UTF-8 BOM removed); duplicates, `__proto__` and markup survive. */
  readonly header: string[];
  /** Records above the header (a report title, an export date), kept for the download; absent: none. */
  readonly titles?: readonly TitleLine[];
  /** Every data row in file order, cells as original text; ragged rows keep their own length. */
  readonly rows: string[][];
  /** The delimiter detected (',' ';' '\t' '|') or forced. */
  readonly delimiter: string;
  /** True when numbers are written with a decimal comma ("15,5"). */
  readonly decimalComma: boolean;
  /** Per header column, how its numbers are written; absent on hand-built tables (see columnFormat). */
  readonly numberFormats?: readonly ColumnNumberFormat[];
  /** Total, subtotal and average rows, left out of clustering; absent on hand-built tables. */
  readonly summaryRows?: readonly SummaryRow[];
  /** 1-based file line on which each row starts, for messages; absent on hand-built tables. */
  readonly rowLines?: number[];
}

/** How to read a CSV text, where the caller overrides what is detected. */
export interface ParseOptions {
  /** Forces a delimiter instead of detecting one. Ignored when empty or a quote or line break. */
  readonly delimiter?: string;
}
