import { version } from '../../package.json';
import { columnName } from '../core/csv/columnName';
import { columnFormat } from '../core/csv/numberFormat';
import { resolveKMeansOptions } from '../core/cluster/options';
import type { ScriptChoices } from '../core/exports/scriptChoices';
import { shortColumnName } from '../core/profile/shortColumnName';
import { downloadName } from './featureNames';
import { segmentNames } from './segmentNames';
import { selectChosen } from './selectChosen';
import type { AppData } from './state';

type ScriptSlice = Pick<
  AppData,
  'table' | 'features' | 'missing' | 'seed' | 'analysis' | 'k' | 'segmentNameEdits' | 'includeSegmentColumn'
>;

const NO_FORMATTING = { count: 0, grouping: false, currency: false, percent: false, thousands: false };

/**
 * What the exported scripts write in: the reader's decisions on the loaded file and the current
 * clustering's settings and outcome. Null before there is a clustering to export.
 */
export function scriptChoices(state: ScriptSlice, createdAt = new Date()): ScriptChoices | null {
  const { table, features } = state;
  const chosen = selectChosen(state);
  if (table === null || chosen === undefined) return null;
  const reading = table.reading;
  const { maxIter, tol } = resolveKMeansOptions({ k: chosen.k });
  return {
    appVersion: version,
    createdAt: createdAt.toISOString(),
    fileName: table.fileName,
    format: table.format ?? 'csv',
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    encoding: table.encoding ?? 'utf-8',
    delimiter: table.delimiter,
    decimalComma: table.decimalComma,
    headerLine: reading?.headerLine ?? 1,
    titleLines: reading?.titleLines ?? 0,
    header: table.header,
    rowCount: table.rowCount,
    summaryRows: reading?.summaryRows ?? [],
    features: features.map((index) => {
      const name = columnName(table.header, index);
      return {
        index,
        name,
        format: reading?.numberFormats[index] ?? columnFormat(table, index),
        formatted: reading?.formatted[index] ?? NO_FORMATTING,
        word: shortColumnName(name),
      };
    }),
    missing: state.missing,
    k: chosen.k,
    seed: state.seed,
    restarts: chosen.restarts,
    refine: chosen.refined !== null,
    maxIter,
    tol,
    segmentNames: segmentNames(state),
    segmentColumn: state.includeSegmentColumn,
    sizes: chosen.sizes,
    inertia: chosen.inertia,
    outputName: downloadName(state),
  };
}
