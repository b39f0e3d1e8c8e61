import { isMissingToken } from './parseNumericCell';

/** A text column stored as one small integer per row plus its distinct values. */
export interface CategoryColumn {
  readonly index: number;
  /** Per row, an index into `categories`; -1 for a missing cell (or any cell once `tooMany`). */
  readonly codes: Int32Array;
  /** Distinct trimmed cell texts, in order of first appearance. */
  readonly categories: string[];
  /** More distinct values than the cap: names or free text, not categories; codes are all -1. */
  readonly tooMany: boolean;
}

/** Above this many distinct values a column is free text, and a "mix" of it would say nothing. */
export const MAX_CATEGORIES = 1000;

/**
 * Dictionary-encodes the given columns in one pass over the rows, so a million rows' genders cost
 * 4 MB of integers instead of a million strings. `forEachRow` visits every data row in order.
 */
export function encodeCategories(
  rowCount: number,
  forEachRow: (visit: (row: readonly string[], index: number) => void) => void,
  indices: readonly number[],
  maxCategories = MAX_CATEGORIES,
): CategoryColumn[] {
  const state = indices.map((index) => ({
    index,
    codes: new Int32Array(rowCount).fill(-1),
    lookup: new Map<string, number>(),
    tooMany: false,
  }));
  forEachRow((row, rowIndex) => {
    for (const column of state) {
      if (column.tooMany) continue;
      const text = (row[column.index] ?? '').trim();
      if (isMissingToken(text)) continue;
      let code = column.lookup.get(text);
      if (code === undefined) {
        if (column.lookup.size >= maxCategories) {
          column.tooMany = true;
          column.lookup.clear();
          continue;
        }
        code = column.lookup.size;
        column.lookup.set(text, code);
      }
      column.codes[rowIndex] = code;
    }
  });
  return state.map(({ index, codes, lookup, tooMany }) => ({
    index,
    codes: tooMany ? codes.fill(-1) : codes,
    categories: [...lookup.keys()],
    tooMany,
  }));
}
