import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCompactTable } from '../../../src/core/csv/compactTable';
import { parseRange } from '../../../src/core/csv/parseRange';
import {
  parseRangesHere,
  readTableInRanges,
  type ParseRanges,
} from '../../../src/core/csv/readTableInRanges';
import { splitRanges } from '../../../src/core/csv/splitRanges';
import { fileCorpus } from './corpusFiles';
import { generatedCorpus } from './corpusGenerated';
import { realWorldCorpus } from './corpusRealWorld';

/** Reads `text` in `ranges` ranges (always, however short) and the serial way. */
async function both(text: string, ranges: number, parse: ParseRanges = parseRangesHere) {
  const merged = await readTableInRanges(text, {}, parse, { ranges, minChars: 0 });
  return { merged, serial: readCompactTable(text) };
}

/** The outcome without the `ranges` count, to compare with the serial one. */
function withoutCount<T extends { ranges: number }>(outcome: T): Omit<T, 'ranges'> {
  const { ranges, ...rest } = outcome;
  void ranges;
  return rest;
}

// Cells that stress a cut: quotes (doubled, around line breaks and delimiters), CRLF and CR, blanks,
// numbers as spreadsheets write them, summary words, text in a number column.
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 300 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('3.5', '1,234', '$15k', '45%', 'NA', '', ' ', '007', '-2') },
  { weight: 2, arbitrary: fc.constantFrom('Female', 'Male', 'Total', 'Average', 'é名😀', '=1+1') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('"a\nb"', '"x,y"', '"say ""hi"""', '"\r\n"', '"1\r2"', '""', '"5"'),
  },
  { weight: 1, arbitrary: fc.constantFrom('5" screen', 'a"b', '"open') },
);
const lineEnd = fc.constantFrom('\n', '\n', '\r\n', '\r');

/** A CSV: maybe a BOM and title lines, a header, rows (some repeated, ragged or blank), one line-end style or mixed. */
const csv = fc
  .record({
    bom: fc.boolean(),
    titles: fc.array(fc.constantFrom('Customer export', 'March 2024,,,', ''), { maxLength: 2 }),
    width: fc.integer({ min: 2, max: 5 }),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 40 }),
    repeats: fc.array(fc.nat(), { maxLength: 6 }),
    blanks: fc.array(fc.nat(), { maxLength: 4 }),
    newline: lineEnd,
    mixed: fc.option(lineEnd, { nil: undefined }),
    trailing: fc.boolean(),
  })
  .map(({ bom, titles, width, rows, repeats, blanks, newline, mixed, trailing }) => {
    const header = ['CustomerID', 'Annual Income (k$)', 'Spending Score', 'Age', 'Genre'].slice(0, width);
    const lines = rows.map((row) => row.join(','));
    for (const at of repeats)
      if (lines.length > 0) lines.splice(at % (lines.length + 1), 0, lines[at % lines.length]!);
    for (const at of blanks) lines.splice(at % (lines.length + 1), 0, '');
    const all = [...titles, header.join(','), ...lines];
    const text = all.map((line, i) => line + (mixed !== undefined && i % 3 === 2 ? mixed : newline)).join('');
    return (bom ? '\ufeff' : '') + (trailing ? text : text.slice(0, -1));
  });

