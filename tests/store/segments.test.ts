import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/createAppStore';
import { segmentNames, suggestedNames } from '../../src/store/segmentNames';
import { inProcessServices } from './fakeServices';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');
const file = (text: string): Blob => new Blob([text], { type: 'text/csv' });

async function loaded() {
  const services = inProcessServices();
  const store = createAppStore(services);
  await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
  return { store, services };
}

describe('segments in the store', () => {
  it('loads every numeric column for the profile, Age included', async () => {
    const { store } = await loaded();
    const names = store.getState().profileColumns.map((c) => c.name);
    expect(names).toEqual(['Age', 'Annual Income (k$)', 'Spending Score (1-100)']);
    expect(store.getState().profileColumns[0]?.values[0]).toBe(19);
  });

  it('loads text columns dictionary-encoded, and the profile from the table service for each k', async () => {
    const { store } = await loaded();
    const gender = store.getState().categoricalColumns[0];
    expect(gender?.name).toBe('Gender');
    expect(gender?.categories).toEqual(['Male', 'Female']);
    expect(Array.from(gender?.codes.slice(0, 3) ?? [])).toEqual([0, 0, 1]);
    await expect.poll(() => store.getState().profile?.k).toBe(5);
    const segments = store.getState().profile?.segments ?? [];
    expect(segments.map((p) => p.size)).toEqual([81, 39, 35, 23, 22]);
    expect(segments[0]?.categorical[0]?.name).toBe('Gender');
    store.getState().setK(3);
    await expect.poll(() => store.getState().profile?.k).toBe(3);
    expect(store.getState().profile?.segments).toHaveLength(3);
  });

  it('suggests names, lets the user rename one, and exports them as a Segment column', async () => {
    const { store } = await loaded();
    const suggested = suggestedNames(store.getState());
    expect(suggested).toContain('High income · High spending');
    const { blob: plain } = await store.getState().exportCsv();
    expect(Papa.parse<string[]>(await plain.text()).data[0]?.at(-1)).toBe('Cluster');

    store.getState().setSegmentName(1, 'VIPs');
    expect(segmentNames(store.getState())[1]).toBe('VIPs');
    expect(store.getState().includeSegmentColumn).toBe(true);
    const { blob } = await store.getState().exportCsv();
    const rows = Papa.parse<string[]>(await blob.text(), { skipEmptyLines: true }).data;
    expect(rows[0]?.slice(-2)).toEqual(['Cluster', 'Segment']);
    const vip = rows.filter((r) => r.at(-1) === 'VIPs');
    expect(vip).toHaveLength(store.getState().analysis?.byK[4]?.sizes[1] ?? -1);
    expect(new Set(vip.map((r) => r.at(-2)))).toEqual(new Set(['2']));

    // Names belong to a k: another k has its own suggestions, and clearing a name restores it.
    store.getState().setK(3);
    expect(segmentNames(store.getState())).not.toContain('VIPs');
    store.getState().setK(5);
    store.getState().setSegmentName(1, '  ');
    expect(segmentNames(store.getState())[1]).toBe(suggested[1]);
    store.getState().setSegmentName(0, 'Middle');
    store.getState().resetSegmentNames();
    expect(segmentNames(store.getState())).toEqual(suggested);
  });

  it('recomputes with a new seed or restart count, and the same seed gives the same clustering', async () => {
    const { store, services } = await loaded();
    const before = store.getState().analysis?.byK[4]?.rowLabels;
    store.getState().setSegmentName(0, 'Gone after recompute');
    await store.getState().setSeed(7);
    expect(store.getState().seed).toBe(7);
    expect(services.analyzeCalls.at(-1)?.seed).toBe(7);
    expect(store.getState().segmentNameEdits).toEqual({});
    await store.getState().setNInit(3);
    expect(services.analyzeCalls.at(-1)?.nInit).toBe(3);
    await store.getState().setSeed(42);
    await store.getState().setNInit(10);
    expect(Array.from(store.getState().analysis?.byK[4]?.rowLabels ?? [])).toEqual(Array.from(before ?? []));
    const calls = services.analyzeCalls.length;
    await store.getState().setSeed(-1);
    await store.getState().setNInit(0);
    expect(services.analyzeCalls.length).toBe(calls);
  });

  it('searches thoroughly by default; matching scikit-learn recomputes with exactly nInit restarts', async () => {
    const { store, services } = await loaded();
    expect(store.getState().matchSklearn).toBe(false);
    expect(services.analyzeCalls.at(-1)?.matchSklearn).toBe(false);
    const thorough = store.getState().analysis!.byK;
    expect(thorough[7]!.restarts).toBeGreaterThan(10);
    await store.getState().setMatchSklearn(true);
    expect(services.analyzeCalls.at(-1)?.matchSklearn).toBe(true);
    const exact = store.getState().analysis!.byK;
    expect(exact.every((r) => r.restarts === 10)).toBe(true);
    // scikit-learn's n_init = 10 misses the best k = 8 partition; the thorough search finds it.
    expect(exact[7]!.inertia).toBeGreaterThan(thorough[7]!.inertia);
    const calls = services.analyzeCalls.length;
    await store.getState().setMatchSklearn(true);
    expect(services.analyzeCalls.length).toBe(calls);
    // A new file keeps the choice.
    await store.getState().loadFile(file(SAMPLE), 'again.csv');
    expect(services.analyzeCalls.at(-1)?.matchSklearn).toBe(true);
  });

  it('computes silhouette and Calinski–Harabasz on request', async () => {
    const { store } = await loaded();
    expect(store.getState().quality.status).toBe('idle');
    const pending = store.getState().computeQuality();
    expect(store.getState().quality.status).toBe('computing');
    await pending;
    const quality = store.getState().quality;
    expect(quality.status).toBe('ready');
    if (quality.status === 'ready') expect(quality.byK[4]?.silhouette).toBeCloseTo(0.5547, 3);
  });
});
