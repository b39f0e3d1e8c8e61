import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formattedBytes } from '../exports/files';
import { downloadCsv, dropFile, openPage, startApp, type App, type Session } from './harness';

const PYTHON = '/usr/bin/python3';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');

const cells = (text: string): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true }).data;

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Clicks one of the script buttons and reads the saved file back. */
async function exportScript(
  session: Session,
  kind: 'python' | 'spark',
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    session.page.waitForEvent('download'),
    session.page.click(`[data-testid="export-${kind}"]`),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

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
    const python = await exportScript(session, 'python');
    expect(python.name).toBe('segment_customers.py');
    expect(python.text).toContain('K = 4');
    expect(python.text).toContain('HEADER_LINE = 2');
    expect(python.text).toContain('SEGMENT_NAMES = [');

    const dir = mkdtempSync(join(tmpdir(), 'script-e2e-'));
    writeFileSync(join(dir, 'export-march.csv'), bytes);
    writeFileSync(join(dir, python.name), python.text);
    execFileSync(PYTHON, [python.name, 'export-march.csv'], { cwd: dir, stdio: 'pipe' });
    const written = readFileSync(join(dir, csvName), 'utf8');
    const expected = cells(csv);
    expect(expected.length).toBe(203);
    expect(cells(written)).toEqual(expected);

    const spark = await exportScript(session, 'spark');
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
      // bypassCSP only here: the built app's CSP rightly forbids injecting axe's script.
      const context = await app.browser.newContext({
        bypassCSP: true,
        viewport: { width: view.width, height: view.height },
        colorScheme: view.scheme,
      });
      const page = await context.newPage();
      await page.goto(app.url);
      await dropFile(page, 'Mall_Customers.csv', SAMPLE);
      await page.waitForSelector('[data-testid="export-spark"]');
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(`(async () => {
        const result = await window.axe.run(document);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target) }));
      })()`);
      expect(violations).toEqual([]);
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
