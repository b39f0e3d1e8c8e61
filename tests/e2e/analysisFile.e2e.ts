import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisFileText, sealAnalysisFile } from '../../src/core/analysisFile/checksum';
import type { AnalysisFile } from '../../src/core/analysisFile/format';
import { readAnalysisFile } from '../../src/core/analysisFile/readAnalysisFile';
import { scoreRows } from '../../src/core/analysisFile/scoreRows';
import {
  csvRows,
  downloadCsv,
  downloadFile,
  dropFile,
  openPage,
  openView,
  seriousViolations,
  startApp,
  type App,
  type Session,
} from './harness';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');
const ANALYSIS = 'customer-segments-analysis.json';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Drops several files at once, as a person dragging a selection from the file manager. */
async function dropFiles(page: Page, files: readonly { name: string; content: string }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, content } of list)
      transfer.items.add(
        new File([content], name, { type: name.endsWith('.json') ? 'application/json' : 'text/csv' }),
      );
    return transfer;
  }, files);
  await page.dispatchEvent('[data-testid="dropzone"]', 'dragover', { dataTransfer });
  await page.dispatchEvent('[data-testid="dropzone"]', 'drop', { dataTransfer });
}

/** What a person sees of the results: k, the segment names, the scatter's labels, the clustered columns. */
async function resultsPage(page: Page) {
  await page.waitForSelector('[data-testid="cluster-scatter"]');
  await page.waitForSelector('[data-testid="segment-name"]');
  return {
    k: await page.locator('[data-testid="k-value"]').textContent(),
    names: await page
      .locator('[data-testid="segment-name"]')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value)),
    labels: await page
      .locator('[data-testid="cluster-scatter"] [data-testid="point"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-label'))),
    features: await page.locator('[data-testid="features"]').textContent(),
    seed: await page.locator('[data-testid="reproducibility"]').textContent(),
  };
}

/** Mall at k = 4 with segment 1 renamed: its page, download and saved analysis. */
async function saveFromMall(session: Session) {
  const { page } = session;
  await dropFile(page, 'Mall_Customers.csv', SAMPLE);
  await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('5');
  await page.focus('[data-testid="k-slider"]');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('4');
  await page.locator('[data-testid="segment-name"]').first().fill('Core customers');
  const shown = await resultsPage(page);
  const csv = await downloadCsv(session);
  const saved = await downloadFile(session, 'save-analysis');
  return { shown, csv, saved };
}

/** Playwright's default viewport and colour scheme, with the CSP bypassed for axe-core. */
const openAxePage = (): Promise<Session> => openView(app, { width: 1280, height: 720, scheme: 'light' });

