import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadCsv, dropFile, openPage, startApp, type App } from './harness';

/**
 * The kinds of file that used to give a wrong answer without an alert (issue #15), through the real
 * page: what it says, the partition it finds (the Mall file's, sizes 81 39 35 23 22 at k = 5), and the
 * download read back, every original cell as it was.
 */
const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');
const LINES = SAMPLE.trim().split(/\r?\n/);
const HEADER = LINES[0] ?? '';
const ROWS = LINES.slice(1).map((line) => line.split(','));
const MALL_SIZES = [81, 39, 35, 23, 22];
const CLASSIC_NAME = 'Customer_Clusters_Annual_Income_Spending.csv';
const TOTAL = 'Total,,7770,12112,10040';

const parse = (text: string, delimiter = ','): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true, delimiter }).data;

const table = (header: string, cell: (row: string[], c: number) => string, delimiter = ','): string[] => [
  header,
  ...ROWS.map((row) => row.map((_, c) => cell(row, c)).join(delimiter)),
];
const withThousands = (value: number, separator: string): string =>
  String(value).replace(/\B(?=(\d{3})+$)/g, separator);

/** Windows-1252 bytes of text made of Latin-1 and ASCII characters (all the names below are). */
const windows1252 = (text: string): Buffer => Buffer.from(text, 'latin1');
const NAMES = ['José Muñoz', 'Zoë Brontë', 'Ærøskøbing Ltd', 'François Müller', 'Ñandú Peña'];

interface Case {
  readonly name: string;
  readonly content: string | Buffer;
  /** What the page must say (in the data summary, alerts, warnings or notes). */
  readonly says: readonly RegExp[];
  /** An alert the page must raise (role="alert"), or none. */
  readonly alert?: RegExp;
  /** The original file as rows, to compare the download with. */
  readonly original: string[][];
  /** Rows of `original` above the header (titles). */
  readonly titles?: number;
  readonly fileName: string;
  /** Data rows that must come back with an empty cluster (summary rows), 0-based. */
  readonly unclustered?: readonly number[];
  /** False when other columns are clustered, so the partition is not the Mall file's. */
  readonly mallPartition?: false;
}

const dollars = table('CustomerID,Gender,Age,Annual Income ($),Spending Score (1-100)', (row, c) =>
  c === 3 ? `"${withThousands(Number(row[3]) * 1000, ',')}"` : (row[c] ?? ''),
);
const euro = table(
  'Kundennummer;Geschlecht;Alter;Annual Income (€);Spending Score',
  (row, c) => (c === 3 ? `${withThousands(Number(row[3]) * 1000, '.')},00 €` : (row[c] ?? '')),
  ';',
);
const spelled = table(HEADER, (row, c) => (c === 3 ? `${row[3]} thousand` : (row[c] ?? '')));
const someUnreadable = table(HEADER, (row, c) =>
  c === 3 && Number(row[0]) % 50 === 7 ? 'n/k' : (row[c] ?? ''),
);
const withTotal = [...LINES, TOTAL];
const german = [
  ...table(HEADER.replaceAll(',', ';'), (row, c) => row[c] ?? '', ';'),
  'Summe;;7770;12112;10040',
  'Durchschnitt;;38,85;60,56;50,2',
];
const titled = ['Customer export - March,,,,', 'Exported 2026-03-31', ...LINES];
const legacy = table('CustomerID,Name,Age,Annual Income (k$),Spending Score (1-100)', (row, c) =>
  c === 1 ? (NAMES[Number(row[0]) % NAMES.length] ?? '') : (row[c] ?? ''),
);
const score = table('CustomerID,Gender,Age,Annual Income (k$),Score (1-100)', (row, c) => row[c] ?? '');

