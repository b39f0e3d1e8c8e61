/**
 * Row identifiers in one string: `packed` holds every id back to back and `ends[i]` is where id i ends,
 * so a million ids cross between threads as one string and one transferable buffer instead of a
 * million strings.
 */
export interface RowIds {
  readonly packed: string;
  readonly ends: Int32Array;
}

/** Where ids come from: a plain list (small tables), or packed ids; absent packed ids mean row numbers. */
export interface IdSource {
  readonly ids: readonly string[];
  /** null: the ids are the 1-based row numbers; undefined: use `ids`. */
  readonly rowIds?: RowIds | null;
}

/** The identifier text of one row (0-based), without building the whole list. */
export function idOf(source: IdSource, row: number): string {
  const packed = source.rowIds;
  if (packed === null) return String(row + 1);
  if (packed === undefined) return source.ids[row] ?? String(row + 1);
  const end = packed.ends[row];
  if (end === undefined) return String(row + 1);
  return packed.packed.slice(row === 0 ? 0 : (packed.ends[row - 1] ?? 0), end);
}

/** Packs ids; null when they are exactly the row numbers 1..n, which need no storage at all. */
export function packIds(ids: Iterable<string>): RowIds | null {
  const parts: string[] = [];
  const ends: number[] = [];
  let length = 0;
  let rowNumbers = true;
  for (const id of ids) {
    if (rowNumbers && id !== String(ends.length + 1)) rowNumbers = false;
    parts.push(id);
    length += id.length;
    ends.push(length);
  }
  return rowNumbers ? null : { packed: parts.join(''), ends: Int32Array.from(ends) };
}

/** The whole list, for callers that still take `string[]`; meant for small tables only. */
export function unpackIds(rowIds: RowIds | null, count: number): string[] {
  return Array.from({ length: count }, (_, row) => idOf({ ids: [], rowIds }, row));
}
