import { afterEach, describe, expect, it, vi } from 'vitest';
import { poolColumns } from '../../src/worker/poolColumns';

const columns = [Float64Array.of(1, 2, Number.NaN), Float64Array.of(4, 5, 6)];

describe('poolColumns', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('cross-origin isolated: one shared copy every worker reads, nothing to transfer', () => {
    vi.stubGlobal('crossOriginIsolated', true);
    const pool = poolColumns(columns);
    const first = pool.forWorker(0);
    const second = pool.forWorker(1);
    expect(first.transfer).toEqual([]);
    expect(first.columns[0]?.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(second.columns[1]?.buffer).toBe(first.columns[1]?.buffer);
    expect(first.columns.map((c) => Array.from(c))).toEqual(columns.map((c) => Array.from(c)));
    // A copy: the store's own columns are never shared or changed.
    expect(first.columns[0]?.buffer).not.toBe(columns[0]?.buffer);
  });

  it('not isolated: a copy per worker, transferred, the original untouched', () => {
    vi.stubGlobal('crossOriginIsolated', false);
    const pool = poolColumns(columns);
    const first = pool.forWorker(0);
    const second = pool.forWorker(1);
    expect(first.transfer).toEqual(first.columns.map((c) => c.buffer));
    expect(first.columns[0]?.buffer).not.toBe(second.columns[0]?.buffer);
    expect(first.columns[0]?.buffer).not.toBe(columns[0]?.buffer);
    expect(second.columns.map((c) => Array.from(c))).toEqual(columns.map((c) => Array.from(c)));
  });
});
