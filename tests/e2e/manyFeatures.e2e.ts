import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/core/dataset/exportFileName';
import { runAnalysis } from '../reference/dataset/runAnalysis';
import { MALL_LIKE_COLUMNS, writeMallLikeCsv } from '../bench/engine/mallLike';
import { partitionKey } from '../core/cluster/helpers';
import { downloadCsv, dropFile, openPage, startApp, type App } from './harness';

// Six features and 5,000 rows: the analysis workers use bounds, and so the WebAssembly kernels.
const ROWS = 5000;
const CSV = writeMallLikeCsv(ROWS, 6, 99);

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('clustering on six features in the browser', () => {
  it('runs the WebAssembly kernels under the page policy and labels every row as JavaScript does', async () => {
    const session = await openPage(app);
    const { page } = session;
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    const wasmResponses: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.wasm')) wasmResponses.push(response.status());
    });

    await dropFile(page, 'six_features.csv', CSV);
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    await page.click('[data-testid="settings"] summary');
    for (const name of MALL_LIKE_COLUMNS.slice(2)) {
      await page.getByLabel(name, { exact: true }).check();
    }
    // Each tick starts a new analysis; Download comes back once the six-feature one has finished.
    const fileName = exportFileName(MALL_LIKE_COLUMNS);
    await page.locator('[data-testid="download"]', { hasText: fileName }).waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="features"]').textContent()).toContain(
      'Clustering on Annual Income (k$), Spending Score (1-100), Age, Tenure (months), Visits per Month, and Basket Size ($),',
    );
    const k = Number(await page.locator('[data-testid="k-value"]').textContent());
    const { name, text } = await downloadCsv(session);
    expect(name).toBe(fileName);

    expect(wasmResponses.length).toBeGreaterThan(0);
    expect(wasmResponses.every((status) => status === 200)).toBe(true);
    expect(warnings.filter((w) => /WebAssembly|Content Security Policy/i.test(w))).toEqual([]);

    // The same analysis in Node with the JavaScript kernels: the partition must be identical.
    const table = Papa.parse<string[]>(CSV.trim()).data.slice(1);
    const reference = runAnalysis({
      columns: MALL_LIKE_COLUMNS.map((_, j) => Float64Array.from(table, (row) => Number(row[j + 1]))),
      missing: 'drop',
      kMax: 10,
      nInit: 10,
      seed: 42,
    });
    const downloaded = Papa.parse<string[]>(text.trim()).data;
    const clusterColumn = (downloaded[0] ?? []).length - 1;
    const labels = Int32Array.from(downloaded.slice(1), (row) => Number(row[clusterColumn]));
    expect(labels).toHaveLength(ROWS);
    expect(partitionKey(labels)).toEqual(partitionKey(reference.byK[k - 1]!.rowLabels));
    await session.context.close();
  }, 120_000);
});
