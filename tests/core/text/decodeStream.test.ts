import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStream } from '../../../src/core/text/decodeStream';
import { ENCODING_CHOICES, isSupportedEncoding } from '../../../src/core/text/encodings';
import { chunked, decodeBoth, singleByteEncoder } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeStream', () => {
  it('reads a UTF-8 file once and a legacy one twice, reporting progress from 0 again', async () => {
    const opened: number[] = [];
    const seen: number[] = [];
    const open = (bytes: Uint8Array) => () => {
      opened.push(1);
      return chunked(bytes, [3, 5]);
    };
    expect((await decodeStream(open(utf8('a,é\n1,2\n')), (done) => seen.push(done))).source).toBe('utf-8');
    expect(opened).toHaveLength(1);
    expect(seen).toEqual([3, 5, 9]);
    seen.length = 0;
    const legacy = singleByteEncoder('windows-1252')('a,é\n1,2\n');
    expect(await decodeStream(open(legacy), (done) => seen.push(done))).toEqual({
      text: 'a,é\n1,2\n',
      encoding: 'windows-1252',
      source: 'detected',
    });
    expect(opened).toHaveLength(3);
    expect(seen).toEqual([3, 5, 8, 3, 5, 8]);
  });

  it('stops the first reading once the detection sample is full', async () => {
    let chunksRead = 0;
    const legacy = singleByteEncoder('windows-1252')('é'.repeat(100) + 'a'.repeat(1 << 20));
    async function* chunks() {
      for (let at = 0; at < legacy.length; at += 4096) {
        chunksRead++;
        yield legacy.subarray(at, at + 4096);
      }
    }
    await decodeStream(chunks);
    expect(chunksRead).toBeLessThan(20 + 256);
  });

  it('reads async chunks, a BOM split between chunks, and tiny files', async () => {
    async function* slow() {
      for (const byte of [0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]) yield Uint8Array.of(byte);
    }
    expect(await decodeStream(slow)).toEqual({ text: 'Aé', encoding: 'utf-8', source: 'bom' });
    expect(await decodeBoth(Uint8Array.of(0xef, 0xbb))).toEqual({
      text: 'ï»',
      encoding: 'windows-1252',
      source: 'detected',
    });
    expect(await decodeBoth(Uint8Array.of(0xff, 0xfe))).toEqual({
      text: '',
      encoding: 'utf-16le',
      source: 'bom',
    });
    expect(await decodeBoth(Uint8Array.of(0xe9))).toEqual({
      text: 'é',
      encoding: 'windows-1252',
      source: 'detected',
    });
  });

  it('reads in a forced encoding, and rejects an unknown label with a RangeError', async () => {
    const bytes = singleByteEncoder('windows-1251')('Иван');
    expect(await decodeBoth(bytes, [1], { encoding: 'Windows-1252' })).toEqual({
      text: 'Èâàí',
      encoding: 'windows-1252',
      source: 'forced',
    });
    expect((await decodeBoth(utf8('\ufeffé'), [2], { encoding: 'utf-8' })).text).toBe('é');
    expect((await decodeBoth(utf8('é'), [], { encoding: 'latin1' })).text).toBe('Ã©');
    await expect(decodeStream(() => [bytes], undefined, { encoding: 'klingon' })).rejects.toThrow(RangeError);
    await expect(decodeStream(() => [bytes], undefined, { encoding: 'iso-2022-kr' })).rejects.toThrow(
      /Unknown text encoding "iso-2022-kr"/,
    );
  });

  it('gives exactly what decodeBytes gives, for any bytes cut anywhere', async () => {
    const piece = fc.oneof(
      fc.uint8Array({ maxLength: 6 }),
      fc.constantFrom('a,b\n', 'é', '名', '😀', '\ufeff', 'Ærø', 'Иван').map(utf8),
      fc.constantFrom(
        Uint8Array.of(0xe9),
        Uint8Array.of(0xf0, 0x9f),
        Uint8Array.of(0xc3),
        Uint8Array.of(0x80),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 30 }),
        fc.array(fc.nat(200), { maxLength: 8 }),
        async (pieces, cuts) => {
          const bytes = Uint8Array.from(pieces.flatMap((p) => [...p]));
          await decodeBoth(bytes, cuts); // throws when the two differ
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agrees with decodeBytes when the damage is far into a large file', async () => {
    const text = 'Zoë,1,2\n'.repeat(20_000);
    const good = utf8(text);
    for (const at of [100_000, good.length - 1]) {
      const bytes = Uint8Array.from(good);
      bytes[at] = 0xe9;
      for (const cuts of [
        [65_536, 131_072],
        [at - 1, at, at + 1],
        [at + 65_000, at + 65_600],
      ]) {
        expect((await decodeBoth(bytes, cuts)).encoding).toBe('utf-8');
      }
    }
  });
});

describe('the encodings offered for reading by hand', () => {
  it('are short, start with UTF-8, and are all supported under their canonical names', () => {
    expect(ENCODING_CHOICES[0]).toEqual({ label: 'utf-8', name: 'Unicode (UTF-8)' });
    expect(ENCODING_CHOICES.length).toBeLessThanOrEqual(12);
    for (const { label } of ENCODING_CHOICES) {
      expect(isSupportedEncoding(label)).toBe(true);
      expect(new TextDecoder(label).encoding).toBe(label);
    }
    expect(isSupportedEncoding('latin1')).toBe(true);
    expect(isSupportedEncoding('replacement')).toBe(false);
    expect(isSupportedEncoding('cp852')).toBe(false);
  });
});
