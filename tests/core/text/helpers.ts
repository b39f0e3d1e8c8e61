import { createTextDecoder } from '../../../src/core/text/createTextDecoder';
import { decodeBytes } from '../../reference/text/decodeBytes';
import { decodeStream } from '../../../src/core/text/decodeStream';
import type { DecodedText, DecodeOptions } from '../../../src/core/text/encodings';

/** An encoder for a single-byte encoding, from the table its decoder gives for bytes 0..255. */
export function singleByteEncoder(encoding: string): (text: string) => Uint8Array<ArrayBuffer> {
  const table = new Map<string, number>();
  [...createTextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, byte) => byte))].forEach(
    (char, byte) => {
      if (!table.has(char)) table.set(char, byte);
    },
  );
  return (text) =>
    Uint8Array.from([...text], (char) => {
      const byte = table.get(char);
      if (byte === undefined) throw new Error(`${encoding} cannot encode ${JSON.stringify(char)}`);
      return byte;
    });
}

/** Splits bytes at the given cut points (taken modulo the length, sorted, deduplicated). */
export function chunked(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const at of [...points, bytes.length]) {
    chunks.push(bytes.subarray(from, at));
    from = at;
  }
  return chunks;
}

/** Decodes whole and in chunks, checks that both give the same, and returns it. */
export async function decodeBoth(
  bytes: Uint8Array,
  cuts: readonly number[] = [],
  options: DecodeOptions = {},
): Promise<DecodedText> {
  const whole = decodeBytes(bytes, options);
  const streamed = await decodeStream(() => chunked(bytes, cuts), undefined, options);
  if (JSON.stringify(streamed) !== JSON.stringify(whole)) {
    throw new Error(
      `decodeStream ${JSON.stringify(streamed)} differs from decodeBytes ${JSON.stringify(whole)}`,
    );
  }
  return whole;
}
