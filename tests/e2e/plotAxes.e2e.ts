import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitPca, projectColumns } from '../../src/core/stats/pca';
import { standardize } from '../../src/core/stats/standardize';
import { dropFile, openView, seriousViolations, startApp, type App, type View } from './harness';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');
const ROWS = SAMPLE.trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').map(Number));
const column = (j: number): Float64Array => Float64Array.from(ROWS, (row) => row[j] as number);
const AGE = column(2);
const INCOME = column(3);
const SCORE = column(4);

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Mall on Age, Annual Income and Spending Score: the sample, then Age ticked as well. */
async function threeColumns(page: Page): Promise<void> {
  await dropFile(page, 'Mall_Customers.csv', SAMPLE);
  await page.waitForSelector('[data-testid="point"]');
  await page.getByLabel('Age', { exact: true }).check();
  await page.waitForSelector('[data-testid="plot-controls"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid="cancel"]'));
}

/** Every drawn point's row and centre in the plot's pixels. */
async function drawnPoints(page: Page): Promise<{ row: number; x: number; y: number }[]> {
  return page.locator('[data-testid="point"]').evaluateAll((nodes) =>
    nodes.map((node) => {
      const row = Number(node.getAttribute('data-row'));
      if (node.tagName === 'circle')
        return { row, x: Number(node.getAttribute('cx')), y: Number(node.getAttribute('cy')) };
      const [, x = 'NaN', y = 'NaN'] =
        /translate\(([^,]+),([^)]+)\)/.exec(node.getAttribute('transform') ?? '') ?? [];
      return { row, x: Number(x), y: Number(y) };
    }),
  );
}

/**
 * Whether pixel = a·value + b for every point (within half a pixel), with the slope's sign given:
 * the points are drawn from these values on this axis and nothing else.
 */
function drawnFrom(pixels: number[], values: number[], sign: 1 | -1): boolean {
  const lo = values.indexOf(Math.min(...values));
  const hi = values.indexOf(Math.max(...values));
  const a =
    ((pixels[hi] as number) - (pixels[lo] as number)) / ((values[hi] as number) - (values[lo] as number));
  const b = (pixels[lo] as number) - a * (values[lo] as number);
  return Math.sign(a) === sign && pixels.every((p, i) => Math.abs(p - (a * (values[i] as number) + b)) < 0.5);
}

const axisTitles = (page: Page): Promise<string[]> =>
  page.locator('[data-testid="cluster-scatter"] text.chart-text').allTextContents();

describe('the plot of three clustered columns', () => {
  it('draws the axes the person chooses, and says what is clustered and what is plotted', async () => {
    const session = await openView(app, { width: 1400, height: 1000, scheme: 'light' });
    const { page } = session;
    await threeColumns(page);
    // The clustered order is Age, Income, Score: the first two are drawn until another pair is chosen.
    let points = await drawnPoints(page);
    expect(points).toHaveLength(200);
    expect(
      drawnFrom(
        points.map((p) => p.x),
        points.map((p) => AGE[p.row] as number),
        1,
      ),
    ).toBe(true);

    await page.selectOption('[data-testid="axis-x"]', { label: 'Spending Score (1-100)' });
    await page.selectOption('[data-testid="axis-y"]', { label: 'Age' });
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="plotted-caption"]')
        ?.textContent?.includes('Spending Score (1-100) and Age'),
    );
    points = await drawnPoints(page);
    expect(
      drawnFrom(
        points.map((p) => p.x),
        points.map((p) => SCORE[p.row] as number),
        1,
      ),
    ).toBe(true);
    expect(
      drawnFrom(
        points.map((p) => p.y),
        points.map((p) => AGE[p.row] as number),
        -1,
      ),
    ).toBe(true);
    expect(await page.textContent('[data-testid="plotted-caption"]')).toBe(
      'Clustered on 3 columns; plotted: Spending Score (1-100) and Age (not shown: Annual Income (k$)).',
    );
    expect(await axisTitles(page)).toEqual(expect.arrayContaining(['Spending Score (1-100)', 'Age']));

    // Choosing for x the column y shows swaps them.
    await page.selectOption('[data-testid="axis-x"]', { label: 'Age' });
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="axis-y"]') as HTMLSelectElement | null)?.selectedOptions[0]
          ?.textContent === 'Spending Score (1-100)',
    );
    points = await drawnPoints(page);
    expect(
      drawnFrom(
        points.map((p) => p.x),
        points.map((p) => AGE[p.row] as number),
        1,
      ),
    ).toBe(true);
    expect(
      drawnFrom(
        points.map((p) => p.y),
        points.map((p) => SCORE[p.row] as number),
        -1,
      ),
    ).toBe(true);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('the PCA view, chosen by keyboard, draws the projected points and names the components', async () => {
    const session = await openView(app, { width: 1400, height: 1000, scheme: 'light' });
    const { page } = session;
    await threeColumns(page);
    await page.focus('[data-testid="view-columns"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('[data-testid="view-pca"]')).toBe(true);
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="plotted-caption"]')
        ?.textContent?.includes('principal components'),
    );
    // scikit-learn's PCA of the standardized columns (see tests/core/stats/pca.test.ts).
    const z = standardize([AGE, INCOME, SCORE]).columns;
    const model = fitPca(z, 2);
    const [pc1, pc2] = projectColumns(model, z);
    const points = await drawnPoints(page);
    expect(points).toHaveLength(200);
    expect(
      drawnFrom(
        points.map((p) => p.x),
        points.map((p) => pc1?.[p.row] as number),
        1,
      ),
    ).toBe(true);
    expect(
      drawnFrom(
        points.map((p) => p.y),
        points.map((p) => pc2?.[p.row] as number),
        -1,
      ),
    ).toBe(true);
    expect(await axisTitles(page)).toEqual(
      expect.arrayContaining(['PC1 (44% of variance)', 'PC2 (33% of variance)']),
    );
    // Centroids are projected the same way: a centroid is its segment's mean, and so is its projection.
    const labelled = await page
      .locator('[data-testid="point"]')
      .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-label'))));
    const crosses = await page.locator('[data-testid="centroid"]').evaluateAll((nodes) =>
      nodes.map((node) => {
        const [, x = 'NaN', y = 'NaN'] =
          /translate\(([^,]+),([^)]+)\)/.exec(node.getAttribute('transform') ?? '') ?? [];
        return { label: Number(node.getAttribute('data-label')), x: Number(x), y: Number(y) };
      }),
    );
    expect(crosses.length).toBeGreaterThanOrEqual(2);
    for (const cross of crosses) {
      const members = points.filter((_, i) => labelled[i] === cross.label);
      const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
      expect(Math.abs(mean(members.map((p) => p.x)) - cross.x)).toBeLessThan(0.5);
      expect(Math.abs(mean(members.map((p) => p.y)) - cross.y)).toBeLessThan(0.5);
    }
    // Units do not apply to components: the choice is not offered.
    expect(await page.locator('[data-testid="units"]').count()).toBe(0);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});

