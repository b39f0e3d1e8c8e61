import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadCsv, dropFile, openPage, startApp, type App, type Session } from './harness';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');
const fixture = (path: string): Buffer => readFileSync(`tests/fixtures/${path}`);
const parse = (text: string): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true }).data;

function clusterSizes(text: string): number[] {
  const counts = new Map<string, number>();
  for (const row of parse(text).slice(1)) {
    const label = row[row.length - 1] ?? '';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.values()].sort((a, b) => b - a);
}

let app: App;
let csvDownload: string;
let csvName: string;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function clustered(session: Session): Promise<void> {
  const { page } = session;
  await page.waitForSelector('[data-testid="cluster-scatter"]');
  await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('5');
  await expect.poll(() => page.locator('[data-testid="row-count"]').textContent()).toContain('200');
}

async function alertText(session: Session): Promise<string> {
  const alert = session.page.locator('[role="alert"]').first();
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

describe('workbooks and Parquet files through the real UI', () => {
  // Runs first: the other tests compare with this download.
  it('the reference: the CSV of the same data gives sizes 81, 39, 35, 23, 22 at k = 5', async () => {
    const session = await openPage(app);
    await dropFile(session.page, 'Mall_Customers.csv', SAMPLE);
    await clustered(session);
    ({ text: csvDownload, name: csvName } = await downloadCsv(session));
    await session.context.close();
    expect(clusterSizes(csvDownload)).toEqual([81, 39, 35, 23, 22]);
  });

  it('an .xlsx with several sheets: the first with values is read, another can be chosen', async () => {
    const session = await openPage(app);
    const { page } = session;
    await dropFile(page, 'mall-sheets.xlsx', fixture('workbooks/mall-sheets.xlsx'));
    await clustered(session);
    const picker = page.locator('[data-testid="sheet"]');
    expect(await picker.inputValue()).toBe('Customers');
    expect(await picker.locator('option').allTextContents()).toEqual(['Customers', 'Notes']);
    // A workbook has its own columns and characters: no delimiter or encoding to choose.
    expect(await page.locator('[data-testid="delimiter"], [data-testid="encoding"]').count()).toBe(0);
    const { name, text } = await downloadCsv(session);
    expect(name).toBe(csvName); // the same name rule
    expect(text).toBe(csvDownload);

    // A sheet without numbers says so, and the picker stays to go back.
    await picker.selectOption('Notes');
    expect(await alertText(session)).toMatch(/numeric/i);
    await page.locator('[data-testid="sheet"]').selectOption('Customers');
    await clustered(session);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect((await downloadCsv(session)).text).toBe(csvDownload);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('a .parquet file of the same data gives the same partition and download', async () => {
    const session = await openPage(app);
    await dropFile(session.page, 'mall.parquet', fixture('parquet/mall.parquet'));
    await clustered(session);
    expect(await session.page.locator('[data-testid="sheet"]').count()).toBe(0);
    const { name, text } = await downloadCsv(session);
    expect(name).toBe(csvName);
    expect(text).toBe(csvDownload);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  const BAD: [string, Buffer, RegExp][] = [
    ['password.xlsx', fixture('workbooks/password.xlsx'), /protected with a password/],
    ['truncated.xlsx', fixture('workbooks/truncated.xlsx'), /zip archive is damaged/],
    ['mall.xls', fixture('workbooks/mall.xls'), /legacy Excel 97–2003 .*save it as \.xlsx or CSV/],
    ['cut.parquet', fixture('parquet/mall.parquet').subarray(0, 3000), /Parquet/],
  ];
  for (const [name, bytes, message] of BAD) {
    it(`${name} gets its own sentence, and the next good file works`, async () => {
      const session = await openPage(app);
      const { page } = session;
      await dropFile(page, name, bytes);
      const text = await alertText(session);
      expect(text).toMatch(message);
      expect(text).toContain(name);
      await dropFile(page, 'mall-sheets.xlsx', fixture('workbooks/mall-sheets.xlsx'));
      await clustered(session);
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      expect(session.errors).toEqual([]);
      await session.context.close();
    });
  }
});
