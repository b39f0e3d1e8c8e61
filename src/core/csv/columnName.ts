/** A column's display name: its header as written, or "Column 3" where the header has no such field. */
export function columnName(header: readonly string[], index: number): string {
  return header[index] ?? `Column ${index + 1}`;
}
