/**
 * The length of the UTF-8 sequence starting at `bytes[at]`: 1 to 4 when it is valid, 0 when it is
 * invalid (a stray continuation byte, an overlong form, a surrogate, past U+10FFFF), and -1 when it is a
 * valid beginning cut off by `end`. Follows the WHATWG UTF-8 decoder, so it agrees with TextDecoder.
 */
export function utf8SequenceAt(bytes: Uint8Array, at: number, end: number = bytes.length): number {
  const lead = bytes[at] ?? 0;
  if (lead < 0x80) return 1;
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) need = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    if (at + k >= end) return -1;
    const byte = bytes[at + k] ?? 0;
    if (byte < low || byte > high) return 0;
    low = 0x80;
    high = 0xbf;
  }
  return need + 1;
}

/**
 * How many bytes from `at` one U+FFFD stands for when `bytes[at]` begins an invalid sequence: the lead
 * byte and the continuation bytes that were still acceptable (WHATWG's "maximal subpart"), so counting
 * these gives the number of U+FFFD a UTF-8 TextDecoder writes.
 */
export function invalidUtf8Length(bytes: Uint8Array, at: number): number {
  let length = 1;
  while (length < 3 && at + length < bytes.length && utf8SequenceAt(bytes, at, at + length + 1) === -1)
    length++;
  return length;
}

/** Where UTF-8 stops being valid, and how many non-ASCII characters come before that point. */
export interface Utf8Scan {
  /** Index of the first invalid sequence, or -1 when there is none. */
  invalidAt: number;
  /** Characters above U+007F (each one a valid multi-byte sequence) from `from` up to invalidAt. */
  nonAscii: number;
}

/**
 * Scans `bytes` from `from` for the first invalid UTF-8 sequence. A sequence cut off by the end of the
 * bytes counts as invalid only when `final` (the file ends there); otherwise more bytes may complete it.
 */
export function scanUtf8(bytes: Uint8Array, from = 0, final = true): Utf8Scan {
  let nonAscii = 0;
  let at = from;
  while (at < bytes.length) {
    if ((bytes[at] ?? 0) < 0x80) {
      at++;
      continue;
    }
    const length = utf8SequenceAt(bytes, at);
    if (length === 0 || (length === -1 && final)) return { invalidAt: at, nonAscii };
    if (length === -1) break;
    nonAscii++;
    at += length;
  }
  return { invalidAt: -1, nonAscii };
}

/**
 * How many bytes at the end of `bytes` begin a sequence still waiting for its continuation bytes,
 * assuming everything before is valid UTF-8 (what a streaming decoder holds back): 0 to 3.
 */
export function pendingUtf8(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const at = bytes.length - back;
    const byte = bytes[at] ?? 0;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) return utf8SequenceAt(bytes, at) === -1 ? back : 0;
  }
  return 0;
}

/**
 * The number of characters above U+007F in `text`, counting at most up to `cap` (the caller only needs
 * to compare it with a bounded number, and the text may be a whole large file).
 */
export function countNonAscii(text: string, cap: number): number {
  const pattern = /[\u0080-\u{10ffff}]/gu;
  let count = 0;
  while (count < cap && pattern.exec(text) !== null) count++;
  return count;
}
