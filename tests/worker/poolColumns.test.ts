import { afterEach, describe, expect, it, vi } from 'vitest';
import { poolColumns } from '../../src/worker/poolColumns';
import { isShared, newShareableColumn, shareable, transferableBuffers } from '../../src/worker/sharedColumns';

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

  it('cross-origin isolated: columns the table worker already shared are posted as they are, not copied', () => {
    vi.stubGlobal('crossOriginIsolated', true);
    const shared = columns.map(shareable);
    const pool = poolColumns(shared);
    const first = pool.forWorker(0);
    expect(first.transfer).toEqual([]);
    expect(first.columns.map((c) => c.buffer)).toEqual(shared.map((c) => c.buffer));
    expect(first.columns[0]).toBe(shared[0]);
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

describe('sharedColumns', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shares a copy where memory can be shared, and never lists a shared buffer to transfer', () => {
    vi.stubGlobal('crossOriginIsolated', true);
    const plain = Float64Array.of(1.5, Number.NaN, -0);
    const shared = shareable(plain);
    expect(isShared(shared)).toBe(true);
    expect(isShared(plain)).toBe(false);
    expect(Array.from(shared)).toEqual(Array.from(plain));
    expect(Object.is(shared[2], -0)).toBe(true);
    expect(shareable(shared)).toBe(shared);
    expect(transferableBuffers([shared, plain])).toEqual([plain.buffer]);
    expect(isShared(newShareableColumn(3))).toBe(true);
    expect(newShareableColumn(3)).toHaveLength(3);
  });

  it('leaves columns as they are where the page is not cross-origin isolated', () => {
    vi.stubGlobal('crossOriginIsolated', false);
    const plain = Float64Array.of(1, 2);
    expect(shareable(plain)).toBe(plain);
    expect(transferableBuffers([plain])).toEqual([plain.buffer]);
    expect(isShared(newShareableColumn(2))).toBe(false);
    expect(newShareableColumn(2)).toHaveLength(2);
  });
});
