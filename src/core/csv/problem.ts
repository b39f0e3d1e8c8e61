/**
 * Machine-readable kind of a problem found while reading a customer CSV. The UI keys its help text on
 * these codes, so existing codes never change meaning; new ones may be added.
 */
export type CsvProblemCode =
  | 'empty-file'
  | 'header-only'
  | 'not-text'
  | 'replacement-characters'
  | 'unterminated-quote'
  | 'malformed-quote'
  | 'mixed-line-breaks'
  | 'blank-lines'
  | 'ragged-rows'
  | 'duplicate-header'
  | 'empty-header'
  | 'numeric-header'
  | 'non-numeric-cells'
  | 'too-few-numeric-columns'
  | 'too-few-rows'
  | 'duplicate-rows'
  | 'formatted-numbers'
  | 'unreadable-feature-column'
  | 'summary-rows'
  | 'title-lines'
  | 'legacy-encoding';

/**
 * How much a finding matters. `error`: segmentation cannot run on this file. `alert`: it runs, but not
 * on what the file seems to ask for (a column named income that holds no readable numbers), so the page
 * must interrupt. `warning`: it runs, and the analyst should know what was recovered, left out or kept.
 * `info`: how something was read (an encoding, numbers with thousands separators), for the record.
 */
export type CsvProblemSeverity = 'error' | 'alert' | 'warning' | 'info';

/** One finding about an input file, with a sentence for the analyst. */
export interface CsvProblem {
  readonly code: CsvProblemCode;
  readonly severity: CsvProblemSeverity;
  /** A full sentence for the analyst, naming lines and columns. */
  readonly message: string;
  /** 1-based file line numbers concerned, capped at {@link MAX_LISTED_LINES} entries. */
  readonly lines?: number[];
}

/** How many line numbers a problem lists at most, so a broken million-row file does not flood the UI. */
export const MAX_LISTED_LINES = 20;