async function read(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

describe('the scatter exported from dark mode', () => {
  it('is dark throughout, with the title, k and each segment with its size', async () => {
    const session = await openView(app, { width: 1400, height: 1000, scheme: 'dark' });
    const { page } = session;
    await dropFile(page, 'Mall_Customers.csv', SAMPLE);
    await page.waitForSelector('[data-testid="point"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-segments-svg"]'),
    ]);
    const svg = await read(download);
    const texts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const luminance = (css: string | null): number => {
        const [r = 0, g = 0, b = 0] = (css ?? '').match(/\d+/g)?.map(Number) ?? [];
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const legend = [...doc.querySelectorAll('[data-export="legend-text"]')];
      return {
        title: doc.querySelector('[data-export="title"]')?.textContent,
        titleLight: luminance(doc.querySelector('[data-export="title"]')?.getAttribute('fill') ?? null),
        background: luminance(doc.querySelector('rect')?.getAttribute('fill') ?? null),
        legend: legend.map((t) => t.firstChild?.textContent ?? ''),
        sizes: legend.map((t) => Number((t.querySelector('tspan')?.textContent ?? '').split(' ')[0])),
        legendLight: legend.map((t) => luminance(t.getAttribute('fill'))),
        shapes: [...doc.querySelectorAll('[data-export="legend-marker"]')].map((m) =>
          m.getAttribute('data-shape'),
        ),
      };
    }, svg);
    expect(texts.title).toBe('Mall_Customers.csv · k = 5');
    expect(texts.background).toBeLessThan(0.2);
    expect(texts.titleLight).toBeGreaterThan(0.7);
    expect(texts.legendLight.every((l) => l > 0.7)).toBe(true);
    const onScreen = await page.locator('[data-testid="legend-item"] span:first-of-type').allTextContents();
    expect(texts.legend).toEqual([...onScreen.slice(0, 5), 'Centroid']);
    expect(texts.sizes.reduce((a, b) => a + b, 0)).toBe(200);
    expect(texts.shapes).toEqual(['circle', 'square', 'triangle', 'diamond', 'cross', 'centroid']);
    await session.context.close();
  });
});

describe('the first screen and the plot controls stay accessible', () => {
  const views: View[] = [
    { width: 1400, height: 1000, scheme: 'light' },
    { width: 1400, height: 1000, scheme: 'dark' },
    { width: 390, height: 844, scheme: 'light' },
    { width: 390, height: 844, scheme: 'dark' },
  ];
  for (const view of views)
    it(`${view.width} px, ${view.scheme}: no serious or critical axe violation, first screen and results`, async () => {
      const session = await openView(app, view);
      const { page } = session;
      await page.waitForSelector('[data-testid="first-steps"]');
      expect(
        await page
          .locator('[data-testid="first-steps"] img')
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);
      await threeColumns(page);
      expect(await page.locator('[data-testid="first-steps"]').count()).toBe(0);
      await page.click('[data-testid="view-pca"]');
      await page.waitForSelector('[data-testid="plotted-caption"]');
      expect(await seriousViolations(page)).toEqual([]);
      // Nothing is wider than the window (the page never scrolls sideways).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(view.width);
      await session.context.close();
    });
});
