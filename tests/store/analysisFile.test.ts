import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analysisFileText, sealAnalysisFile } from '../../src/core/analysisFile/checksum';
import type { AnalysisFile } from '../../src/core/analysisFile/format';
import { createAppStore } from '../../src/store/createAppStore';
import { selectChosen } from '../../src/store/selectChosen';
import type { AppState } from '../../src/store/state';
import { inProcessServices } from './fakeServices';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');
const csv = (text: string, name = 'Mall_Customers.csv'): File => new File([text], name, { type: 'text/csv' });
const json = (text: string, name = 'customer-segments-analysis.json'): File =>
  new File([text], name, { type: 'application/json' });

const parse = async (blob: Blob): Promise<string[][]> =>
  Papa.parse<string[]>((await blob.text()).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

/** The Mall analysis with segment 1 renamed and k = 4, saved; the store it was made in. */
async function savedMall() {
  const store = createAppStore(inProcessServices());
  await store.getState().loadFile(csv(SAMPLE), 'Mall_Customers.csv');
  store.getState().setK(4);
  store.getState().setSegmentName(0, 'Core customers');
  const { blob, fileName } = await store.getState().saveAnalysis();
  return { store, text: await blob.text(), fileName };
}

/** What a person sees of the page, to compare before and after. */
const page = (state: AppState) => ({
  status: state.status,
  table: state.table,
  analysis: state.analysis,
  k: state.k,
  features: state.features,
  edits: state.segmentNameEdits,
  open: state.openAnalysis,
  scoring: state.scoring,
});

describe('save and open an analysis file', () => {
  it('saves the shown analysis: input identity, settings, segments, checksum', async () => {
    const { text, fileName } = await savedMall();
    expect(fileName).toBe('customer-segments-analysis.json');
    const file = JSON.parse(text);
    expect(file.input).toMatchObject({
      fileName: 'Mall_Customers.csv',
      byteSize: SAMPLE.length,
      rowCount: 200,
    });
    expect(file.input.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(file.features).toEqual(['Annual Income (k$)', 'Spending Score (1-100)']);
    // The thorough search: k = 4's best is found 5 times within two rounds of 10 on Mall.
    expect(file.kmeans).toMatchObject({ k: 4, seed: 42, restarts: 20, maxIter: 300, tol: 0.0001 });
    expect(file.segments[0].name).toBe('Core customers');
    expect(file.app).toEqual({ name: 'customer-segments', version: '0.1.0' });
  });

  it('restores the page from the file and its CSV: same columns, k, names, labels and download', async () => {
    const { store: before, text } = await savedMall();
    const { blob: wanted } = await before.getState().exportCsv();
    const store = createAppStore(inProcessServices());
    await store.getState().openFiles([json(text), csv(SAMPLE)]);
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.k).toBe(4);
    expect(state.openAnalysis?.restored?.difference).toBeNull();
    expect(Array.from(selectChosen(state)?.rowLabels ?? [])).toEqual(
      Array.from(selectChosen(before.getState())?.rowLabels ?? []),
    );
    expect(state.segmentNameEdits).toEqual({ 4: { 0: 'Core customers' } });
    expect(state.includeSegmentColumn).toBe(true);
    const { blob } = await state.exportCsv();
    expect(await blob.text()).toBe(await wanted.text());
  });

  it('restores a thorough search as it ran: the same elbow and, at k = 8 (558 restarts), the same labels', async () => {
    const before = createAppStore(inProcessServices());
    await before.getState().loadFile(csv(SAMPLE), 'Mall_Customers.csv');
    before.getState().setK(8);
    const { blob } = await before.getState().saveAnalysis();
    const text = await blob.text();
    expect(JSON.parse(text).kmeans.search).toEqual({ mode: 'thorough', firstRestarts: 10, refine: true });
    const store = createAppStore(inProcessServices());
    await store.getState().openFiles([json(text), csv(SAMPLE)]);
    const state = store.getState();
    expect(state.openAnalysis?.restored?.difference).toBeNull();
    expect(state.matchSklearn).toBe(false);
    expect(state.nInit).toBe(10);
    const inertias = (s: AppState) => s.analysis?.byK.map((c) => [c.inertia, c.restarts]);
    expect(inertias(state)).toEqual(inertias(before.getState()));
    expect(Array.from(selectChosen(state)?.rowLabels ?? [])).toEqual(
      Array.from(selectChosen(before.getState())?.rowLabels ?? []),
    );
  });

  it('restores a file saved before refinement without it, until a setting is changed', async () => {
    const { text } = await savedMall();
    const saved = JSON.parse(text) as Record<string, unknown>;
    delete saved['checksum'];
    const unsealed = saved as Omit<AnalysisFile, 'checksum'>;
    const search = { mode: 'thorough' as const, firstRestarts: 10 }; // as files were saved before refinement
    const older = analysisFileText(
      await sealAnalysisFile({ ...unsealed, kmeans: { ...unsealed.kmeans, search } }),
    );
    const store = createAppStore(inProcessServices());
    await store.getState().openFiles([json(older), csv(SAMPLE)]);
    expect(store.getState().openAnalysis?.restored?.difference).toBeNull();
    expect(store.getState()).toMatchObject({ matchSklearn: false, refine: false });
    expect(store.getState().analysis?.byK.every((c) => c.refined === null)).toBe(true);
    const resaved = JSON.parse(await (await store.getState().saveAnalysis()).blob.text());
    expect(resaved.kmeans.search).toEqual({ mode: 'thorough', firstRestarts: 10, refine: false });
    await store.getState().setSeed(43);
    expect(store.getState().refine).toBe(true);
  });

  it('opened alone, shows the saved segments and waits; the CSV then restores it', async () => {
    const { text } = await savedMall();
    const store = createAppStore(inProcessServices());
    await store.getState().openFiles([json(text)]);
    expect(store.getState().openAnalysis?.file.segments).toHaveLength(4);
    expect(store.getState().table).toBeNull();
    await store.getState().openFiles([csv(SAMPLE)]);
    expect(store.getState().openAnalysis?.restored?.difference).toBeNull();
    expect(store.getState().k).toBe(4);
  });

  it('scores a different CSV against the saved segments, no re-fit, and labels its download', async () => {
    const { text } = await savedMall();
    const store = createAppStore(inProcessServices());
    await store.getState().openFiles([json(text)]);
    // Next month: the same columns in another order, two customers, one far from every segment.
    const march =
      'Spending Score (1-100),CustomerID,Annual Income (k$)\n80,A1,120\n50,A2,60\n5,A3,900\n50,A4,\n';
    await store.getState().openFiles([csv(march, 'march.csv')]);
    const state = store.getState();
    expect(state.analysis).toBeNull();
    expect(state.scoring?.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(state.scoring?.unscored).toBe(1);
    expect(state.scoring?.unlike.map((u) => u.id)).toEqual(['A3']);
    const { blob, fileName } = await state.exportScored();
    expect(fileName).toBe('Customer_Clusters_Annual_Income_Spending.csv');
    const rows = await parse(blob);
    expect(rows[0]).toEqual([
      'Spending Score (1-100)',
      'CustomerID',
      'Annual Income (k$)',
      'Cluster',
      'Segment',
    ]);
    expect(rows.map((r) => r.slice(0, 3))).toEqual(
      march
        .trim()
        .split('\n')
        .map((l) => l.split(',')),
    );
    expect(rows[4]?.[3]).toBe('');
    expect(rows.slice(1, 4).every((r) => Number(r[3]) >= 1 && Number(r[3]) <= 4)).toBe(true);
  });

  it('names the columns a CSV lacks and leaves the page as it was', async () => {
    const { text } = await savedMall();
    const store = createAppStore(inProcessServices());
    await store.getState().openFiles([json(text), csv(SAMPLE)]);
    const shown = page(store.getState());
    await store.getState().openFiles([csv('CustomerID,Annual Income (k$)\n1,15\n2,16\n', 'april.csv')]);
    expect(store.getState().analysisFileError).toBe(
      'april.csv has no column “Spending Score (1-100)”, which the saved analysis clusters on (“Annual Income (k$)” and “Spending Score (1-100)”), so its customers could not be scored.',
    );
    expect(page(store.getState())).toEqual(shown);
    // The worker has the shown table back: the download is the restored one.
    expect((await parse((await store.getState().exportCsv()).blob)).length).toBe(201);
  });

  it('refuses a tampered, foreign or newer file with its own sentence, changing nothing', async () => {
    const { store, text } = await savedMall();
    const shown = page(store.getState());
    const bad: [string, RegExp][] = [
      [text.replace('"Core customers"', '"VIP"'), /was changed after it was saved/],
      ['{"format":"something-else"}', /not a customer-segments analysis file/],
      [text.replace('"version": 1', '"version": 7'), /newer version of the app|changed after/],
      ['not json at all', /is not JSON/],
      ['{"__proto__":{"x":1}}', /contains the key "__proto__"/],
    ];
    for (const [content, message] of bad) {
      await store.getState().openFiles([json(content), csv(SAMPLE)]);
      expect(store.getState().analysisFileError).toMatch(message);
      expect(page(store.getState())).toEqual(shown);
    }
    await store.getState().openFiles([json('{}'), json('{}')]);
    expect(store.getState().analysisFileError).toMatch(/give one analysis file/);
  });
});