describe('reading a table in ranges', () => {
  it('gives exactly the serial reading for random CSVs, however many ranges', async () => {
    await fc.assert(
      fc.asyncProperty(csv, fc.integer({ min: 2, max: 7 }), async (text, ranges) => {
        const { merged, serial } = await both(text, ranges);
        expect(withoutCount(merged)).toEqual(serial);
      }),
      { numRuns: 400 },
    );
  });

  it('gives exactly the serial reading past the number-format sample (1,000 rows)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 2, max: 5 }),
        async (rows, ranges) => {
          const body = Array.from({ length: 1400 }, (_, i) => rows[(i * 7) % rows.length]!.join(','));
          const text = `id,Income,Score\n${body.join('\n')}\n`;
          const { merged, serial } = await both(text, ranges);
          expect(withoutCount(merged)).toEqual(serial);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is merged from ranges for a well-quoted file, cut only between records', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${i + 1},"note ${i},\nline two",${i % 90},${i % 7}`);
    const text = `id,note,Income,Score\r\n${rows.join('\r\n')}\r\n`
      .replaceAll('\n', '\r\n')
      .replaceAll('\r\r', '\r');
    const { merged, serial } = await both(text, 4);
    expect(merged.ranges).toBe(4);
    expect(withoutCount(merged)).toEqual(serial);
    expect(merged.table?.rowCount).toBe(3000);
  });

  it('falls back to the serial reading when a cut lands inside a quoted field', async () => {
    // A stray quote at the start of a field opens a cell that swallows lines up to the next quote.
    const rows = Array.from({ length: 2000 }, (_, i) => `${i + 1},${i % 50},${i % 9}`);
    rows[1200] = '1201,"12,3';
    rows[1700] = '1701,5",4';
    const text = `id,Income,Score\n${rows.join('\n')}\n`;
    const { merged, serial } = await both(text, 3);
    expect(withoutCount(merged)).toEqual(serial);
  });

  it('checks a repeat across ranges exactly and finds it with the right lines', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `${i + 1},${i % 50},${i % 9}`);
    rows[1900] = rows[3]!;
    const text = `id,Income,Score\n${rows.join('\n')}\n`;
    const { merged, serial } = await both(text, 3);
    expect(merged.ranges).toBe(3);
    expect(withoutCount(merged)).toEqual(serial);
    expect(merged.problems.find((p) => p.code === 'duplicate-rows')?.lines).toEqual([1902]);
  });

  it('finds the header and format sample past the first megabyte, and across a quote open there', async () => {
    // Rows of about a kilobyte: the sample's 1,000 rows end past the first megabyte, and the quoted
    // notes (with line breaks) put quotes around the megabyte's first line break.
    const note = `"${'x'.repeat(500)}\n${'y'.repeat(480)}"`;
    const rows = Array.from({ length: 1500 }, (_, i) => `${i + 1},${note},${i % 90},${i % 7}`);
    const text = `id,note,Income,Score\n${rows.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(1 << 20);
    const { merged, serial } = await both(text, 3);
    expect(merged.ranges).toBe(3);
    expect(withoutCount(merged)).toEqual(serial);
  });

  it('falls back to the serial reading when the ranges cannot be parsed', async () => {
    const text = `id,Income,Score\n${Array.from({ length: 50 }, (_, i) => `${i},${i},${i}`).join('\n')}\n`;
    const failing: ParseRanges = () => Promise.reject(new Error('worker gone'));
    const { merged, serial } = await both(text, 2, failing);
    expect(merged.ranges).toBe(1);
    expect(withoutCount(merged)).toEqual(serial);
  });

  for (const { name, text } of [...fileCorpus, ...generatedCorpus, ...realWorldCorpus]) {
    it(`reads the corpus file ${name} as the serial reading does`, async () => {
      for (const ranges of [2, 3, 5]) {
        const { merged, serial } = await both(text(), ranges);
        expect(withoutCount(merged)).toEqual(serial);
      }
    });
  }
});

describe('splitting a text into ranges', () => {
  it('cuts only at line breaks, covers the text in order, and prefers cuts outside quotes', () => {
    fc.assert(
      fc.property(csv, fc.integer({ min: 1, max: 8 }), (text, count) => {
        const newline = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
        const ranges = splitRanges(text, 0, count, newline);
        expect(ranges.length).toBeGreaterThanOrEqual(1);
        expect(ranges.length).toBeLessThanOrEqual(count);
        expect(ranges[0]!.start).toBe(0);
        expect(ranges.at(-1)!.end).toBe(text.length);
        for (let i = 1; i < ranges.length; i++) {
          const cut = ranges[i - 1]!.end;
          expect(text.startsWith(newline, cut)).toBe(true);
          expect(ranges[i]!.start).toBe(cut + newline.length);
        }
      }),
    );
  });

  it('tells a range cut inside a quoted field by its quote still open at the end', () => {
    const spec = { delimiter: ',', newline: '\n', width: 2, firstLine: 2 } as const;
    const formats = [
      { decimal: '.', kIsUnit: false },
      { decimal: '.', kIsUnit: false },
    ] as const;
    expect(parseRange('1,"a', { ...spec, numberFormats: formats, last: false }).certain).toBe(false);
    expect(parseRange('1,"a\nb"', { ...spec, numberFormats: formats, last: false }).certain).toBe(true);
    expect(parseRange('1,"a', { ...spec, numberFormats: formats, last: true }).certain).toBe(true);
  });
});
