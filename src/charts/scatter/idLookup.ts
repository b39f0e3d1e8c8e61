/**
 * How the charts read row identifiers. Deliberately the smallest shape a caller can satisfy: a plain
 * `string[]` does, and so does a packed store of a million ids that decodes one id on demand, so the
 * charts never force a huge table to be copied into an array of strings.
 */
export interface IdLookup {
  readonly length: number;
  at(row: number): string | undefined;
}

/** The id of a row for display, falling back to the 1-based row number when the caller has none. */
export function idAt(ids: IdLookup, row: number): string {
  return ids.at(row) ?? String(row + 1);
}
