import type { AnalysisService } from '../worker/analysisClient';
import type { TableService } from '../worker/tableClient';

/** What the store needs from the outside world; the app passes workers, tests pass in-process fakes. */
export interface Services {
  readonly table: TableService;
  readonly analysis: AnalysisService;
  /** The bundled sample, served with the app (never fetched from elsewhere). */
  readonly fetchSample: () => Promise<Blob>;
  /**
   * Cell texts of the given columns, one array per column (for the categorical mix in the segment
   * profile). Optional: the table worker has no such message yet; without it the profile shows
   * numeric columns only.
   */
  readonly cellTexts?: (indices: number[]) => Promise<string[][]>;
}

export const SAMPLE_FILE_NAME = 'Mall_Customers.csv';
