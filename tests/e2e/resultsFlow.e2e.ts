import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMallCsv } from '../bench/browser/mallCsv';
import { downloadCsv, dropFile, openView, openPage, seriousViolations, startApp, type App } from './harness';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');
const HEADING = '#results-heading';

let app: App;
let big: string; // clustering lasts long enough to be cancelled
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'results-flow-'));
  big = join(dir, 'big.csv');
  await writeMallCsv(big, 150_000, 11);
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const focusedId = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.id ?? '');

/** Whether the heading's box lies inside the viewport, once any smooth scroll has settled. */
const headingInView = (page: Page): Promise<boolean> =>
  page.locator(HEADING).evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

const clusterColumn = (text: string): string[] => {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => row.at(-1) ?? '');
};

describe('results come into view and keep what was finished', () => {
  for (const view of [
    { name: 'desktop-light', width: 1400, height: 1000, scheme: 'light' as const },
    { name: 'desktop-dark', width: 1400, height: 1000, scheme: 'dark' as const },
    { name: 'phone-light', width: 390, height: 844, scheme: 'light' as const },
    { name: 'phone-dark', width: 390, height: 844, scheme: 'dark' as const },
  ]) {
    it(`after "Try the sample" the results heading is in view and focused (${view.name})`, async () => {
      const session = await openView(app, view);
      const { page } = session;
      await page.getByRole('button', { name: /Try the sample/ }).click();
      await page.waitForSelector('[data-testid="cluster-scatter"]');
      await expect.poll(() => focusedId(page)).toBe('results-heading');
      await expect.poll(() => headingInView(page)).toBe(true);
      await page.screenshot({ path: `test-results/results-flow-${view.name}.png` });
      expect(await seriousViolations(page)).toEqual([]);
      expect(session.errors).toEqual([]);
      await session.context.close();
    });
  }

  for (const view of [
    { name: 'desktop-dark', width: 1400, height: 1000, scheme: 'dark' as const },
    { name: 'phone-light', width: 390, height: 844, scheme: 'light' as const },
  ]) {
    it(`one Columns control says why the default pair was chosen (${view.name})`, async () => {
      const session = await openView(app, view);
      const { page } = session;
      await dropFile(page, 'Mall_Customers.csv', SAMPLE);
      await page.waitForSelector('[data-testid="cluster-scatter"]');
      const control = page.locator('[data-testid="columns"]');
      expect(await page.getByRole('heading', { name: 'Columns', exact: true }).count()).toBe(1);
      expect(await page.locator('summary', { hasText: /^Columns/ }).count()).toBe(0);
      const reason = control.locator('[data-testid="feature-reason"]');
      expect(await reason.textContent()).toMatch(/Annual Income \(k\$\).*Spending Score \(1-100\)/);
      expect(await control.getByLabel('Age', { exact: true }).isVisible()).toBe(true);
      await control.locator('summary').nth(1).click();
      await control.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/results-flow-columns-${view.name}.png` });
      expect(await seriousViolations(page)).toEqual([]);
      // The column table scrolls inside its card; the page itself does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(view.width);
      // Another pair: the sentence says which pair was detected at first.
      await control.getByLabel('Age', { exact: true }).check();
      await expect.poll(() => reason.textContent()).toMatch(/^Detected at first: /);
      expect(session.errors).toEqual([]);
      await session.context.close();
    });
  }

  it('after dropping a file focus lands on the results heading; a k change leaves focus alone', async () => {
    const session = await openPage(app, { width: 1400, height: 1000 });
    const { page } = session;
    await dropFile(page, 'Mall_Customers.csv', SAMPLE);
    await expect.poll(() => focusedId(page)).toBe('results-heading');
    await expect.poll(() => headingInView(page)).toBe(true);
    await page.focus('[data-testid="k-slider"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('6');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('k-slider');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`an empty file after a good one leaves the analysis and its download, with the error (${scheme})`, async () => {
      const session = await openView(app, { width: 1400, height: 1000, scheme });
      const { page } = session;
      await dropFile(page, 'Mall_Customers.csv', SAMPLE);
      await page.waitForSelector('[data-testid="download"]');
      const before = await downloadCsv(session);
      await dropFile(page, 'empty.csv', '');
      const alert = page.locator('[data-testid="load-error"]');
      await alert.waitFor();
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await alert.textContent()).toMatch(/empty\.csv could not be read.*Mall_Customers\.csv/);
      expect(await page.locator('[data-testid="cluster-scatter"]').count()).toBe(1);
      expect(await page.locator('[data-testid="row-count"]').textContent()).toBe('200 rows');
      await page.waitForSelector('[data-testid="download"]');
      const after = await downloadCsv(session);
      const column = clusterColumn(after.text);
      expect(column).toHaveLength(201);
      expect(column[0]).toBe('Cluster');
      expect(after).toEqual(before);
      await page.screenshot({ path: `test-results/results-flow-bad-file-${scheme}.png` });
      expect(await seriousViolations(page)).toEqual([]);

      // A good file clears the error.
      await dropFile(page, 'Mall_Customers.csv', SAMPLE);
      await expect.poll(() => alert.count()).toBe(0);
      expect(session.errors).toEqual([]);
      await session.context.close();
    });
  }

  it('Run again after Cancel gives the labels an uninterrupted run gives', async () => {
    const session = await openView(app, { width: 390, height: 844, scheme: 'light' });
    const { page } = session;
    await page.setInputFiles('[data-testid="file-input"]', big);
    await page.waitForSelector('[data-testid="download"]', { timeout: 100_000 });
    const uninterrupted = await downloadCsv(session);

    await page.setInputFiles('[data-testid="file-input"]', big);
    await page.locator('.status label', { hasText: 'Clustering' }).waitFor({ timeout: 100_000 });
    await page.click('[data-testid="cancel"]');
    await page.getByText('Analysis cancelled.').waitFor();
    const again = page.locator('[data-testid="run-again"]');
    await again.waitFor();
    // The button that replaced Cancel takes the focus Cancel had.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('run-again');
    await page.screenshot({ path: 'test-results/results-flow-run-again.png' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="download"]', { timeout: 100_000 });
    await expect.poll(() => focusedId(page)).toBe('results-heading');
    const rerun = await downloadCsv(session);
    expect(rerun.name).toBe(uninterrupted.name);
    expect(clusterColumn(rerun.text)).toEqual(clusterColumn(uninterrupted.text));
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
