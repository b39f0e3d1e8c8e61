/**
 * The text that names each row on the scatter: the identifier column's cell when the table has one
 * (kept as written, so `0001` stays `0001`), otherwise the 1-based row number. The worker packs
 * the same ids without a row array (compactRowIds); this is the rule it is tested against.
 */
export function rowIdentifiers(
  rows: readonly (readonly string[])[],
  identifierColumn: number | null,
): string[] {
  return rows.map((row, i) => {
    const cell = identifierColumn === null ? undefined : row[identifierColumn];
    return cell !== undefined && cell.trim() !== '' ? cell.trim() : String(i + 1);
  });
}
