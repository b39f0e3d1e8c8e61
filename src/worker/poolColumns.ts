/**
 * The pool's copy of the feature columns, made once on the main thread. Where the page may share
 * memory (cross-origin isolated, as our own server sets it up) the copy is in SharedArrayBuffers:
 * every worker reads the same one, so posting it costs nothing and memory holds one copy, not one
 * per worker. Elsewhere each worker gets its own copy, transferred rather than cloned. At a million
 * rows x 6 columns the structured clone this replaces blocked the page for 0.6 to 1.9 s, and copying
 * them into shared memory here still took 41 to 157 ms: the table worker now makes them shared.
 */
import { canShareMemory, shareable, transferableBuffers } from './sharedColumns';

export interface PoolColumns {
  /** The columns to post to the worker numbered `index`, and the buffers to transfer with them. */
  forWorker(index: number): { readonly columns: Float64Array[]; readonly transfer: ArrayBuffer[] };
}

export function poolColumns(columns: readonly Float64Array[]): PoolColumns {
  if (canShareMemory()) {
    // The table worker hands the columns over already shared; only others are copied here.
    const shared = columns.map(shareable);
    return { forWorker: () => ({ columns: shared, transfer: [] }) };
  }
  return {
    forWorker() {
      const copies = columns.map((column) => column.slice());
      return { columns: copies, transfer: transferableBuffers(copies) };
    },
  };
}