const CASES: Case[] = [
  {
    name: 'income written "15,000" (quoted thousands separators)',
    content: dollars.join('\n') + '\n',
    says: [/Annual Income \(\$\) and Spending Score/, /“15,000” on line 2 \(read as 15000\)/],
    original: parse(dollars.join('\n')),
    fileName: CLASSIC_NAME,
  },
  {
    name: 'European export: semicolons and "15.000,00 €"',
    content: euro.join('\r\n') + '\r\n',
    says: [/thousands separators and currency signs/, /read as 15000/],
    original: parse(euro.join('\n'), ';'),
    fileName: CLASSIC_NAME,
  },
  {
    name: 'income the header names, spelled out ("15 thousand")',
    content: spelled.join('\n') + '\n',
    says: [/Clustering on Age and Spending Score/],
    alert:
      /“Annual Income \(k\$\)” looks like income, but 200 of its 200 filled cells are not numbers \(“15 thousand” on line 2/,
    original: parse(spelled.join('\n')),
    fileName: 'Customer_Clusters_Age_Spending_Score.csv',
    mallPartition: false,
  },
  {
    name: 'income with a few unreadable cells ("n/k"): an alert, the rows left out',
    content: someUnreadable.join('\n') + '\n',
    says: [/4 rows with a missing value left out of clustering/],
    alert:
      /Column “Annual Income \(k\$\)” is numeric but has 4 cells that are not plain numbers \(“n\/k” on line 8.*so those rows are not clustered/,
    original: parse(someUnreadable.join('\n')),
    fileName: CLASSIC_NAME,
    unclustered: [6, 56, 106, 156],
    mallPartition: false,
  },
  {
    name: 'a Total row under the customers',
    content: withTotal.join('\n') + '\n',
    says: [
      /1 summary row left out of clustering: line 202 \(“Total”\)/,
      /1 summary row \(totals, averages\) left out/,
    ],
    original: parse(withTotal.join('\n')),
    fileName: CLASSIC_NAME,
    unclustered: [200],
  },
  {
    name: 'German Summe and Durchschnitt rows in a semicolon file',
    content: german.join('\n') + '\n',
    says: [/2 summary rows left out of clustering: line 202 \(“Summe”\), line 203 \(“Durchschnitt”\)/],
    original: parse(german.join('\n'), ';'),
    fileName: CLASSIC_NAME,
    unclustered: [200, 201],
  },
  {
    name: 'two title lines above the header',
    content: titled.join('\r\n') + '\r\n',
    says: [
      /Lines 1 and 2 \(“Customer export - March”, “Exported 2026-03-31”\) sit above the header on line 3/,
    ],
    original: parse(titled.join('\n')),
    titles: 2,
    fileName: CLASSIC_NAME,
  },
  {
    name: 'a Windows-1252 file with accented names',
    content: windows1252(legacy.join('\r\n') + '\r\n'),
    says: [/Windows-1252/],
    original: parse(legacy.join('\n')),
    fileName: CLASSIC_NAME,
  },
  {
    name: 'a bare "Score (1-100)" beside income',
    content: score.join('\n') + '\n',
    says: [/Annual Income \(k\$\) and Score \(1-100\)/],
    original: parse(score.join('\n')),
    fileName: CLASSIC_NAME,
  },
];

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('real-world files through the real page: never a silent wrong answer', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const session = await openPage(app);
      const { page } = session;
      await dropFile(page, `${c.name.replace(/\W+/g, '-')}.csv`, c.content);
      await page.waitForSelector('[data-testid="cluster-scatter"]');
      // The Mall partition suggests k = 5; other columns suggest their own k.
      if (c.mallPartition !== false) {
        await expect.poll(() => page.locator('[data-testid="k-value"]').textContent()).toBe('5');
      }
      const text = await page.locator('[data-testid="data-summary"]').innerText();
      for (const pattern of c.says) expect(text).toMatch(pattern);
      const alerts = await page.locator('[role="alert"]').allTextContents();
      if (c.alert === undefined) expect(alerts).toEqual([]);
      else expect(alerts.join(' ')).toMatch(c.alert);

      const { name, text: csv } = await downloadCsv(session);
      expect(name).toBe(c.fileName);
      const labeled = parse(csv);
      expect(labeled).toHaveLength(c.original.length);
      const titles = c.titles ?? 0;
      labeled.slice(0, titles).forEach((row, i) => expect(row).toEqual(c.original[i]));
      const header = labeled[titles] ?? [];
      expect(header).toEqual([...(c.original[titles] ?? []), 'Cluster']);
      const rows = labeled.slice(titles + 1);
      rows.forEach((row, i) => expect(row.slice(0, -1)).toEqual(c.original[titles + 1 + i]));
      for (const index of c.unclustered ?? []) expect(rows[index]?.at(-1)).toBe('');
      const counts = new Map<string, number>();
      for (const row of rows) {
        const label = row.at(-1) ?? '';
        if (label !== '') counts.set(label, (counts.get(label) ?? 0) + 1);
      }
      const sizes = [...counts.values()].sort((a, b) => b - a);
      if (c.mallPartition !== false) expect(sizes).toEqual(MALL_SIZES);
      else expect(sizes.length).toBe(Number(await page.locator('[data-testid="k-value"]').textContent()));
      expect(session.errors).toEqual([]);
      await session.context.close();
    });
  }

  it('keeps every accented character of a Windows-1252 file, and lets the person choose another', async () => {
    const session = await openPage(app);
    await dropFile(session.page, 'legacy.csv', windows1252(legacy.join('\r\n') + '\r\n'));
    await session.page.waitForSelector('[data-testid="cluster-scatter"]');
    const { text } = await downloadCsv(session);
    expect(text).not.toContain('\ufffd');
    for (const name of NAMES) expect(text).toContain(name);

    // The guess can be overruled: read as UTF-8 the names break (and the page says so), and back again.
    const { page } = session;
    await page.locator('[data-testid="settings"]').evaluate((node) => node.setAttribute('open', ''));
    expect(await page.locator('[data-testid="encoding"]').inputValue()).toBe('windows-1252');
    await page.selectOption('[data-testid="encoding"]', 'utf-8');
    await expect
      .poll(() => page.locator('[data-testid="data-summary"]').innerText())
      .toMatch(/not valid UTF-8 and show as �/);
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    await page.locator('[data-testid="settings"]').evaluate((node) => node.setAttribute('open', ''));
    await page.selectOption('[data-testid="encoding"]', 'windows-1252');
    await expect
      .poll(() => page.locator('[data-testid="data-summary"]').innerText())
      .toMatch(/read as Western \(Windows-1252\), as chosen/);
    await page.waitForSelector('[data-testid="cluster-scatter"]');
    const again = await downloadCsv(session);
    for (const name of NAMES) expect(again.text).toContain(name);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
