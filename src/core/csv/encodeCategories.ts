import { isMissingToken } from './parseNumericCell';

/** Per row, an index into a column's categories, in the smallest array that holds them (and -1). */
export type CategoryCodes = Int8Array | Int16Array | Int32Array;

/** A text column stored as one small integer per row plus its distinct values. */
export interface CategoryColumn {
  readonly index: number;
  /** Per row, an index into `categories`; -1 for a missing cell (or any cell once `tooMany`). */
  readonly codes: CategoryCodes;
  /** Distinct trimmed cell texts, in order of first appearance. */
  readonly categories: string[];
  /** More distinct values than the cap: names or free text, not categories; codes are all -1. */
  readonly tooMany: boolean;
}

/** Above this many distinct values a column is free text, and a "mix" of it would say nothing. */
export const MAX_CATEGORIES = 1000;

/**
 * Dictionary-encodes the given columns in one pass over the rows, so a million rows' genders cost
 * 1 MB of codes (one byte each up to 127 categories, two up to 32,767) instead of a million strings.
 * `forEachRow` visits every data row in order.
 */
export function encodeCategories(
  rowCount: number,
  forEachRow: (visit: (row: readonly string[], index: number) => void) => void,
  indices: readonly number[],
  maxCategories = MAX_CATEGORIES,
): CategoryColumn[] {
  const state = indices.map((index) => ({
    index,
    codes: (maxCategories < 2 ** 15 ? new Int16Array(rowCount) : new Int32Array(rowCount)).fill(-1),
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
    codes: tooMany ? new Int8Array(rowCount).fill(-1) : lookup.size < 2 ** 7 ? Int8Array.from(codes) : codes,
    categories: [...lookup.keys()],
    tooMany,
  }));
}
