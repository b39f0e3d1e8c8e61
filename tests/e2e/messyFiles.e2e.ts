import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFile, openPage, startApp, type App, type Session } from './harness';

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');
const SAMPLE_LINES = SAMPLE.trim().split(/\r?\n/);
const HEADER = SAMPLE_LINES[0] ?? '';
const BODY = SAMPLE_LINES.slice(1, 41);

const parse = (text: string): string[][] =>
  Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data;

interface Case {
  readonly name: string;
  readonly content: string | Buffer;
  /** An error the page must show in role="alert" (a fragment, case-insensitive), or null for a file that clusters. */
  readonly alert: RegExp | null;
  /** Data rows the download must hold (files that cluster). */
  readonly rows?: number;
  /** Text the page must show somewhere. */
  readonly shows?: RegExp;
  /** Checks on the downloaded table. */
  readonly download?: (table: string[][]) => void;
}

const utf16le = (text: string): Buffer => Buffer.from(text, 'utf16le');

const CASES: Case[] = [
  { name: 'empty.csv', content: '', alert: /empty/i },
  { name: 'header-only.csv', content: `${HEADER}\n`, alert: /header|no data|rows/i },
  {
    name: 'spreadsheet.csv',
    content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0]),
    alert: /zip|spreadsheet|binary|not a text/i,
  },
  {
    name: 'utf16-no-bom.csv',
    content: utf16le(`${HEADER}\n${BODY.join('\n')}\n`),
    alert: /text|UTF-16|binary/i,
  },
  {
    // Recovered, not refused: the line is read without quote handling and named.
    name: 'unterminated-quote.csv',
    content: `${HEADER}\n${BODY.slice(0, 5).join('\n')}\n6,"Female,35,20,50\n${BODY.slice(6).join('\n')}\n`,
    alert: null,
    rows: 40,
    shows: /line 7/i,
    download: (table) => expect(table[6]?.[1]).toBe('"Female'),
  },
  {
    name: 'too-few-numeric.csv',
    content: 'Name,City,Segment\nAda,London,A\nGrace,Arlington,B\nKaren,Zurich,C\n',
    alert: /numeric/i,
  },
  {
    name: 'excel-semicolon-bom.csv',
    content: `\uFEFF${[HEADER, ...BODY]
      .map((line) => line.replaceAll(',', ';'))
      .map((line, i) => (i === 3 ? line.replace(/;16;/, ';16,5;') : line))
      .join('\r\n')}\r\n`,
    alert: null,
    rows: 40,
    download: (table) => {
      expect(table[0]?.[0]).toBe('CustomerID');
      expect(table[3]?.[3]).toBe('16,5');
    },
  },
  {
    name: 'holes.csv',
    content: [
      HEADER,
      ...BODY.map((l, i) =>
        i % 10 === 3 ? l.replace(/,\d+$/, [',?', ',N/A', ',NULL', ','][(i / 10) | 0] ?? ',') : l,
      ),
    ].join('\n'),
    alert: null,
    rows: 40,
    shows: /4 rows with a missing value/,
    download: (table) => {
      expect(table[4]?.[4]).toBe('?');
      expect(table[4]?.at(-1)).toBe('');
      expect(table[14]?.[4]).toBe('N/A');
    },
  },
  {
    name: 'genre-and-other-headers.csv',
    content: ['customer_id,Genre,age,annual_income_thousands,spending_score', ...BODY].join('\n'),
    alert: null,
    rows: 40,
    shows: /annual_income_thousands and spending_score/,
  },
  {
    name: 'ragged.csv',
    content: [
      HEADER,
      ...BODY.map((l, i) => (i === 2 ? `${l},extra` : i === 5 ? l.split(',').slice(0, 4).join(',') : l)),
    ].join('\n'),
    alert: null,
    rows: 40,
    shows: /line 4/i,
  },
  {
    name: 'formulas.csv',
    content: [
      'CustomerID,Name,Annual Income (k$),Spending Score (1-100)',
      ...BODY.map((l, i) => {
        const c = l.split(',');
        return [
          c[0],
          i === 0 ? '"=HYPERLINK(""http://evil.example"",""x"")"' : i === 1 ? '@SUM(A1)' : `Name ${i}`,
          c[3],
          c[4],
        ].join(',');
      }),
    ].join('\n'),
    alert: null,
    rows: 40,
    download: (table) => {
      expect(table[1]?.[1]).toBe('\'=HYPERLINK("http://evil.example","x")');
      expect(table[2]?.[1]).toBe("'@SUM(A1)");
    },
  },
  {
    name: 'hostile-header.csv',
    content: [
      'CustomerID,<img src=x onerror=alert(1)>,Annual Income (k$),Spending Score (1-100),__proto__,Cluster',
      ...BODY.map((l) => {
        const c = l.split(',');
        return [c[0], c[1], c[3], c[4], 'p', 'old'].join(',');
      }),
    ].join('\n'),
    alert: null,
    rows: 40,
    shows: /<img src=x onerror=alert\(1\)>/,
    download: (table) => {
      expect(table[0]).toEqual([
        'CustomerID',
        '<img src=x onerror=alert(1)>',
        'Annual Income (k$)',
        'Spending Score (1-100)',
        '__proto__',
        'Cluster',
        'Cluster_2',
      ]);
      expect(table[1]?.[5]).toBe('old');
    },
  },
  {
    name: 'duplicates.csv',
    content: [HEADER, ...BODY, ...BODY.slice(0, 3)].join('\n'),
    alert: null,
    rows: 43,
    shows: /duplicate/i,
  },
];

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function download(session: Session): Promise<string[][]> {
  const [file] = await Promise.all([
    session.page.waitForEvent('download'),
    session.page.click('[data-testid="download"]'),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return parse(Buffer.concat(chunks).toString('utf8'));
}

describe('messy and hostile files through the real UI', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.alert === null ? 'clusters, keeps every row' : 'says what is wrong'}`, async () => {
      const session = await openPage(app);
      const { page } = session;
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      await dropFile(page, c.name, c.content);
      if (c.alert !== null) {
        const alert = page.locator('[role="alert"]');
        await alert.first().waitFor();
        expect(await alert.first().textContent()).toMatch(c.alert);
      } else {
        await page.waitForSelector('[data-testid="cluster-scatter"]');
        if (c.shows !== undefined) {
          await page
            .locator('details')
            .evaluateAll((nodes) => nodes.forEach((n) => n.setAttribute('open', '')));
          expect(await page.locator('body').innerText()).toMatch(c.shows);
        }
        const table = await download(session);
        expect(table.length - 1).toBe(c.rows);
        c.download?.(table);
      }
      // No image came from the file's cells (the first screen's own preview picture aside).
      expect(await page.locator('main img:not([data-testid="preview-picture"])').count()).toBe(0);
      expect(dialogs).toBe(0);
      expect(session.errors).toEqual([]);

      // After any file, a good one works normally.
      await dropFile(page, 'Mall_Customers.csv', SAMPLE);
      await page.waitForSelector('[data-testid="cluster-scatter"]');
      await expect.poll(() => page.locator('[data-testid="row-count"]').textContent()).toContain('200');
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      await session.context.close();
    });
  }
});
