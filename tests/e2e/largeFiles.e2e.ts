import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMallCsv } from '../bench/browser/mallCsv';
import { openPage, startApp, type App } from './harness';

// Large files are written once to a temporary folder and given to the real file input by path.
let app: App;
let big: string; // 300,000 rows: clustering lasts long enough to be interrupted
let large: string; // 100,000 rows: the end-to-end file
let huge: string; // 1,000,000 rows: reading lasts long enough to be cancelled
const SAMPLE = 'public/Mall_Customers.csv';

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'large-files-'));
  [big, large, huge] = [join(dir, 'big.csv'), join(dir, 'large.csv'), join(dir, 'huge.csv')];
  await Promise.all([
    writeMallCsv(big, 300_000, 7),
    writeMallCsv(large, 100_000, 3),
    writeMallCsv(huge, 1_000_000, 5),
  ]);
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const give = (page: Page, path: string): Promise<void> =>
  page.setInputFiles('[data-testid="file-input"]', path);
const text = (page: Page, testId: string): Promise<string | null> =>
  page.locator(`[data-testid="${testId}"]`).textContent();
const rowCount = async (page: Page): Promise<number> =>
  Number((await text(page, 'row-count'))?.replace(/\D/g, ''));
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function expectPicture(page: Page, rows: number, k: number): Promise<void> {
  await page.waitForSelector('[data-testid="cluster-scatter"]', { timeout: 100_000 });
  await expect.poll(() => text(page, 'k-value')).toBe(String(k));
  expect(await rowCount(page)).toBe(rows);
  await expect
    .poll(() => page.locator('[data-testid="cluster-scatter"] [data-testid="centroid"]').count())
    .toBe(k);
}

describe('large files', () => {
  it('shows reading progress, and Cancel stops the read; the page works afterwards', async () => {
    const { page, errors } = await openPage(app);
    await give(page, huge);
    const progress = page.locator('[data-testid="load-progress"]');
    await progress.waitFor();
    await expect.poll(() => progress.textContent()).toMatch(/Reading the file…|Parsing the rows…/);
    await page.click('[data-testid="cancel"]');
    await page.getByText('Loading cancelled.').waitFor();
    await pause(1500);
    expect(await page.locator('[data-testid="row-count"]').count()).toBe(0);
    expect(await page.locator('[data-testid="cluster-scatter"]').count()).toBe(0);
    await page.setInputFiles('[data-testid="file-input"]', SAMPLE);
    await expectPicture(page, 200, 5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Cancel during clustering says so, and no stale result appears later', async () => {
    const { page, errors } = await openPage(app);
    await give(page, big);
    await page.locator('.status label', { hasText: 'Clustering' }).waitFor({ timeout: 100_000 });
    await page.click('[data-testid="cancel"]');
    await page.getByText('Analysis cancelled.').waitFor();
    // Long enough for the cancelled sweep to have finished had it kept running.
    await pause(8000);
    expect(await page.locator('[data-testid="cluster-scatter"]').count()).toBe(0);
    expect(await page.locator('[data-testid="elbow-chart"]').count()).toBe(0);
    expect(await page.locator('[data-testid="download"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a second file given mid-run: only the second file’s result ever appears', async () => {
    const { page, errors } = await openPage(app);
    await give(page, big);
    await page.locator('.status label', { hasText: 'Clustering' }).waitFor({ timeout: 100_000 });
    // Every frame from here on, note which table a drawn scatter belongs to.
    await page.evaluate(`(() => {
      window.scatterRows = new Set();
      const watch = () => {
        if (document.querySelector('[data-testid="cluster-scatter"]') !== null) {
          window.scatterRows.add(document.querySelector('[data-testid="row-count"]')?.textContent ?? '?');
        }
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    })()`);
    await give(page, SAMPLE);
    await expectPicture(page, 200, 5);
    await pause(8000); // long enough for the first file's sweep to have finished had it kept running
    expect(await page.evaluate('[...window.scatterRows]')).toEqual(['200 rows']);
    expect(await rowCount(page)).toBe(200);
    expect(await page.locator('[data-testid="cluster-scatter"] [data-testid="centroid"]').count()).toBe(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a 100,000-row file end to end: rapid k changes end on the last k, and the download has every row', async () => {
    const { page, errors } = await openPage(app);
    await give(page, large);
    await page.waitForSelector('[data-testid="cluster-scatter"]', { timeout: 100_000 });
    expect(await rowCount(page)).toBe(100_000);
    await page.focus('[data-testid="k-slider"]');
    const keys = [
      'End',
      'ArrowLeft',
      'ArrowLeft',
      'Home',
      'ArrowRight',
      'End',
      'ArrowLeft',
      'ArrowLeft',
      'ArrowLeft',
    ];
    for (const key of keys) await page.keyboard.press(key, { delay: 0 });
    await expectPicture(page, 100_000, 7);
    const legend = await page.locator('[data-testid="cluster-scatter"]').textContent();
    expect(legend).toContain('7');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download"]'),
    ]);
    const path = await download.path();
    const written = await readAll(path);
    const rows = Papa.parse<string[]>(written, { header: false, skipEmptyLines: true }).data;
    const original = Papa.parse<string[]>(readFileSync(large, 'utf8'), {
      header: false,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(100_001);
    expect(rows[0]).toEqual([...(original[0] ?? []), 'Cluster']);
    for (const i of [1, 2, 500, 50_000, 100_000]) expect(rows[i]?.slice(0, -1)).toEqual(original[i]);
    const labels = new Set(rows.slice(1).map((row) => row.at(-1)));
    expect(labels).toEqual(new Set(['1', '2', '3', '4', '5', '6', '7']));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

async function readAll(path: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
