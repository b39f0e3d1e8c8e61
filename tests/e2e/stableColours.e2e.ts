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

describe('segments keep their look when k changes', () => {
  it('from k = 5 to k = 6 only the customers of the segment that splits change colour', async () => {
    const session = await openPage(app);
    const { page } = session;
    await dropFile(page, 'Mall_Customers.csv', SAMPLE);
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('5');
    const looks = () =>
      page
        .locator('[data-testid="cluster-scatter"] [data-testid="point"]')
        .evaluateAll((nodes) =>
          Object.fromEntries(
            nodes.map((n) => [n.getAttribute('data-row'), `${n.getAttribute('fill')} ${n.tagName}`]),
          ),
        );
    const five = await looks();
    await page.focus('[data-testid="k-slider"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('6');
    const six = await looks();
    const rows = Object.keys(five);
    expect(rows).toHaveLength(200);
    const changed = rows.filter((row) => five[row] !== six[row]).length;
    // One segment of at most 81 customers splits in two; every other customer keeps colour and shape.
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThanOrEqual(81);

    // No two segments share a suggested name at any k.
    for (let k = 6; k <= 10; k++) {
      await expect.poll(() => page.locator('[data-testid="segment-row"]').count()).toBe(k);
      const names = await page
        .locator('[data-testid="segment-row"] input')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      expect(new Set(names).size, names.join(' | ')).toBe(names.length);
      // Every name fits its field: none is cut off.
      const cut = await page
        .locator('[data-testid="segment-name"]')
        .evaluateAll((inputs) => inputs.filter((input) => input.scrollWidth > input.clientWidth + 1).length);
      expect(cut).toBe(0);
      await page.keyboard.press('ArrowRight');
    }
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
