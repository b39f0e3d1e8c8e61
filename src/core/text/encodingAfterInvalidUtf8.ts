import { detectLegacyEncoding } from './detectLegacyEncoding';
import { invalidUtf8Length, utf8SequenceAt } from './utf8';

/** Bytes before the first invalid UTF-8 sequence that the detection sample keeps, for context. */
export const SAMPLE_BEFORE = 16;
/** Bytes from the first invalid UTF-8 sequence on that the detection sample keeps. */
export const SAMPLE_AFTER = 64 * 1024;
/**
 * Non-ASCII characters before the first invalid sequence are counted up to this many: more can never
 * change the decision, since the sample cannot hold more invalid sequences than it has bytes.
 */
export const VALID_BEFORE_CAP = SAMPLE_AFTER + 1;

/**
 * The encoding of a file that is not valid UTF-8 (and has no BOM), decided from a sample of its bytes:
 * `sample` holds up to SAMPLE_BEFORE bytes before the first invalid sequence, which is at `invalidAt`,
 * and up to SAMPLE_AFTER bytes from it; `validBefore` counts the non-ASCII characters earlier in the
 * file (all valid UTF-8, capped at VALID_BEFORE_CAP).
 *
 * A file whose valid multi-byte UTF-8 characters outnumber its invalid sequences (in the sample and
 * before it) is UTF-8 with a few damaged bytes: reading it as 'utf-8' keeps every good character and
 * turns the damage into U+FFFD, where a legacy code page would garble them all. Any other file is given
 * to detectLegacyEncoding: in Windows-1252 text a capital with an accent followed by a quote (`É”`) is
 * valid UTF-8 by accident, hence a strict majority. Invalid sequences are counted as TextDecoder counts
 * its U+FFFD; one cut off by the end of the sample is not counted, unless it is the first.
 */
export function encodingAfterInvalidUtf8(sample: Uint8Array, invalidAt: number, validBefore: number): string {
  let valid = Math.min(validBefore, VALID_BEFORE_CAP);
  let invalid = 1;
  for (let at = invalidAt + invalidUtf8Length(sample, invalidAt); at < sample.length;) {
    if ((sample[at] ?? 0) < 0x80) {
      at++;
      continue;
    }
    const length = utf8SequenceAt(sample, at);
    if (length === -1) break;
    if (length === 0) {
      invalid++;
      at += invalidUtf8Length(sample, at);
    } else {
      valid++;
      at += length;
    }
  }
  return valid > invalid ? 'utf-8' : detectLegacyEncoding(sample);
}
