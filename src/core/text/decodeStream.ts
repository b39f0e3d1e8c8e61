import { createTextDecoder, type TextDecoderLike } from './createTextDecoder';
import { bomEncoding, requireEncoding, type DecodeOptions, type DecodedText } from './encodings';
import {
  encodingAfterInvalidUtf8,
  SAMPLE_AFTER,
  SAMPLE_BEFORE,
  VALID_BEFORE_CAP,
} from './encodingAfterInvalidUtf8';
import { countNonAscii, pendingUtf8, scanUtf8 } from './utf8';

/** Opens a file's bytes as chunks; called again to read the file a second time. */
export type OpenChunks = () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** Where a file stopped being UTF-8, with what detection needs (see encodingAfterInvalidUtf8). */
interface InvalidUtf8 {
  sample: Uint8Array;
  invalidAt: number;
  validBefore: number;
}

// Bytes kept from the end of what was already decoded: the context of the sample plus the up to three
// bytes of a character the decoder still holds back.
const KEEP = SAMPLE_BEFORE + 3;

/**
 * Decodes a file arriving in byte chunks to exactly what the reference decodeBytes (tests/reference)
 * gives for the whole file (text,
 * encoding and source), without holding the file's bytes: `open` is called once, and a second time
 * only when a byte turns out not to be valid UTF-8: reading stops once the detection sample (up to 64 KiB
 * from that byte) is in, and the file is read again in the encoding decided from it. A character split across chunks is kept whole. `onBytes(done)` is called after each chunk with the bytes
 * read so far; on a second reading the count starts again from 0. `options.encoding` forces an encoding
 * (one reading); an unknown label rejects with a RangeError before anything is read.
 */
export async function decodeStream(
  open: OpenChunks,
  onBytes?: (done: number) => void,
  options: DecodeOptions = {},
): Promise<DecodedText> {
  if (options.encoding !== undefined) {
    const encoding = requireEncoding(options.encoding);
    return {
      text: await decodeAll(open(), createTextDecoder(encoding), onBytes),
      encoding,
      source: 'forced',
    };
  }
  const first = await readAsUtf8(open(), onBytes);
  if ('text' in first) return first;
  const encoding = encodingAfterInvalidUtf8(first.sample, first.invalidAt, first.validBefore);
  return {
    text: await decodeAll(open(), createTextDecoder(encoding), onBytes),
    encoding,
    source: encoding === 'utf-8' ? 'utf-8' : 'detected',
  };
}

/** Decodes every chunk with `decoder`, invalid bytes as U+FFFD. */
async function decodeAll(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  decoder: TextDecoderLike,
  onBytes?: (done: number) => void,
): Promise<string> {
  const parts: string[] = [];
  let done = 0;
  for await (const chunk of chunks) {
    done += chunk.length;
    parts.push(decoder.decode(chunk, { stream: true }));
    onBytes?.(done);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * The first reading: the whole text when the file has a BOM or is valid UTF-8, otherwise the sample
 * around its first invalid sequence (reading stops once the sample is full).
 */
async function readAsUtf8(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onBytes?: (done: number) => void,
): Promise<DecodedText | InvalidUtf8> {
  const parts: string[] = [];
  let reader: Reader | null = null;
  let head: Uint8Array = new Uint8Array(0); // the first bytes, until there are enough to look for a BOM
  let kept: Uint8Array = new Uint8Array(0); // the last KEEP bytes given to the decoder
  let found: Found | null = null;
  let done = 0;

  for await (const chunk of chunks) {
    done += chunk.length;
    onBytes?.(done);
    if (found !== null) {
      found.sample.push(chunk);
      found.length += chunk.length;
      if (found.length >= found.invalidAt + SAMPLE_AFTER) break;
      continue;
    }
    let bytes = chunk;
    if (reader === null) {
      head = concat([head, chunk]);
      if (head.length < 3) continue;
      reader = openReader(head);
      bytes = head;
    }
    try {
      parts.push(reader.decoder.decode(bytes, { stream: true }));
    } catch {
      found = locateInvalid(parts, kept, bytes);
      parts.length = 0; // the text so far is of no further use, and may be most of a large file
      if (found.length >= found.invalidAt + SAMPLE_AFTER) break;
      continue;
    }
    kept = bytes.length >= KEEP ? bytes.slice(-KEEP) : concat([kept, bytes]).slice(-KEEP);
  }

  if (found === null) {
    // A file shorter than a UTF-8 BOM is decoded here in one piece.
    const last = reader === null ? head : new Uint8Array(0);
    reader ??= openReader(head);
    try {
      parts.push(reader.decoder.decode(last));
      return { text: parts.join(''), encoding: reader.encoding, source: reader.source };
    } catch {
      // The file ends inside a character, or is a few invalid bytes.
      found = locateInvalid(parts, kept, last);
    }
  }
  const sample = concat(found.sample).subarray(0, found.invalidAt + SAMPLE_AFTER);
  return { sample, invalidAt: found.invalidAt, validBefore: found.validBefore };
}

interface Reader {
  decoder: TextDecoder;
  encoding: string;
  source: 'bom' | 'utf-8';
}

/** The sample being gathered after the first invalid sequence, in pieces. */
interface Found {
  sample: Uint8Array[];
  length: number;
  invalidAt: number;
  validBefore: number;
}

/** How to read a file starting with `head`: by its BOM, or as strict UTF-8. */
function openReader(head: Uint8Array): Reader {
  const bom = bomEncoding(head);
  if (bom !== null) return { decoder: new TextDecoder(bom), encoding: bom, source: 'bom' };
  return { decoder: new TextDecoder('utf-8', { fatal: true }), encoding: 'utf-8', source: 'utf-8' };
}

/**
 * Finds the first invalid sequence once the strict decoder has thrown on `bytes`: `parts` is the text
 * decoded before them and `kept` the last bytes decoded, whose tail the decoder may still have held.
 */
function locateInvalid(parts: readonly string[], kept: Uint8Array, bytes: Uint8Array): Found {
  let validBefore = 0;
  for (const part of parts) {
    if (validBefore >= VALID_BEFORE_CAP) break;
    validBefore += countNonAscii(part, VALID_BEFORE_CAP - validBefore);
  }
  const joined = concat([kept, bytes]);
  const from = kept.length - pendingUtf8(kept);
  const scan = scanUtf8(joined, from, true);
  // The strict decoder and scanUtf8 follow the same rules, so the scan always finds the sequence.
  const invalidAt = scan.invalidAt < 0 ? from : scan.invalidAt;
  const start = Math.max(0, invalidAt - SAMPLE_BEFORE);
  const sample = joined.subarray(start);
  return {
    sample: [sample],
    length: sample.length,
    invalidAt: invalidAt - start,
    validBefore: validBefore + scan.nonAscii,
  };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The chunks of a Blob's byte stream, as an async iterable (ReadableStream iteration is not everywhere yet). */
export async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
