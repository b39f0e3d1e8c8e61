import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formattedBytes } from '../exports/files';
import {
  csvRows,
  downloadCsv,
  downloadFile,
  dropFile,
  openPage,
  openView,
  seriousViolations,
  startApp,
  type App,
} from './harness';

const PYTHON = '/usr/bin/python3';
const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('Export as Python and Export as Spark job in the browser', () => {
  it('an export with a title line, "$15,000" cells and a Total row: the Python script writes the download', async () => {
    const session = await openPage(app);
    const { page } = session;
    const bytes = Buffer.from(formattedBytes());
    await dropFile(page, 'export-march.csv', bytes);
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    await page.fill('[data-testid="k-slider"]', '4');
    await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('4');
    await page.check('[data-testid="include-segment"]');

    const { name: csvName, text: csv } = await downloadCsv(session);
    const python = await downloadFile(session, 'export-python');
    expect(python.name).toBe('segment_customers.py');
    expect(python.text).toContain('K = 4');
    expect(python.text).toContain('HEADER_LINE = 2');
    expect(python.text).toContain('SEGMENT_NAMES = [');

    const dir = mkdtempSync(join(tmpdir(), 'script-e2e-'));
    writeFileSync(join(dir, 'export-march.csv'), bytes);
    writeFileSync(join(dir, python.name), python.text);
    execFileSync(PYTHON, [python.name, 'export-march.csv'], { cwd: dir, stdio: 'pipe' });
    const written = readFileSync(join(dir, csvName), 'utf8');
    const expected = csvRows(csv);
    expect(expected.length).toBe(203);
    expect(csvRows(written)).toEqual(expected);

    const spark = await downloadFile(session, 'export-spark');
    expect(spark.name).toBe('segment_customers_spark.py');
    expect(spark.text).toContain('K = 4');
    expect(spark.text).toContain('SUMMARY_LABELS = ["total"]');
    writeFileSync(join(dir, spark.name), spark.text);
    execFileSync(PYTHON, ['-m', 'py_compile', spark.name], { cwd: dir });
    expect(session.errors).toEqual([]);
    await session.context.close();
  }, 120_000);

  for (const view of [
    { name: 'light, 1400 px', width: 1400, height: 1000, scheme: 'light' as const },
    { name: 'dark, 390 px', width: 390, height: 844, scheme: 'dark' as const },
  ]) {
    it(`the buttons sit by Download with no serious or critical axe-core violation (${view.name})`, async () => {
      const { context, page } = await openView(app, view);
      await dropFile(page, 'Mall_Customers.csv', SAMPLE);
      await page.waitForSelector('[data-testid="export-spark"]');
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(view.width);
      for (const kind of ['python', 'spark']) {
        const box = await page.locator(`[data-testid="export-${kind}"]`).boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(0);
        expect((box?.x ?? -1) + (box?.width ?? 0)).toBeLessThanOrEqual(view.width);
      }
      await context.close();
    });
  }
});
