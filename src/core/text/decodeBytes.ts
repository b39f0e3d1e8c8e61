/**
 * Decodes a file's bytes the way a spreadsheet would open it: UTF-16 when it starts with a UTF-16
 * byte-order mark (Excel's "Unicode text" export), UTF-8 otherwise, dropping a UTF-8 BOM. Invalid
 * bytes become U+FFFD rather than throwing, so the parser can report them instead of crashing.
 */
export function decodeBytes(bytes: Uint8Array): string {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
