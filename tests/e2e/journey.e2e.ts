import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows, downloadCsv, dropFile, openPage, startApp, type App, type Session } from './harness';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function expectResults(session: Session, rows: number, k: number): Promise<void> {
  const { page } = session;
  await page.waitForSelector('[data-testid="cluster-scatter"]');
  await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe(String(k));
  expect(await page.locator('[data-testid="row-count"]').textContent()).toContain(String(rows));
  expect(await page.locator('[data-testid="cluster-scatter"] [data-testid="centroid"]').count()).toBe(k);
}

function clusterSizes(table: string[][]): number[] {
  const counts = new Map<string, number>();
  for (const row of table.slice(1)) {
    const label = row[row.length - 1] ?? '';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.values()].sort((a, b) => b - a);
}

describe('the whole journey in the browser', () => {
  it('drop Mall_Customers.csv, see the elbow and the scatter, move k, download the labeled file', async () => {
    const session = await openPage(app);
    const { page } = session;
    await dropFile(page, 'Mall_Customers.csv', SAMPLE);
    await expectResults(session, 200, 5);

    // What was loaded, and which columns are clustered.
    const features = await page.locator('[data-testid="features"]').textContent();
    expect(features).toContain('Annual Income (k$)');
    expect(features).toContain('Spending Score (1-100)');
    expect(await page.locator('[data-testid="missing-count"]').textContent()).toContain('no missing');

    // The elbow: a dot per k = 1..10, the suggestion says 5.
    expect(await page.locator('[data-testid="elbow-chart"] [data-k]').count()).toBe(10);
    expect(await page.locator('[data-testid="suggestion"]').textContent()).toMatch(/5/);

    // Every customer is a point, annotated with its CustomerID, coloured into 5 clusters.
    const points = page.locator('[data-testid="cluster-scatter"] [data-testid="point"]');
    expect(await points.count()).toBe(200);
    const labels = await points.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-label')));
    expect(new Set(labels).size).toBe(5);
    const scatterText = await page.locator('[data-testid="cluster-scatter"]').textContent();
    for (const id of ['1', '17', '123', '200']) expect(scatterText).toContain(id);
    // Labels that fit are drawn without overlap; on request every customer carries its id.
    await page.check('[data-testid="label-every"]');
    const idTexts = await page.locator('[data-testid="point-label"]').allTextContents();
    expect(new Set(idTexts)).toEqual(new Set(Array.from({ length: 200 }, (_, i) => String(i + 1))));
    await page.uncheck('[data-testid="label-every"]');

    // Keyboard: three steps left is k = 2, the scatter follows.
    await page.focus('[data-testid="k-slider"]');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowLeft');
    await expectResults(session, 200, 2);
    const twoLabels = await points.evaluateAll(
      (nodes) => new Set(nodes.map((n) => n.getAttribute('data-label'))).size,
    );
    expect(twoLabels).toBe(2);
    await page.keyboard.press('End');
    await expectResults(session, 200, 10);

    // Mouse: a click in the middle of the track lands on a middle k; then back to 5 with the keyboard.
    const box = await page.locator('[data-testid="k-slider"]').boundingBox();
    if (box === null) throw new Error('slider not laid out');
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height / 2);
    const middle = Number(await page.locator('[data-testid="k-value"]').textContent());
    expect(middle).toBeGreaterThanOrEqual(4);
    expect(middle).toBeLessThanOrEqual(7);
    await page.focus('[data-testid="k-slider"]');
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await expectResults(session, 200, 5);

    // Download: every row, in order, every original cell, plus one cluster column.
    const { name, text } = await downloadCsv(session);
    expect(name).toBe('Customer_Clusters_Annual_Income_Spending.csv');
    const original = csvRows(SAMPLE);
    const labeled = csvRows(text);
    expect(labeled.length).toBe(original.length);
    expect(labeled[0]).toEqual([...(original[0] ?? []), 'Cluster']);
    labeled.forEach((row, i) => expect(row.slice(0, -1)).toEqual(original[i]));
    expect(clusterSizes(labeled)).toEqual([81, 39, 35, 23, 22]);

    await page.screenshot({ path: 'test-results/journey-k5.png', fullPage: true });
    expect(session.errors).toEqual([]);
    const origin = new URL(app.url).origin;
    expect(
      session.requests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'),
      ),
    ).toEqual([]);
    await session.context.close();
  });

  it('the sample is one click away, and the file input works too', async () => {
    const session = await openPage(app);
    await session.page.click('text=Try the sample');
    await expectResults(session, 200, 5);
    await session.context.close();

    const second = await openPage(app);
    const withHoles = [
      'CustomerID,Genre,Age,Annual Income (k$),Spending Score (1-100)',
      ...SAMPLE.trim()
        .split(/\r?\n/)
        .slice(1)
        .map((line, i) => {
          const cells = line.split(',');
          cells[0] = String(i + 1).padStart(4, '0');
          if (i === 10) cells[3] = '';
          if (i === 20) cells[4] = 'NA';
          return cells.join(',');
        }),
    ].join('\n');
    await second.page.setInputFiles('[data-testid="file-input"]', {
      name: 'customers-with-holes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(withHoles, 'utf8'),
    });
    await second.page.waitForSelector('[data-testid="cluster-scatter"]');
    expect(await second.page.locator('[data-testid="features"]').textContent()).toContain(
      '2 rows with a missing value',
    );
    const { text } = await downloadCsv(second);
    const labeled = csvRows(text);
    const original = csvRows(withHoles);
    expect(labeled.length).toBe(201);
    labeled.forEach((row, i) => expect(row.slice(0, -1)).toEqual(original[i]));
    expect(labeled[1]?.[0]).toBe('0001');
    expect(labeled[11]?.at(-1)).toBe('');
    expect(labeled[21]?.at(-1)).toBe('');
    expect(labeled[12]?.at(-1)).toMatch(/^[1-9]\d*$/);
    await second.context.close();
  });

  it('a bad file gets a clear message, and a good file afterwards works normally', async () => {
    const session = await openPage(app);
    await dropFile(session.page, 'empty.csv', '');
    const alert = session.page.locator('[role="alert"]');
    await alert.waitFor();
    expect((await alert.textContent())?.length ?? 0).toBeGreaterThan(10);
    await dropFile(session.page, 'Mall_Customers.csv', SAMPLE);
    await expectResults(session, 200, 5);
    expect(await session.page.locator('[role="alert"]').count()).toBe(0);
    await session.context.close();
  });
});
