import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadCsv, dropFile, openPage, startApp, type App } from './harness';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Waits for the service worker to be active, then reloads so that it controls the page. */
async function installServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

// One served build for the first two groups; the update group serves copies of its own.
let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('offline: the app starts and works with no network after the first visit', () => {
  it('serves the manifest and its icons from the app itself', async () => {
    const manifest = (await (await fetch(new URL('manifest.webmanifest', app.url))).json()) as {
      display: string;
      start_url: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512', '512x512']);
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, app.url));
      expect(response.headers.get('content-type')).toBe('image/png');
    }
  });

  it('reloads offline and does the whole journey: sample, scatter, k, labeled download', async () => {
    const session = await openPage(app);
    const { page, context } = session;
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await installServiceWorker(page);

    await context.setOffline(true);
    const fromNetwork: string[] = [];
    page.on('response', (response) => {
      if (!response.fromServiceWorker() && !/^(blob|data):/.test(response.url()))
        fromNetwork.push(response.url());
    });
    await page.reload();
    expect(await page.title()).toBe('Customer segments');

    await page.click('text=Try the sample');
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    expect(await page.locator('[data-testid="k-value"]').textContent()).toBe('5');
    await page.focus('[data-testid="k-slider"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="k-value"]')?.textContent === '6');
    await page.waitForSelector('[data-testid="cluster-scatter"]');

    const { name, text } = await downloadCsv(session);
    expect(name).toBe('Customer_Clusters_Annual_Income_Spending.csv');
    const lines = text.trimEnd().split(/\r?\n/);
    expect(lines).toHaveLength(201);
    const header = lines[0]!.split(',');
    expect(header).toContain('Cluster');
    const cluster = header.indexOf('Cluster');
    const labels = new Set(lines.slice(1).map((line) => line.split(',')[cluster]));
    expect(labels.size).toBe(6);

    // Everything came from the precache, including the sample and kmeans.wasm (no JavaScript fallback).
    expect(fromNetwork).toEqual([]);
    expect(warnings.filter((w) => w.includes('WebAssembly kernels could not be loaded'))).toEqual([]);
    expect(session.errors).toEqual([]);
    await context.close();
  });
});

describe('offline: a big file is parsed in range workers from the precache', () => {
  it('reads a file past a million characters in ranges, offline, every row kept', async () => {
    const session = await openPage(app);
    const { page, context } = session;
    await installServiceWorker(page);
    await context.setOffline(true);
    const fromNetwork: string[] = [];
    page.on('response', (response) => {
      if (!response.fromServiceWorker() && !/^(blob|data):/.test(response.url()))
        fromNetwork.push(response.url());
    });
    await page.reload();
    const rows = Array.from({ length: 100_000 }, (_, i) => `${i + 1},${20 + (i % 50)},${(i * 7) % 100}`);
    await dropFile(
      page,
      'big.csv',
      `CustomerID,Annual Income (k$),Spending Score (1-100)\n${rows.join('\n')}\n`,
    );
    await page.waitForSelector('[data-testid="features"]');
    // The table worker notes how many ranges a load was parsed in (see tableHandler).
    const table = page.workers().find((worker) => worker.url().includes('table.worker'));
    const measures =
      (await table?.evaluate(() => performance.getEntriesByType('measure').map((entry) => entry.name))) ?? [];
    expect(measures.some((name) => /^table:ranges=[2-8]$/.test(name))).toBe(true);
    expect(page.workers().some((worker) => worker.url().includes('range.worker'))).toBe(true);
    expect(fromNetwork).toEqual([]);
    const { text } = await downloadCsv(session);
    expect(text.trimEnd().split(/\r?\n/)).toHaveLength(100_001);
    expect(session.errors).toEqual([]);
    await context.close();
  });
});

describe('offline: a new build is offered, not forced', () => {
  // A copy of the build whose sw.js can change under a running server, as a deploy would.
  const outDir = mkdtempSync(join(tmpdir(), 'customer-segments-dist-'));
  let deployed: App;
  beforeAll(async () => {
    cpSync('dist', outDir, { recursive: true });
    deployed = await startApp([], { outDir });
  });
  afterAll(async () => {
    await deployed?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('shows "A new version is ready" when a new sw.js is served, and Reload switches to it', async () => {
    const session = await openPage(deployed);
    const { page } = session;
    await installServiceWorker(page);
    const prompt = page.locator('[data-testid="update-prompt"]');
    expect(await prompt.getAttribute('role')).toBe('status');
    expect(await prompt.textContent()).toBe('');

    appendFileSync(join(outDir, 'sw.js'), '\n// the next build\n');
    await page.reload();
    await page.waitForSelector('text=A new version is ready.');
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null),
    ).toBe(true);

    // axe through the DevTools protocol (page.evaluate is not subject to the page's CSP).
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      type Axe = { run: (c: unknown) => Promise<{ violations: { id: string; impact: string }[] }> };
      const result = await (window as unknown as { axe: Axe }).axe.run(document);
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    });
    expect(violations).toEqual([]);

    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="update-reload"]')]);
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting === null && navigator.serviceWorker.controller !== null;
    });
    expect(await prompt.textContent()).toBe('');
    const activeScript = await page.evaluate(async () => {
      const response = await fetch('/sw.js');
      return response.text();
    });
    expect(activeScript).toContain('the next build');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
