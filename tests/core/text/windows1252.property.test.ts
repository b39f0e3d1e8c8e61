import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBoth } from './helpers';
import { cp1252, lowerLetters, readsAsUtf8, symbols, westernField } from './westernText';

const csv = fc
  .tuple(
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom('\n', '\r\n'),
    fc.array(fc.array(westernField, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
  )
  .map(([sep, eol, rows]) => ['CustomerID,Name,Age', ...rows.map((r) => r.join(sep))].join(eol) + eol);

describe('Windows-1252 text', () => {
  it('has the characters the test is about', () => {
    for (const c of 'éñüßæøœšž') expect(lowerLetters).toContain(c);
    for (const c of '€–—“”…‰™•£¥©®°±²³¼½¾¿¡×÷') expect(symbols).toContain(c);
  });

  it('round-trips to the same characters, read as windows-1252, whatever the chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(csv, fc.array(fc.nat(2000), { maxLength: 10 }), async (text, cuts) => {
        const bytes = cp1252(text);
        fc.pre(!readsAsUtf8(bytes));
        const decoded = await decodeBoth(bytes, cuts);
        expect(decoded).toEqual({ text, encoding: 'windows-1252', source: 'detected' });
      }),
      { numRuns: 400 },
    );
  });
});
