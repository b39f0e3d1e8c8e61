import { columnName } from '../core/csv/columnName';
import type { Services } from './services';
import type { AppData, CategoricalColumn, ProfileColumn } from './state';

/**
 * Fetches the columns the tooltip shows and the store does not hold yet: every numeric column (Age
 * too, not only the clustered ones) and every text column with few distinct values, dictionary-encoded.
 * Returns null when nothing new was needed.
 */
export async function loadProfileColumns(
  services: Services,
  state: Pick<AppData, 'table' | 'features' | 'featureValues' | 'profileColumns' | 'categoricalColumns'>,
): Promise<Pick<AppData, 'profileColumns' | 'categoricalColumns'> | null> {
  const { table, features } = state;
  if (table === null) return null;
  const wanted = new Set(table.columns.filter((c) => c.kind === 'numeric').map((c) => c.index));
  for (const index of features) wanted.add(index);
  const have = new Set(state.profileColumns.map((c) => c.index));
  const missing = [...wanted].filter((index) => !have.has(index));
  const textIndices = table.columns.filter((c) => c.kind === 'categorical').map((c) => c.index);
  const needTexts = textIndices.length > 0 && state.categoricalColumns.length === 0;
  if (missing.length === 0 && !needTexts) return null;

  const name = (index: number): string => columnName(table.header, index);
  // The clustered columns are already here (the analysis needed them): only the others are fetched.
  const held = new Map(features.map((index, j) => [index, state.featureValues[j]] as const));
  const toFetch = missing.filter((index) => held.get(index) === undefined);
  const fetchedValues = toFetch.length === 0 ? [] : await services.table.columns(toFetch);
  const fetched: ProfileColumn[] = missing.map((index) => ({
    index,
    name: name(index),
    values: held.get(index) ?? fetchedValues[toFetch.indexOf(index)] ?? new Float64Array(0),
  }));
  const profileColumns = [...state.profileColumns, ...fetched].sort((a, b) => a.index - b.index);
  const categoricalColumns: CategoricalColumn[] = needTexts
    ? (await services.table.categories(textIndices))
        .filter((column) => !column.tooMany)
        .map((column) => ({
          index: column.index,
          name: name(column.index),
          codes: column.codes,
          categories: column.categories,
        }))
    : state.categoricalColumns;
  return { profileColumns, categoricalColumns };
}
