import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTextDecoder } from '../../../src/core/text/createTextDecoder';
import { detectLegacyEncoding } from '../../../src/core/text/detectLegacyEncoding';
import { decodeBoth, singleByteEncoder } from './helpers';

const cp1252 = singleByteEncoder('windows-1252');
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A Mall-customers-like file with the given names, one row each. */
const mall = (names: readonly string[]): string =>
  'CustomerID,Gender,Name,Age,Annual Income (k$),Spending Score (1-100)\r\n' +
  names
    .map(
      (name, i) =>
        `${i + 1},${i % 2 ? 'Male' : 'Female'},${name},${20 + i},${15 + 3 * i},${(37 * i) % 100}\r\n`,
    )
    .join('');

describe('windows-1252 as runtimes decode it', () => {
  it('maps bytes 0x80-0x9F to the WHATWG characters (Node 20.18.3+ reads them as Latin-1)', () => {
    const high = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(createTextDecoder('windows-1252').decode(high)).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ',
    );
    expect(createTextDecoder('latin1').decode(Uint8Array.of(0x93, 0xe9, 0x94))).toBe('“é”');
  });
});

describe('reading a file that is not UTF-8', () => {
  it.each([
    ['José Muñoz', 'accents of Spanish'],
    ['Jürgen Müller', 'umlauts'],
    ['Søren Ærø', 'Danish letters'],
    ['Price €25', 'the euro sign (0x80)'],
    ['‘smart’ “quotes” – dash… O’Brien', 'typographic punctuation (0x91-0x97)'],
    ['Œuvre Šimon Žofia Ÿves ƒ ™ •', 'the rest of 0x80-0x9F'],
    ['Françoise Lefèvre, naïve café, Größe, ¿qué?, ¡olé!', 'a mix'],
  ])('decodes Windows-1252 %j (%s) exactly', async (name) => {
    const text = mall([name, 'Anna Smith', name]);
    for (const cuts of [[], [3], [150, 151, 152], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 80]]) {
      expect(await decodeBoth(cp1252(text), cuts)).toEqual({
        text,
        encoding: 'windows-1252',
        source: 'detected',
      });
    }
  });

  it('reads the Windows-1252 Mall fixture', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/csv/windows-1252-mall.csv'));
    const decoded = await decodeBoth(bytes, [100, 300]);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('José Muñoz');
    expect(decoded.text).toContain('Ærø');
    expect(decoded.text).not.toContain('\ufffd');
  });

  it('reads Windows-1251 Cyrillic, in mixed case and in capitals', async () => {
    const cp1251 = singleByteEncoder('windows-1251');
    for (const names of [
      ['Иван Петров', 'Мария Иванова', 'Сергей'],
      ['ИВАН ПЕТРОВ', 'МАРИЯ'],
      ['Ігор Ґалаґан, Київ'],
    ]) {
      const text = mall(names);
      expect(await decodeBoth(cp1251(text), [7])).toEqual({
        text,
        encoding: 'windows-1251',
        source: 'detected',
      });
    }
  });

  it('reads Polish Windows-1250 and ISO-8859-2, and Mac OS Roman', async () => {
    const polish = mall(['Łukasz Wałęsa', 'Zofia Żółć', 'Michał Kraśko']);
    expect((await decodeBoth(singleByteEncoder('windows-1250')(polish))).encoding).toBe('windows-1250');
    const czech = mall(['Šťastný Jiří', 'Růžičková', 'Ślązak']);
    expect((await decodeBoth(singleByteEncoder('iso-8859-2')(czech))).text).toBe(czech);
    const mac = mall(['José Muñoz', 'Jürgen Müller', 'François']);
    expect(await decodeBoth(singleByteEncoder('macintosh')(mac), [90])).toEqual({
      text: mac,
      encoding: 'macintosh',
      source: 'detected',
    });
  });

  it('falls back to Windows-1252 when Central European text gives no sign against it', async () => {
    // Czech without ť, Hungarian ő and ű all read as real Western letters: a limit, not a wrong guess.
    const bytes = singleByteEncoder('windows-1250')(mall(['Jiří Dvořák', 'Erdős Pál']));
    expect((await decodeBoth(bytes)).text).toContain('Jiøí Dvoøák');
  });
});

describe('a UTF-8 file with damaged bytes', () => {
  it('stays UTF-8 when its good characters outnumber the damage: one late invalid byte is one U+FFFD', async () => {
    const good = mall(['José Muñoz', 'Ærø', ...Array.from({ length: 3000 }, (_, i) => `Name ${i}`)]);
    const bytes = Uint8Array.from([...utf8(good), ...cp1252('Zoë,1,2\n')]);
    expect(bytes.length).toBeGreaterThan(70_000);
    const decoded = await decodeBoth(bytes, [65_536, 70_000]);
    expect(decoded).toEqual({ text: `${good}Zo\ufffd,1,2\n`, encoding: 'utf-8', source: 'utf-8' });
  });

  it('is read as Windows-1252 when it is ASCII apart from that byte', async () => {
    const ascii = mall(Array.from({ length: 3000 }, (_, i) => `Name ${i}`));
    const decoded = await decodeBoth(Uint8Array.from([...utf8(ascii), ...cp1252('Zoë,1,2\n')]), [4096, 8192]);
    expect(decoded).toEqual({ text: `${ascii}Zoë,1,2\n`, encoding: 'windows-1252', source: 'detected' });
  });

  it('treats a file that ends inside a character as damaged', async () => {
    const bytes = utf8('a,é');
    expect(await decodeBoth(bytes.subarray(0, bytes.length - 1))).toEqual({
      text: 'a,Ã',
      encoding: 'windows-1252',
      source: 'detected',
    });
    expect(await decodeBoth(utf8('é,é,é\n').subarray(0, 7))).toEqual({
      text: 'é,é,\ufffd',
      encoding: 'utf-8',
      source: 'utf-8',
    });
  });
});

describe('detectLegacyEncoding', () => {
  it('chooses Windows-1252 for ASCII, empty input and a lone symbol before a word', () => {
    expect(detectLegacyEncoding(new Uint8Array(0))).toBe('windows-1252');
    expect(detectLegacyEncoding(utf8('a,b\n'))).toBe('windows-1252');
    expect(detectLegacyEncoding(cp1252('£ukasz, Volume (m³), 1º'))).toBe('windows-1252');
  });
});
