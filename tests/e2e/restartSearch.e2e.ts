import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMallLikeCsv } from '../bench/engine/mallLike';
import { MALL_REFERENCE } from '../core/cluster/reference';
import { dropFile, openPage, startApp, type App } from './harness';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');
/** scikit-learn 1.2.1, KMeans(n_init = 10, random_state = 42) per k on the sample: reference.json's figures. */
const SKLEARN_N_INIT_10 = MALL_REFERENCE.inertiaByK.map((v) => v.toFixed(3));
/** A recomputation runs in the workers: give it time. */
const RECOMPUTED = { timeout: 60_000, interval: 200 };

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the restart search, as the page shows it', () => {
  it('says what it did per k, and "Match scikit-learn exactly" gives reference.json\'s elbow', async () => {
    const session = await openPage(app);
    const { page } = session;
    await dropFile(page, 'Mall_Customers.csv', SAMPLE);
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('5');
    const note = page.locator('[data-testid="restarts-note"]');
    const inertias = () =>
      page.locator('[data-testid="elbow-table"] tbody td:nth-of-type(1)').allTextContents();
    const restarts = () =>
      page.locator('[data-testid="elbow-table"] tbody td:nth-of-type(3)').allTextContents();

    // The thorough search (the default): more restarts where they help, fewer where they do not.
    expect(await note.textContent()).toMatch(/^Best of \d+ restarts; found (\d+ times|once)$/);
    await page.click('[data-testid="elbow-chart"] [data-k="8"]');
    await expect.poll(() => note.textContent()).toMatch(/^Best of (\d{3,}) restarts; found \d+ times$/);
    const thorough = await inertias();
    expect(thorough[7]).toBe('37.148');
    expect(thorough[7]).not.toBe(SKLEARN_N_INIT_10[7]);
    const searched = await restarts();
    expect(searched[0]).toBe('best of 10; found 10 times');
    expect(searched[7]).toMatch(/^best of \d{3,}; found \d+ times$/);
    expect(await page.locator('[data-testid="elbow-table"] thead th').last().textContent()).toBe('Restarts');
    expect(await page.locator('[data-testid="reproducibility"]').textContent()).toMatch(
      /at least 10 restarts per k, more until the best is found 5 times/,
    );

    // Matching scikit-learn: exactly n_init = 10, misses included.
    await page.getByLabel('Match scikit-learn exactly (n_init = 10)').check();
    await expect.poll(() => note.textContent(), RECOMPUTED).toBe('Best of 10 restarts; found once');
    await expect.poll(inertias, RECOMPUTED).toEqual(SKLEARN_N_INIT_10);
    expect(new Set(await restarts()).size).toBeGreaterThan(1);
    expect((await restarts()).every((text) => text.startsWith('best of 10;'))).toBe(true);
    expect(await page.locator('[data-testid="reproducibility"]').textContent()).toMatch(
      /KMeans\(n_init = 10, random_state = 42\)/,
    );

    // And back.
    await page.getByLabel('Match scikit-learn exactly (n_init = 10)').uncheck();
    await expect.poll(inertias, RECOMPUTED).toEqual(thorough);

    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('on 20,000 customers carries each best restart on to a fixed point, and says what that gained', async () => {
    const session = await openPage(app);
    const { page } = session;
    await dropFile(page, 'customers-20k.csv', writeMallLikeCsv(20_000, 2, 20240603));
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    const note = page.locator('[data-testid="restarts-note"]');
    const restarts = () =>
      page.locator('[data-testid="elbow-table"] tbody td:nth-of-type(3)').allTextContents();
    await page.click('[data-testid="elbow-chart"] [data-k="8"]');
    // At this size scikit-learn's tol stops restarts while points still move.
    await expect
      .poll(() => note.textContent())
      .toMatch(
        /^Best of \d+ restarts; found (\d+ times|once); then \d+ more iterations? to a fixed point, inertia [\d.e-]+% lower$/,
      );
    expect((await restarts())[7]).toMatch(/^best of \d+; found (\d+ times|once); refined$/);
    expect((await restarts())[0]).toBe('best of 10; found 10 times'); // k = 1: nothing to refine

    await page.getByLabel('Match scikit-learn exactly (n_init = 10)').check();
    await expect
      .poll(() => note.textContent(), RECOMPUTED)
      .toMatch(/^Best of 10 restarts; found (\d+ times|once)$/);
    expect((await restarts()).some((text) => text.includes('refined'))).toBe(false);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('keeps the chosen search for the next visit: after a reload the page matches scikit-learn at once', async () => {
    const session = await openPage(app);
    const { page } = session;
    await dropFile(page, 'Mall_Customers.csv', SAMPLE);
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    const box = page.getByLabel('Match scikit-learn exactly (n_init = 10)');
    await box.check();
    await expect
      .poll(() => page.locator('[data-testid="restarts-note"]').textContent(), RECOMPUTED)
      .toBe('Best of 10 restarts; found 8 times');
    await page.reload();
    await dropFile(page, 'Mall_Customers.csv', SAMPLE);
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    expect(await box.isChecked()).toBe(true);
    const inertias = await page
      .locator('[data-testid="elbow-table"] tbody td:nth-of-type(1)')
      .allTextContents();
    expect(inertias).toEqual(SKLEARN_N_INIT_10);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
