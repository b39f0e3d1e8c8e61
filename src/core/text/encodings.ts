/** How the encoding of a decoded file was decided. */
export type EncodingSource =
  /** A byte-order mark at the start of the file (UTF-8, UTF-16 LE or UTF-16 BE). */
  | 'bom'
  /**
   * No BOM, read as UTF-8: every byte is valid UTF-8 (pure ASCII and an empty file included), or a few
   * bytes are damaged among more valid UTF-8 characters; those bytes become U+FFFD, which the parser
   * reports (see encodingAfterInvalidUtf8).
   */
  | 'utf-8'
  /** Not UTF-8: a legacy encoding decided from the bytes (see detectLegacyEncoding). */
  | 'detected'
  /** The caller named the encoding, overriding detection. */
  | 'forced';

/** A file's text together with the encoding it was read in. */
export interface DecodedText {
  text: string;
  /** The canonical WHATWG name of the encoding used, e.g. 'utf-8', 'utf-16le', 'windows-1252'. */
  encoding: string;
  source: EncodingSource;
}

/** Options shared by decodeBytes and decodeStream. */
export interface DecodeOptions {
  /** A WHATWG encoding label ('windows-1252', 'latin1', 'utf-8', …) that overrides detection. */
  encoding?: string;
}

/** One entry of the "Read as…" choice: a WHATWG label and the name a person recognises. */
export interface EncodingChoice {
  label: string;
  name: string;
}

/**
 * The encodings offered for reading a file by hand, UTF-8 first, then the single-byte code pages that
 * spreadsheets on Windows and older Macs save CSV files in, then the East Asian multi-byte ones, which
 * detection never guesses. Every label is canonical (isSupportedEncoding holds for all).
 */
export const ENCODING_CHOICES: readonly EncodingChoice[] = [
  { label: 'utf-8', name: 'Unicode (UTF-8)' },
  { label: 'windows-1252', name: 'Western (Windows-1252)' },
  { label: 'macintosh', name: 'Western (Mac OS Roman)' },
  { label: 'windows-1250', name: 'Central European (Windows-1250)' },
  { label: 'iso-8859-2', name: 'Central European (ISO-8859-2)' },
  { label: 'windows-1251', name: 'Cyrillic (Windows-1251)' },
  { label: 'windows-1253', name: 'Greek (Windows-1253)' },
  { label: 'windows-1254', name: 'Turkish (Windows-1254)' },
  { label: 'shift_jis', name: 'Japanese (Shift_JIS)' },
  { label: 'gbk', name: 'Chinese Simplified (GBK)' },
  { label: 'big5', name: 'Chinese Traditional (Big5)' },
  { label: 'euc-kr', name: 'Korean (EUC-KR)' },
];

/**
 * The canonical WHATWG name for an encoding label (case and surrounding spaces ignored, so 'Latin1'
 * gives 'windows-1252'), or null when TextDecoder does not know the label. The 'replacement' encoding
 * (labels such as 'iso-2022-kr') counts as unknown: it decodes any file to a single U+FFFD.
 */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Whether `label` names an encoding that decodeBytes and decodeStream can be forced to read in. */
export function isSupportedEncoding(label: string): boolean {
  return canonicalEncoding(label) !== null;
}

/** The canonical name for a forced encoding label; throws a RangeError naming the label when unknown. */
export function requireEncoding(label: string): string {
  const encoding = canonicalEncoding(label);
  if (encoding === null) {
    throw new RangeError(
      `Unknown text encoding "${label}": use a WHATWG encoding label such as "utf-8" or "windows-1252".`,
    );
  }
  return encoding;
}

/**
 * The encoding a byte-order mark at the start of `head` names, or null without one. Needs the first
 * three bytes when the file has them (a UTF-8 BOM is three bytes long).
 */
export function bomEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  const [b0, b1, b2] = head;
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  return null;
}
