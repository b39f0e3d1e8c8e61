import type { Page } from 'playwright-core';
import { profileMainThread, type BusyStretch } from './profile';

/** The longest main-thread tasks after the journey: moving the k slider, then choosing the PCA axes. */
export interface Interactions {
  /** Longest task over four settled moves of the k slider (two new k, then back to two seen ones). */
  readonly sliderTaskMs: number;
  /** Longest task from choosing the PCA axes until they are drawn (NaN with fewer than 3 columns). */
  readonly pcaTaskMs: number;
  /** With `profile`: what ran in the longest busy stretches of the two. */
  readonly stretches: BusyStretch[];
}

/** Time for the page to finish what a change started (labels wait 90 ms, the canvas paints over frames). */
const SETTLE_MS = 1500;

interface TaskLog {
  tasks: { start: number; duration: number }[];
}

async function longestSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (t0) =>
      Math.max(
        0,
        ...(window as unknown as { __bench: TaskLog }).__bench.tasks
          .filter((t) => t.start + t.duration >= t0)
          .map((t) => t.duration),
      ),
    since,
  );
}

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** Needs measureJourney's long-task log (window.__bench) on the page. */
export async function measureInteractions(page: Page, { profile = false } = {}): Promise<Interactions> {
  const stopProfile = profile ? await profileMainThread(page) : null;
  const sliderStart = await now(page);
  await page.focus('[data-testid="k-slider"]');
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
    const before = await page.textContent('[data-testid="k-value"]');
    await page.keyboard.press(key);
    await page.waitForFunction(
      (was) => document.querySelector('[data-testid="k-value"]')?.textContent !== was,
      before,
    );
    await page.waitForTimeout(SETTLE_MS);
  }
  const sliderTaskMs = await longestSince(page, sliderStart);
  let pcaTaskMs = NaN;
  if ((await page.locator('[data-testid="view-pca"]').count()) > 0) {
    const pcaStart = await now(page);
    await page.click('[data-testid="view-pca"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="cluster-scatter"]')?.textContent?.includes('PC1'),
    );
    await page.waitForTimeout(SETTLE_MS);
    pcaTaskMs = await longestSince(page, pcaStart);
  }
  const stretches = (await stopProfile?.()) ?? [];
  return { sliderTaskMs, pcaTaskMs, stretches };
}
