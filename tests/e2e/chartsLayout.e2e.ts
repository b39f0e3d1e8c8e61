import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_COLORS } from '../../src/charts/palette';
import { blobCustomersCsv as generatedCsv } from './blobCustomers';
import { dropFile, openPage, openView, seriousViolations, startApp, type App } from './harness';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');

async function read(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function downloadOf(page: Page, selector: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return read(download);
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Decodes a PNG in the page (Chromium's decoder) and counts, per palette colour, the pixels inside
 * `box` (image pixels) within 6 per channel of it. A string, so no bundler helper leaks into the page.
 */
const COUNT_COLOURS = `async ({ base64, box, palette }) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(bitmap, 0, 0);
  const data = ctx.getImageData(box.x, box.y, box.width, box.height).data;
  const rgb = palette.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const counts = rgb.map(() => 0);
  for (let p = 0; p < data.length; p += 4) {
    for (let c = 0; c < rgb.length; c++) {
      const [r, g, b] = rgb[c];
      if (Math.abs(data[p] - r) <= 6 && Math.abs(data[p + 1] - g) <= 6 && Math.abs(data[p + 2] - b) <= 6) {
        counts[c]++;
        break;
      }
    }
  }
  return { width: bitmap.width, height: bitmap.height, counts };
}`;

async function colourCounts(
  page: Page,
  png: Buffer,
  box: Box,
  k: number,
): Promise<{ width: number; height: number; counts: number[] }> {
  const fn = await page.evaluateHandle(COUNT_COLOURS);
  return page.evaluate(([f, arg]) => (f as unknown as (a: unknown) => Promise<never>)(arg), [
    fn,
    { base64: png.toString('base64'), box, palette: CLUSTER_COLORS.slice(0, k) },
  ] as const);
}

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('charts that use the screen and export what they show', () => {
  it('exports the 20,000-point canvas scatter with its points, as PNG (2x) and SVG (embedded image)', async () => {
    const { page, context, errors } = await openPage(app, { width: 1400, height: 1000 });
    await dropFile(page, 'customers-20k.csv', generatedCsv(20_000));
    await page.waitForSelector('[data-testid="scatter-canvas"]', { timeout: 90_000 });
    // The suggested k of this file (4): every one of its segments must be in the export.
    await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toMatch(/^\d+$/);
    const k = Number(await page.locator('[data-testid="k-value"]').textContent());
    expect(k).toBeGreaterThanOrEqual(3);
    await expect(page.locator('[data-testid="export-segments-note"]').textContent()).resolves.toMatch(
      /points embedded as an image/,
    );
    // The plot area in viewBox units (= CSS px: the drawing is its on-screen size).
    const plot = (await page.evaluate(`(() => {
      const svg = document.querySelector('[data-testid="cluster-scatter"]');
      const canvas = document.querySelector('[data-testid="scatter-canvas"]');
      const s = svg.getBoundingClientRect();
      const c = canvas.getBoundingClientRect();
      const unit = svg.viewBox.baseVal.width / s.width;
      return { x: (c.left - s.left) * unit, y: (c.top - s.top) * unit, width: c.width * unit,
        height: c.height * unit, drawing: svg.viewBox.baseVal.width };
    })()`)) as Box & { drawing: number };
    expect(plot.width).toBeGreaterThan(600);

    const png = await downloadOf(page, '[data-testid="export-segments-png"]');
    const inPlot = (r: number): Box => ({
      x: Math.round((plot.x + 2) * r),
      y: Math.round((plot.y + 2) * r),
      width: Math.round((plot.width - 4) * r),
      height: Math.round((plot.height - 4) * r),
    });
    const fromPng = await colourCounts(page, png, inPlot(2), k);
    expect(fromPng.width).toBe(plot.drawing * 2);
    // Every one of the k segments is there in pixels, thousands of them (not just 5 centroids).
    for (const count of fromPng.counts) expect(count).toBeGreaterThan(500);

    const svgText = (await downloadOf(page, '[data-testid="export-segments-svg"]')).toString('utf8');
    const doc = (await page.evaluate(`(() => {
      const d = new DOMParser().parseFromString(${JSON.stringify(svgText)}, 'image/svg+xml');
      const img = d.querySelector('image');
      const g = img && img.parentElement.closest('g[transform]');
      return { errors: d.getElementsByTagName('parsererror').length, href: img && img.getAttribute('href'),
        x: img && Number(img.getAttribute('x')), y: img && Number(img.getAttribute('y')),
        width: img && Number(img.getAttribute('width')), height: img && Number(img.getAttribute('height')),
        transform: g && g.getAttribute('transform') };
    })()`)) as { errors: number; href: string | null; x: number; y: number; width: number; height: number };
    expect(doc.errors).toBe(0);
    expect(doc.href).toMatch(/^data:image\/png;base64,/);
    expect(doc.width).toBeCloseTo(plot.width, 0);
    expect(doc.height).toBeCloseTo(plot.height, 0);
    const embedded = Buffer.from((doc.href ?? '').split(',')[1] ?? '', 'base64');
    const fromSvg = await colourCounts(
      page,
      embedded,
      {
        x: 2,
        y: 2,
        width: Math.round((plot.width - 2) * 2) - 2,
        height: Math.round((plot.height - 2) * 2) - 2,
      },
      k,
    );
    expect(fromSvg.width).toBe(Math.round(plot.width * 2));
    for (const count of fromSvg.counts) expect(count).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('gives the scatter the room at 1400 px: the widest card, at least 55% of the viewport', async () => {
    const { page, context } = await openPage(app, { width: 1400, height: 1000 });
    await dropFile(page, 'Mall_Customers.csv', SAMPLE);
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    const widths = (await page.evaluate(`(() => {
      const w = (s) => document.querySelector(s).getBoundingClientRect().width;
      return { scatter: w('[data-testid="cluster-scatter"]'), scatterCard: w('.results__scatter'),
        elbowCard: w('.results__elbow'), label: document.querySelector('[data-testid="point-label"]')
          .getBoundingClientRect().height };
    })()`)) as { scatter: number; scatterCard: number; elbowCard: number; label: number };
    expect(widths.scatter).toBeGreaterThanOrEqual(0.55 * 1400);
    expect(widths.scatterCard).toBeGreaterThan(widths.elbowCard);
    const profile = await page.locator('[aria-labelledby="profile-heading"]').boundingBox();
    // The profile spans the row below; in the row with the charts the scatter is the largest thing.
    expect((profile?.y ?? 0) > (await page.locator('.results__scatter').boundingBox())!.y).toBe(true);
    // Ids in at least 11 CSS px text (the glyph box of an 11 px font is taller than 11 px).
    expect(widths.label).toBeGreaterThanOrEqual(11);
    await context.close();
  });

  for (const view of [
    { name: 'light', width: 1400, height: 1000, scheme: 'light' as const },
    { name: 'dark', width: 1400, height: 1000, scheme: 'dark' as const },
    { name: 'phone', width: 390, height: 844, scheme: 'light' as const },
  ]) {
    it(`has no serious or critical axe-core violations with the new layout (${view.name})`, async () => {
      const { context, page } = await openView(app, view);
      await dropFile(page, 'Mall_Customers.csv', SAMPLE);
      await page.waitForSelector('[data-testid="cluster-scatter"]');
      await page.waitForSelector('[data-testid="segment-name"]');
      expect(await seriousViolations(page)).toEqual([]);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(view.width);
      if (view.name === 'phone') {
        const scatter = await page.locator('[data-testid="cluster-scatter"]').boundingBox();
        expect(scatter?.width ?? 0).toBeGreaterThanOrEqual(320);
        await page.click('[data-testid="zoom-in"]');
        await expect.poll(() => page.locator('[data-testid="zoom-reset"]').isEnabled()).toBe(true);
      }
      await context.close();
    });
  }
});
