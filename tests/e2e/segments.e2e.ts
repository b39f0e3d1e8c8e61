import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dropFile,
  openPage,
  openView,
  overlappingPairs,
  seriousViolations,
  startApp,
  type App,
  type Session,
} from './harness';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function loadSample(session: Session): Promise<Page> {
  const { page } = session;
  await dropFile(page, 'Mall_Customers.csv', SAMPLE);
  await page.waitForSelector('[data-testid="cluster-scatter"]');
  await page.waitForSelector('[data-testid="segment-name"]');
  await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('5');
  return page;
}

async function read(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function downloadOf(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), bytes: await read(download) };
}

describe('segments a marketer can act on', () => {
  it('suggests names, a rename reaches the legend and the downloaded Segment column', async () => {
    const session = await openPage(app);
    const page = await loadSample(session);
    const names = await page
      .locator('[data-testid="segment-name"]')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value));
    expect(names).toContain('High income · High spending');
    expect(names).toContain('Average income · Average spending');
    const target = names.indexOf('High income · High spending');
    const field = page.locator('[data-testid="segment-name"]').nth(target);
    await field.fill('VIP shoppers');
    await expect.poll(() => page.locator('[data-testid="legend"]').textContent()).toContain('VIP shoppers');
    expect(await page.locator('[data-testid="include-segment"]').isChecked()).toBe(true);

    const { bytes } = await downloadOf(page, '[data-testid="download"]');
    const rows = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]?.slice(-2)).toEqual(['Cluster', 'Segment']);
    const vips = rows.filter((r) => r.at(-1) === 'VIP shoppers');
    expect(vips).toHaveLength(39);
    expect(new Set(vips.map((r) => r.at(-2)))).toEqual(new Set([String(target + 1)]));
    expect(rows.filter((r) => r.at(-1) === 'Low income · Low spending')).toHaveLength(23);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('clicking a point of the elbow sets k; the seed is shown and changeable', async () => {
    const session = await openPage(app);
    const page = await loadSample(session);
    await page.click('[data-testid="elbow-chart"] [data-k="3"]');
    await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('3');
    expect(await page.locator('[data-testid="cluster-scatter"] [data-testid="centroid"]').count()).toBe(3);
    // Keyboard too: Tab to a dot and press Enter.
    await page.focus('[data-testid="elbow-chart"] [data-k="5"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('5');

    expect(await page.locator('[data-testid="reproducibility"]').textContent()).toMatch(
      /Seed 42.*10 restarts/,
    );
    await page.click('[data-testid="compute-quality"]');
    await expect.poll(() => page.locator('[data-testid="quality-summary"]').textContent()).toMatch(/k = 5/);
    await page.fill('[data-testid="seed"]', '7');
    await page.click('text=Recompute');
    await expect.poll(() => page.locator('[data-testid="reproducibility"]').textContent()).toMatch(/Seed 7/);
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('hovering or stepping with the keyboard shows a tooltip; drawn id labels never overlap', async () => {
    const session = await openPage(app, { width: 1280, height: 900 });
    const page = await loadSample(session);
    await page.hover('[data-testid="point"][data-row="0"]');
    const tooltip = page.locator('[data-testid="scatter-tooltip"]');
    await tooltip.waitFor();
    const text = await tooltip.textContent();
    expect(text).toContain('ID 1');
    expect(text).toContain('Age');
    expect(text).toContain('19');
    // The pointer leaves first: focusing scrolls the plot, and a pointer still over it may then leave it
    // after the key was pressed, which (rightly) clears the row being read.
    await page.mouse.move(0, 0);
    await page.focus('.scatter__plot');
    await page.keyboard.press('Home');
    await expect
      .poll(() => page.locator('[data-testid="scatter-announcer"]').textContent())
      .toMatch(/^ID \d+ · /);

    const overlaps = await overlappingPairs(page, '[data-testid="point-label"]');
    expect(overlaps).toBe(0);
    await page.check('[data-testid="units-standardized"]');
    expect(await page.locator('[data-testid="cluster-scatter"]').textContent()).toContain('standardized');
    await session.context.close();
  });

  it('exports both charts as PNG (decodes) and SVG (parses)', async () => {
    const session = await openPage(app);
    const page = await loadSample(session);
    for (const chart of ['elbow', 'segments']) {
      const png = await downloadOf(page, `[data-testid="export-${chart}-png"]`);
      expect(png.name).toBe(`${chart}.png`);
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const size = await page.evaluate(async (base64) => {
        const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
        const url = URL.createObjectURL(blob);
        const image = new Image();
        image.src = url;
        await image.decode();
        URL.revokeObjectURL(url);
        return [image.naturalWidth, image.naturalHeight];
      }, png.bytes.toString('base64'));
      expect(size[0]).toBeGreaterThan(500);

      const svg = await downloadOf(page, `[data-testid="export-${chart}-svg"]`);
      expect(svg.name).toBe(`${chart}.svg`);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.getElementsByTagName('parsererror').length,
          root: doc.documentElement.nodeName,
          texts: doc.getElementsByTagName('text').length,
        };
      }, svg.bytes.toString('utf8'));
      expect(parsed).toEqual({ error: 0, root: 'svg', texts: expect.any(Number) });
      expect(parsed.texts).toBeGreaterThan(5);
    }
    // The scatter's SVG carries its legend, with the segment names.
    const scatter = await downloadOf(page, '[data-testid="export-segments-svg"]');
    expect(scatter.bytes.toString('utf8')).toContain('High income · High spending');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('copies the profile as tab-separated text', async () => {
    const session = await openPage(app);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.url).origin,
    });
    const page = await loadSample(session);
    await page.click('[data-testid="copy-summary"]');
    await expect.poll(() => page.locator('[data-testid="copy-status"]').textContent()).toMatch(/copied/i);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const rows = text
      .trimEnd()
      .split('\n')
      .map((r) => r.split('\t'));
    expect(rows[0]?.slice(0, 4)).toEqual(['Cluster', 'Segment', 'Customers', 'Share (%)']);
    expect(rows).toHaveLength(6);
    await session.context.close();
  });

  for (const view of [
    { name: 'light', width: 1280, scheme: 'light' as const },
    { name: 'dark', width: 1280, scheme: 'dark' as const },
    { name: 'phone', width: 360, scheme: 'light' as const },
  ]) {
    it(`has no serious or critical axe-core violations (${view.name})`, async () => {
      const session = await openView(app, { width: view.width, height: 900, scheme: view.scheme });
      const { context, page } = session;
      await page.emulateMedia({ colorScheme: view.scheme });
      await loadSample(session);
      await page.screenshot({ path: `test-results/segments-${view.name}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(view.width);
      await context.close();
    });
  }
});
