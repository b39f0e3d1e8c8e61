import type { AsyncBuffer } from 'hyparquet';

/** A Blob (a dropped File) as hyparquet's AsyncBuffer: each slice read on demand, never the whole file at once. */
export function blobAsyncBuffer(blob: Blob): AsyncBuffer {
  return {
    byteLength: blob.size,
    slice: (start, end) => blob.slice(start, end).arrayBuffer(),
  };
}
