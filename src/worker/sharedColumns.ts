/**
 * Columns in memory that workers can share. Where the page may share memory (cross-origin isolated,
 * as our own server sets it up; Node always may) a column in a SharedArrayBuffer is posted to every
 * worker without a copy. Elsewhere columns are plain buffers, transferred rather than cloned.
 */

/** Whether SharedArrayBuffers can be made and posted here. */
export function canShareMemory(): boolean {
  return (
    typeof SharedArrayBuffer !== 'undefined' &&
    (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated !== false
  );
}

/** Whether `column` already lives in a SharedArrayBuffer. */
export function isShared(column: Float64Array): boolean {
  return typeof SharedArrayBuffer !== 'undefined' && column.buffer instanceof SharedArrayBuffer;
}

/** A new column of `length` in a SharedArrayBuffer where sharing is possible, else a plain one. */
export function newShareableColumn(length: number): Float64Array {
  return canShareMemory() ? new Float64Array(new SharedArrayBuffer(length * 8)) : new Float64Array(length);
}

/** `column` in a SharedArrayBuffer of its own (a copy), where sharing is possible; else `column`. */
export function shareable(column: Float64Array): Float64Array {
  if (!canShareMemory() || isShared(column)) return column;
  const copy = new Float64Array(new SharedArrayBuffer(column.byteLength));
  copy.set(column);
  return copy;
}

/** The buffers of `columns` a message may transfer: a shared buffer is posted as it is, never transferred. */
export function transferableBuffers(columns: readonly Float64Array[]): ArrayBuffer[] {
  return columns.filter((column) => !isShared(column)).map((column) => column.buffer as ArrayBuffer);
}
