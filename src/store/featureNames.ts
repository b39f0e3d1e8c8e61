import { columnName } from '../core/csv/columnName';
import { exportFileName } from '../core/dataset/exportFileName';
import type { AppData } from './state';

type FeatureSlice = Pick<AppData, 'table' | 'features'>;

/** Names of the clustered columns, in clustering order (x, y, …). */
export function featureNames(state: FeatureSlice): string[] {
  const header = state.table?.header ?? [];
  return state.features.map((index) => columnName(header, index));
}

/** What the labeled CSV is saved as: the button shows it, the export uses it. */
export function downloadName(state: FeatureSlice): string {
  return exportFileName(featureNames(state));
}
