import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/createAppStore';
import { inProcessServices } from './fakeServices';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');
const file = (text: string): Blob => new Blob([text], { type: 'text/csv' });

describe('the app store', () => {
  it('loads a file, clusters it, and starts k at the suggested elbow', async () => {
    const store = createAppStore(inProcessServices());
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.table?.rowCount).toBe(200);
    expect(state.features).toEqual([3, 4]);
    expect(state.featureValues[0]?.[0]).toBe(15);
    expect(state.analysis?.byK).toHaveLength(10);
    expect(state.k).toBe(5);
    expect(state.table?.ids.slice(0, 3)).toEqual(['1', '2', '3']);
  });

  it('loads the bundled sample on request', async () => {
    const store = createAppStore(inProcessServices({ sample: SAMPLE }));
    await store.getState().loadSample();
    expect(store.getState().table?.fileName).toBe('Mall_Customers.csv');
    expect(store.getState().status).toBe('ready');
  });

  it('loads the sample in four table-worker requests: the feature columns come with the table', async () => {
    const services = inProcessServices({ sample: SAMPLE });
    const store = createAppStore(services);
    await store.getState().loadSample();
    await expect.poll(() => store.getState().profile).not.toBeNull();
    expect(services.tableRequests).toEqual(['load', 'profile', 'columns', 'categories']);
    expect(store.getState().featureValues.map((c) => c.length)).toEqual([200, 200]);
    // Other columns chosen later are asked for as before.
    await store.getState().setFeatures([2, 4]);
    expect(services.tableRequests[4]).toBe('columns');
    expect(store.getState().featureValues[0]?.[0]).toBe(19);
  });

  it('clamps k to the computed range and exports the chosen k', async () => {
    const store = createAppStore(inProcessServices());
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    store.getState().setK(42);
    expect(store.getState().k).toBe(10);
    store.getState().setK(0);
    expect(store.getState().k).toBe(1);
    store.getState().setK(3);
    const { blob, fileName } = await store.getState().exportCsv();
    expect(fileName).toBe('Customer_Clusters_Annual_Income_Spending.csv');
    const rows = Papa.parse<string[]>(await blob.text(), { skipEmptyLines: true }).data;
    expect(rows[0]?.at(-1)).toBe('Cluster');
    expect(new Set(rows.slice(1).map((r) => r.at(-1)))).toEqual(new Set(['1', '2', '3']));
  });

  it('keeps a k the user chose when the analysis is recomputed', async () => {
    const store = createAppStore(inProcessServices());
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    store.getState().setK(7);
    await store.getState().setMissingPolicy('mean');
    expect(store.getState().k).toBe(7);
    expect(store.getState().missing).toBe('mean');
  });

  it('reports a file it cannot read and recovers with the next one', async () => {
    const store = createAppStore(inProcessServices());
    await store.getState().loadFile(file(''), 'empty.csv');
    expect(store.getState().status).toBe('error');
    expect(store.getState().error?.message.length).toBeGreaterThan(10);
    await store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    expect(store.getState().status).toBe('ready');
    expect(store.getState().error).toBeNull();
  });

  it('says so when there are fewer than two numeric columns', async () => {
    const store = createAppStore(inProcessServices());
    await store.getState().loadFile(file('name,city\nAda,London\nGrace,Arlington\n'), 'people.csv');
    expect(store.getState().status).toBe('error');
    expect(store.getState().error?.code).toBe('too-few-numeric-columns');
    expect(store.getState().table?.rowCount).toBe(2);
  });

  it('drops the result of an older file when a newer one was dropped meanwhile', async () => {
    let release: () => void = () => {};
    let calls = 0;
    const services = inProcessServices({
      gate: () => {
        calls += 1;
        // Only the first analysis waits, so the second file finishes first.
        return calls === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
    });
    const store = createAppStore(services);
    const first = store.getState().loadFile(file(SAMPLE), 'first.csv');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const small = 'id,x,y\n1,1,1\n2,2,2\n3,10,10\n4,11,11\n';
    await store.getState().loadFile(file(small), 'second.csv');
    release();
    await first;
    expect(store.getState().table?.fileName).toBe('second.csv');
    expect(store.getState().table?.rowCount).toBe(4);
    expect(store.getState().analysis?.byK.at(-1)?.rowLabels.length).toBe(4);
  });

  it('cancel stops a running analysis and says so', async () => {
    let release: () => void = () => {};
    const services = inProcessServices({ gate: () => new Promise<void>((resolve) => (release = resolve)) });
    const store = createAppStore(services);
    const loading = store.getState().loadFile(file(SAMPLE), 'Mall_Customers.csv');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().status).toBe('computing');
    store.getState().cancel();
    release();
    await loading;
    expect(store.getState().status).toBe('idle');
    expect(store.getState().notice).toMatch(/cancelled/i);
    expect(store.getState().analysis).toBeNull();
  });
});
