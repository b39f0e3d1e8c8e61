import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/createAppStore';
import { selectChosen } from '../../src/store/selectChosen';
import type { AppState } from '../../src/store/state';
import { inProcessServices } from './fakeServices';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');
const file = (text: string): Blob => new Blob([text], { type: 'text/csv' });
const tick = (ms = 20): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The labeled download of the chosen k, parsed: header and rows. */
async function download(state: AppState): Promise<string[][]> {
  const { blob } = await state.exportCsv();
  return Papa.parse<string[]>(await blob.text(), { skipEmptyLines: true }).data;
}

const labels = (state: AppState): number[] => Array.from(selectChosen(state)?.rowLabels ?? []);

/** Services whose analyses wait while `held` is true, until `release` is called. */
function heldServices() {
  let release: () => void = () => {};
  const control = { held: false, release: () => release() };
  const services = inProcessServices({
    gate: () => (control.held ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()),
  });
  return { services, control };
}

describe('a bad file after a good one', () => {
  it('keeps the table, the analysis and its download, and names the bad file beside them', async () => {
    const store = createAppStore(inProcessServices());
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    const { analysis, table } = store.getState();
    await store.getState().loadFile(file(''), 'empty.csv');
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.analysis).toBe(analysis);
    expect(state.table).toBe(table);
    expect(state.error).toBeNull();
    expect(state.loadError?.fileName).toBe('empty.csv');
    expect(state.loadError?.message).toMatch(/empty/i);
    // The worker lost its table to the failed read and got it back: the download is whole.
    const rows = await download(state);
    expect(rows).toHaveLength(201);
    expect(rows[0]?.at(-1)).toBe('Cluster');
    expect(rows.slice(1).map((r) => Number(r.at(-1)) - 1)).toEqual(labels(state));
  });

  it('clears the error when a good file loads', async () => {
    const store = createAppStore(inProcessServices());
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    await store.getState().loadFile(file(''), 'empty.csv');
    await store.getState().loadFile(file('id,x,y\n1,1,1\n2,2,2\n3,10,10\n4,11,11\n'), 'small.csv');
    expect(store.getState().loadError).toBeNull();
    expect(store.getState().table?.fileName).toBe('small.csv');
    expect(store.getState().status).toBe('ready');
  });

  it('shows an analysis while the next file is read, and replaces it once that file is read', async () => {
    const store = createAppStore(inProcessServices());
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    const loading = store.getState().loadFile(file(SAMPLE), 'again.csv');
    expect(store.getState().status).toBe('parsing');
    expect(store.getState().table?.fileName).toBe('Mall_Customers.csv');
    expect(store.getState().analysis).not.toBeNull();
    await loading;
    expect(store.getState().table?.fileName).toBe('again.csv');
  });

  it('a first file that fails still shows only the error', async () => {
    const store = createAppStore(inProcessServices());
    await store.getState().loadFile(file(''), 'empty.csv');
    expect(store.getState().status).toBe('error');
    expect(store.getState().loadError).toBeNull();
    expect(store.getState().table).toBeNull();
  });
});

describe('Cancel, then Run again', () => {
  it('cancelling the read of a second file keeps the first analysis and its download', async () => {
    const store = createAppStore(inProcessServices());
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    const before = labels(store.getState());
    const loading = store.getState().loadFile(file(SAMPLE), 'second.csv');
    expect(store.getState().status).toBe('parsing');
    store.getState().cancel();
    await loading;
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.table?.fileName).toBe('Mall_Customers.csv');
    expect(state.cancelled).toBe('load');
    expect(state.notice).toMatch(/cancelled/i);
    const rows = await download(state);
    expect(rows.slice(1).map((r) => Number(r.at(-1)) - 1)).toEqual(before);

    await store.getState().runAgain();
    expect(store.getState().table?.fileName).toBe('second.csv');
    expect(store.getState().status).toBe('ready');
    expect(store.getState().cancelled).toBeNull();
    expect(labels(store.getState())).toEqual(before);
  });

  it('Run again after a cancelled analysis gives the labels an uninterrupted run gives', async () => {
    const reference = createAppStore(inProcessServices());
    await reference.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    await reference.getState().setSeed(7);
    await reference.getState().setNInit(3);

    const { services, control } = heldServices();
    const store = createAppStore(services);
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    await store.getState().setNInit(3);
    control.held = true;
    const running = store.getState().setSeed(7);
    await tick();
    expect(store.getState().status).toBe('computing');
    store.getState().cancel();
    control.release();
    await running;
    expect(store.getState().status).toBe('ready');
    expect(store.getState().cancelled).toBe('analysis');
    // The settings of the cancelled run stay, for Run again to use.
    expect([store.getState().seed, store.getState().nInit]).toEqual([7, 3]);

    control.held = false;
    await store.getState().runAgain();
    expect(store.getState().cancelled).toBeNull();
    expect(store.getState().k).toBe(reference.getState().k);
    expect(labels(store.getState())).toEqual(labels(reference.getState()));
    expect(await download(store.getState())).toEqual(await download(reference.getState()));
  });

  it('cancelling an analysis of other columns puts back the columns on screen; Run again clusters the new ones', async () => {
    const { services, control } = heldServices();
    const store = createAppStore(services);
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    const { features, featureValues, analysis } = store.getState();
    expect(features).toEqual([3, 4]);
    control.held = true;
    const running = store.getState().setFeatures([2, 3, 4]);
    await tick();
    expect(store.getState().status).toBe('computing');
    expect(store.getState().features).toEqual([2, 3, 4]);
    // While it computes, the results keep describing the columns they clustered.
    expect(store.getState().featureValues).toBe(featureValues);
    expect(store.getState().clusteredFeatures).toEqual([3, 4]);
    store.getState().cancel();
    control.release();
    await running;
    const cancelled = store.getState();
    expect(cancelled.cancelled).toBe('analysis');
    expect(cancelled.analysis).toBe(analysis);
    expect(cancelled.features).toEqual([3, 4]);
    expect(cancelled.featureValues).toBe(featureValues);
    expect((await download(cancelled))[0]?.at(-1)).toBe('Cluster');

    control.held = false;
    await store.getState().runAgain();
    const again = store.getState();
    expect(again.status).toBe('ready');
    expect(again.features).toEqual([2, 3, 4]);
    expect(again.clusteredFeatures).toEqual([2, 3, 4]);
    expect(again.featureValues).toHaveLength(3);
    expect(again.analysis?.mean).toHaveLength(3);
  });

  it('Run again after the first analysis of a file was cancelled clusters it', async () => {
    const { services, control } = heldServices();
    control.held = true;
    const store = createAppStore(services);
    const loading = store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    await tick();
    store.getState().cancel();
    control.release();
    await loading;
    expect(store.getState().analysis).toBeNull();
    expect(store.getState().cancelled).toBe('analysis');
    control.held = false;
    await store.getState().runAgain();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().k).toBe(5);
  });
});

describe('revealing the results', () => {
  it('counts a newly loaded file and Run again, not a change of k or seed', async () => {
    const store = createAppStore(inProcessServices());
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    expect(store.getState().revealResults).toBe(1);
    store.getState().setK(6);
    await store.getState().setSeed(3);
    expect(store.getState().revealResults).toBe(1);
    await store.getState().loadFile(file(''), 'empty.csv');
    expect(store.getState().revealResults).toBe(1);
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    expect(store.getState().revealResults).toBe(2);
  });
});
