import type { AnalysisService } from '../worker/analysisClient';
import type { TableService } from '../worker/tableClient';
import type { RunSettingsStorage } from './runSettingsStorage';

/** What the store needs from the outside world; the app passes workers, tests pass in-process fakes. */
export interface Services {
  readonly table: TableService;
  readonly analysis: AnalysisService;
  /** The bundled sample, served with the app (never fetched from elsewhere). */
  readonly fetchSample: () => Promise<Blob>;
  /** Where the run settings are kept between visits; none in tests that do not ask for it. */
  readonly runSettings?: RunSettingsStorage;
}

export const SAMPLE_FILE_NAME = 'Mall_Customers.csv';
