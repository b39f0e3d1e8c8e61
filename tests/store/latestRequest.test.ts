import { describe, expect, it } from 'vitest';
import { createLatestRequest } from '../../src/store/latestRequest';

describe('createLatestRequest', () => {
  it('keeps only the newest ticket current', () => {
    const latest = createLatestRequest();
    const first = latest.begin();
    expect(first.isLatest()).toBe(true);
    const second = latest.begin();
    expect(first.isLatest()).toBe(false);
    expect(second.isLatest()).toBe(true);
  });

  it('join takes a ticket for the newest request without superseding it', () => {
    const latest = createLatestRequest();
    const request = latest.begin();
    const joined = latest.join();
    expect([request.isLatest(), joined.isLatest()]).toEqual([true, true]);
    latest.begin();
    expect([request.isLatest(), joined.isLatest()]).toEqual([false, false]);
  });

  it('supersede makes every ticket stale, joined ones too, and later tickets are current again', () => {
    const latest = createLatestRequest();
    const before = latest.join();
    const request = latest.begin();
    latest.supersede();
    expect([before.isLatest(), request.isLatest()]).toEqual([false, false]);
    expect(latest.join().isLatest()).toBe(true);
    expect(latest.begin().isLatest()).toBe(true);
  });

  it('keeps separate sequences apart', () => {
    const loads = createLatestRequest();
    const analyses = createLatestRequest();
    const load = loads.begin();
    analyses.begin();
    analyses.supersede();
    expect(load.isLatest()).toBe(true);
  });
});