describe('save, reopen and score: the analysis file', () => {
  it('save, reload the page, open the file with its CSV: the same page and the same download', async () => {
    const session = await openPage(app);
    const { page } = session;
    const { shown, csv, saved } = await saveFromMall(session);
    expect(saved.name).toBe(ANALYSIS);
    expect(JSON.parse(saved.text).kmeans.k).toBe(4);

    await page.reload();
    await page.waitForSelector('[data-testid="dropzone"]');
    await dropFiles(page, [
      { name: ANALYSIS, content: saved.text },
      { name: 'Mall_Customers.csv', content: SAMPLE },
    ]);
    await page.waitForSelector('[data-testid="restored-note"]');
    expect(await page.locator('[data-testid="restore-difference"]').count()).toBe(0);
    expect(await resultsPage(page)).toEqual(shown);
    const again = await downloadCsv(session);
    expect(again.name).toBe(csv.name);
    expect(again.text).toBe(csv.text);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('the file picker takes the analysis file and its CSV together', async () => {
    const first = await openPage(app);
    const { shown, saved } = await saveFromMall(first);
    await first.context.close();
    const session = await openPage(app);
    const { page } = session;
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: ANALYSIS, mimeType: 'application/json', buffer: Buffer.from(saved.text) },
      { name: 'Mall_Customers.csv', mimeType: 'text/csv', buffer: Buffer.from(SAMPLE) },
    ]);
    await page.waitForSelector('[data-testid="restored-note"]');
    expect(await resultsPage(page)).toEqual(shown);
    await session.context.close();
  });

  it('opened alone, shows the saved segments and invites the CSV; the CSV then restores the page', async () => {
    const first = await openPage(app);
    const { shown, saved } = await saveFromMall(first);
    await first.context.close();

    const session = await openAxePage();
    const { page } = session;
    await dropFile(page, ANALYSIS, saved.text);
    await page.waitForSelector('[data-testid="saved-analysis"]');
    expect(await page.locator('[data-testid="saved-segment"]').count()).toBe(4);
    expect(await page.locator('[data-testid="saved-segment"]').first().textContent()).toContain(
      'Core customers',
    );
    expect(await page.locator('[data-testid="saved-invite"]').textContent()).toContain(
      'Drop Mall_Customers.csv again',
    );
    expect(await seriousViolations(page)).toEqual([]);

    await dropFile(page, 'Mall_Customers.csv', SAMPLE);
    await page.waitForSelector('[data-testid="restored-note"]');
    expect(await resultsPage(page)).toEqual(shown);
    await session.context.close();
  });

  it('opens a file from the Spark export (no input size or checksum): its segments, then a CSV scored', async () => {
    const first = await openPage(app);
    const { saved } = await saveFromMall(first);
    await first.context.close();
    const { checksum, ...file } = JSON.parse(saved.text) as AnalysisFile;
    expect(checksum).toMatch(/^[0-9a-f]{64}$/);
    const spark = analysisFileText(
      await sealAnalysisFile({
        ...file,
        app: { name: 'customer-segments-spark', version: '0.1.0' },
        input: { ...file.input, byteSize: null, sha256: null },
        kmeans: { ...file.kmeans, init: 'k-means||' },
      }),
    );
    const session = await openPage(app);
    const { page } = session;
    await dropFile(page, ANALYSIS, spark);
    await page.waitForSelector('[data-testid="saved-analysis"]');
    expect(await page.locator('[data-testid="saved-segment"]').count()).toBe(4);
    expect(await page.locator('[data-testid="saved-analysis"]').textContent()).toContain(
      'customer-segments-spark',
    );
    expect(await page.locator('[data-testid="saved-invite"]').textContent()).toContain(
      'cannot recognise again',
    );
    // Without a checksum the original cannot be recognised: it is scored, and gets its own labels back.
    await dropFile(page, 'Mall_Customers.csv', SAMPLE);
    await page.waitForSelector('[data-testid="score-card"]');
    const counts = (await page.locator('[data-testid="scored-count"]').allTextContents()).map(Number);
    expect(counts).toEqual(file.segments.map((segment) => segment.size));
    await session.context.close();
  });

  it('scores a new month: counts per segment, customers unlike any segment by id, every row labelled', async () => {
    const first = await openPage(app);
    const { saved } = await saveFromMall(first);
    await first.context.close();

    // Next month's file: columns in another order, new ids, one customer far from all, one with a hole.
    const rows = SAMPLE.trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(','));
    const march = [
      'Spending Score (1-100),Age,CustomerID,Annual Income (k$),Gender',
      ...rows.map(
        ([id, gender, age, income, score]) => `${score},${age},M${id},${Number(income) + 3},${gender}`,
      ),
      '50,40,FAR1,400,Female',
      ',33,HOLE1,60,Male',
    ].join('\n');
    const session = await openAxePage();
    const { page } = session;
    await dropFile(page, ANALYSIS, saved.text);
    await page.waitForSelector('[data-testid="saved-analysis"]');
    await dropFile(page, 'march.csv', `${march}\n`);
    await page.waitForSelector('[data-testid="score-card"]');
    // No re-fit: no elbow, no new clustering on the page.
    expect(await page.locator('[data-testid="elbow-chart"]').count()).toBe(0);
    const counts = (await page.locator('[data-testid="scored-count"]').allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(201);
    expect(await page.locator('[data-testid="features"]').textContent()).toMatch(
      /^Scored on .*with the saved analysis.s scaling and segments \(nothing re-fitted\)/,
    );
    // The file name in the score card's Download button wraps after underscores, never mid-word.
    expect(await page.locator('[data-testid="score-download"] wbr').count()).toBe(4);
    expect(await page.locator('[data-testid="unlike-ids"]').textContent()).toContain('FAR1');
    expect(await page.locator('[data-testid="score-summary"]').textContent()).toContain(
      '1 row was not scored (a missing value in a saved column',
    );

    const labelled = await downloadFile(session, 'score-download');
    expect(labelled.name).toBe('Customer_Clusters_Annual_Income_Spending.csv');
    const table = csvRows(labelled.text);
    expect(table[0]).toEqual([
      'Spending Score (1-100)',
      'Age',
      'CustomerID',
      'Annual Income (k$)',
      'Gender',
      'Cluster',
      'Segment',
    ]);
    expect(table.slice(1).map((r) => r.slice(0, 5))).toEqual(csvRows(march).slice(1));
    expect(table.at(-1)?.[5]).toBe('');
    // Exactly the saved segments' nearest-centre labels (scikit-learn's predict), computed here from the file.
    const opened = await readAnalysisFile(ANALYSIS, saved.text.length, async () => saved.text);
    if (!opened.ok) throw new Error(opened.message);
    const body = csvRows(march).slice(1);
    const column = (j: number) => Float64Array.from(body, (r) => (r[j] === '' ? Number.NaN : Number(r[j])));
    const { labels } = scoreRows({
      columns: [column(3), column(0)],
      scaling: opened.file.scaling,
      centroidsStandardized: opened.file.segments.map((s) => s.centroidStandardized),
      missing: opened.file.missing,
    });
    expect(table.slice(1).map((r) => r[5])).toEqual(Array.from(labels, (l) => (l < 0 ? '' : String(l + 1))));
    expect(await seriousViolations(page)).toEqual([]);
    await session.context.close();
  });

  it('bad files each get their own sentence and leave the page as it was', async () => {
    const session = await openPage(app);
    const { page } = session;
    const { shown, csv, saved } = await saveFromMall(session);
    const tampered = saved.text.replace('"Core customers"', '"VIP customers"');
    const huge = `{"format":"customer-segments-analysis","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const cases: { files: { name: string; content: string }[]; message: RegExp }[] = [
      {
        files: [
          { name: ANALYSIS, content: tampered },
          { name: 'Mall_Customers.csv', content: SAMPLE },
        ],
        message: /was changed after it was saved/,
      },
      {
        files: [{ name: 'notes.json', content: 'CustomerID,Age\n1,2\n' }],
        message: /notes\.json is not JSON/,
      },
      {
        files: [{ name: ANALYSIS, content: '{"__proto__":{"isAdmin":true}}' }],
        message: /contains the key "__proto__"/,
      },
      { files: [{ name: 'huge.json', content: huge }], message: /huge\.json is 50 MB, far too large/ },
    ];
    for (const { files, message } of cases) {
      await dropFiles(page, files);
      await expect
        .poll(() => page.locator('[data-testid="analysis-file-error"]').textContent())
        .toMatch(message);
      expect(await resultsPage(page)).toEqual(shown);
    }
    // A CSV without the saved columns, given to the file: named, and the page still the same.
    await dropFiles(page, [
      { name: ANALYSIS, content: saved.text },
      { name: 'april.csv', content: 'CustomerID,Annual Income (k$)\n1,15\n2,16\n3,20\n' },
    ]);
    await expect
      .poll(() => page.locator('[data-testid="analysis-file-error"]').textContent())
      .toContain('april.csv has no column “Spending Score (1-100)”');
    expect(await resultsPage(page)).toEqual(shown);
    expect((await downloadCsv(session)).text).toBe(csv.text);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
