import { createTextDecoder } from '../../../src/core/text/createTextDecoder';
import {
  bomEncoding,
  requireEncoding,
  type DecodeOptions,
  type DecodedText,
} from '../../../src/core/text/encodings';
import {
  encodingAfterInvalidUtf8,
  SAMPLE_AFTER,
  SAMPLE_BEFORE,
} from '../../../src/core/text/encodingAfterInvalidUtf8';
import { scanUtf8 } from '../../../src/core/text/utf8';

/**
 * Decodes a whole file's bytes the way a spreadsheet would open it: by its byte-order mark when it has
 * one (UTF-8, or UTF-16 as Excel's "Unicode text" export), as UTF-8 when every byte is valid UTF-8, and
 * otherwise in the encoding encodingAfterInvalidUtf8 decides (Windows-1252 for a typical Excel export
 * from a Western locale). `options.encoding` overrides all of that; an unknown label throws a
 * RangeError. A BOM is dropped when it matches the encoding; bytes the encoding cannot read become
 * U+FFFD rather than throwing, so the parser can report them. Gives exactly what decodeStream gives.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (options.encoding !== undefined) {
    const encoding = requireEncoding(options.encoding);
    return { text: createTextDecoder(encoding).decode(bytes), encoding, source: 'forced' };
  }
  const bom = bomEncoding(bytes);
  if (bom !== null) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, source: 'bom' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      source: 'utf-8',
    };
  } catch {
    // Not UTF-8: find where, and decide from the bytes around that point.
  }
  const { invalidAt, nonAscii } = scanUtf8(bytes);
  const start = Math.max(0, invalidAt - SAMPLE_BEFORE);
  const sample = bytes.subarray(start, invalidAt + SAMPLE_AFTER);
  const encoding = encodingAfterInvalidUtf8(sample, invalidAt - start, nonAscii);
  return {
    text: createTextDecoder(encoding).decode(bytes),
    encoding,
    source: encoding === 'utf-8' ? 'utf-8' : 'detected',
  };
}
