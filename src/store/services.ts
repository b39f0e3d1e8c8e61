import type { AnalysisService } from '../worker/analysisClient';
import type { TableService } from '../worker/tableClient';

/** What the store needs from the outside world; the app passes workers, tests pass in-process fakes. */
export interface Services {
  readonly table: TableService;
  readonly analysis: AnalysisService;
  /** The bundled sample, served with the app (never fetched from elsewhere). */
  readonly fetchSample: () => Promise<Blob>;
}

export const SAMPLE_FILE_NAME = 'Mall_Customers.csv';
