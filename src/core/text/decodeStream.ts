/**
 * Decodes a file arriving in byte chunks exactly as decodeBytes decodes it whole: UTF-16 when the first
 * bytes are a UTF-16 byte-order mark, UTF-8 otherwise (BOM dropped), invalid bytes as U+FFFD. A
 * character split across two chunks is kept whole (the decoder's stream mode holds the partial bytes).
 * `onBytes(done)` is called after each chunk with the bytes read so far.
 */
export async function decodeStream(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onBytes?: (done: number) => void,
): Promise<string> {
  let decoder: TextDecoder | null = null;
  // The encoding is chosen on the first two bytes, which may arrive in two chunks.
  let head = new Uint8Array(0);
  const parts: string[] = [];
  let done = 0;
  for await (const chunk of chunks) {
    done += chunk.length;
    let bytes = chunk;
    if (decoder === null) {
      const joined = new Uint8Array(head.length + chunk.length);
      joined.set(head);
      joined.set(chunk, head.length);
      if (joined.length < 2) {
        head = joined;
        onBytes?.(done);
        continue;
      }
      decoder = new TextDecoder(encodingOf(joined));
      bytes = joined;
    }
    parts.push(decoder.decode(bytes, { stream: true }));
    onBytes?.(done);
  }
  if (decoder === null) return new TextDecoder(encodingOf(head)).decode(head);
  parts.push(decoder.decode());
  return parts.join('');
}

function encodingOf(bytes: Uint8Array): string {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return 'utf-8';
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
