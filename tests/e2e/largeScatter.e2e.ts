import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobCustomersCsv as generatedCsv } from './blobCustomers';
import { dropFile, openPage, overlappingPairs, startApp, type App } from './harness';

const LABEL = '[data-testid="cluster-scatter"] [data-testid="point-label"]';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Waits until the id labels were placed for the view currently shown (they follow a short delay). */
async function settledLabels(page: Page): Promise<number> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const g = document.querySelector('[data-testid="cluster-scatter"] [data-testid="point-labels"]');
          return g?.getAttribute('data-view') ?? null;
        }),
      { timeout: 10_000 },
    )
    .not.toBeNull();
  await page.waitForTimeout(300);
  return page.locator(LABEL).count();
}

const domains = (page: Page): Promise<string | null> =>
  page.locator('[data-testid="cluster-scatter-figure"]').getAttribute('data-domains');

describe('a scatter that scales', () => {
  it('draws 20,000 customers on a canvas with thinned ids, zooms, and shows the row on hover', async () => {
    mkdirSync('test-results', { recursive: true });
    const session = await openPage(app, { width: 1280, height: 900 });
    const { page } = session;
    await dropFile(page, 'customers-20k.csv', generatedCsv(20_000));
    await page.waitForSelector('[data-testid="scatter-canvas"]', { timeout: 90_000 });
    expect(await page.locator('[data-testid="cluster-scatter-figure"]').getAttribute('data-renderer')).toBe(
      'canvas',
    );
    // No SVG element per customer on this path.
    expect(await page.locator('[data-testid="cluster-scatter"] [data-testid="point"]').count()).toBe(0);
    const canvasSize = await page
      .locator('[data-testid="scatter-canvas"]')
      .evaluate((c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]);
    expect(canvasSize[0]).toBeGreaterThan(100);

    // Long tasks on the main thread from here on: zoom, labels and hover must stay well below 100 ms.
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });

    const before = await settledLabels(page);
    expect(before).toBeGreaterThan(20);
    expect(before).toBeLessThanOrEqual(400);
    expect(await overlappingPairs(page, LABEL)).toBe(0);
    const figure = page.locator('[data-testid="cluster-scatter-figure"]');
    await figure.scrollIntoViewIfNeeded();
    await figure.screenshot({ path: 'test-results/large-scatter-20k.png' });

    const domainBefore = await domains(page);
    for (let i = 0; i < 3; i++) await page.click('[data-testid="zoom-in"]');
    await expect.poll(() => domains(page)).not.toBe(domainBefore);
    const after = await settledLabels(page);
    expect(await overlappingPairs(page, LABEL)).toBe(0);
    // Zoomed in 8×, the visible points are spread out: more of them get their id than before.
    expect(after).toBeGreaterThan(before);

    // Hover near a labelled customer: the tooltip names a customer and shows the row.
    const box = (await page.locator('[data-testid="scatter-canvas"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.locator('[data-testid="scatter-tooltip"]');
    await tooltip.waitFor({ timeout: 5_000 });
    expect(await tooltip.textContent()).toMatch(/ID C\d{5} · /);
    expect(await tooltip.textContent()).toContain('Age');
    await figure.screenshot({ path: 'test-results/large-scatter-20k-zoomed.png' });

    // Drag pans, "Reset view" brings the whole table back.
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    await page.click('[data-testid="zoom-reset"]');
    await expect.poll(() => domains(page)).toBe(domainBefore);

    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    // Reported, not asserted: task lengths are timings, and timings belong to the benchmarks.
    console.info(`long tasks while zooming/hovering (ms): ${JSON.stringify(longTasks.map(Math.round))}`);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
