import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFile, openPage, startApp, type App } from './harness';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('privacy: nothing leaves the page', () => {
  it('makes no request beyond the app’s own files during the whole journey', async () => {
    const session = await openPage(app);
    const { page } = session;
    await page.click('text=Try the sample');
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    await page.focus('[data-testid="k-slider"]');
    await page.keyboard.press('ArrowRight');
    await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
    const origin = new URL(app.url).origin;
    const foreign = session.requests.filter((url) => !url.startsWith(origin) && !/^(blob|data):/.test(url));
    expect(foreign).toEqual([]);
    expect(session.requests.some((url) => url.endsWith('/Mall_Customers.csv'))).toBe(true);
    await session.context.close();
  });

  it('sends a Content-Security-Policy that allows only the app itself', async () => {
    const response = await fetch(app.url);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    // Compiling our own WebAssembly is allowed; evaluating JavaScript from text is not.
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"/);
  });

  it('works with the browser offline once the page has loaded', async () => {
    const session = await openPage(app);
    const { page, context } = session;
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await dropFile(page, 'Mall_Customers.csv', SAMPLE);
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    expect(await page.locator('[data-testid="k-value"]').textContent()).toBe('5');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download"]'),
    ]);
    expect(download.suggestedFilename()).toBe('Customer_Clusters_Annual_Income_Spending.csv');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
