import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../reference/text/decodeBytes';

const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const out = bigEndian ? [0xfe, 0xff] : [0xff, 0xfe];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out.push(...(bigEndian ? [code >> 8, code & 255] : [code & 255, code >> 8]));
  }
  return Uint8Array.from(out);
};

describe('decodeBytes', () => {
  it('reads UTF-8, with or without a BOM', () => {
    const text = 'Name,Größe\nÉlodie,名前\n';
    const plain = new TextEncoder().encode(text);
    expect(decodeBytes(plain)).toEqual({ text, encoding: 'utf-8', source: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]))).toEqual({
      text,
      encoding: 'utf-8',
      source: 'bom',
    });
  });
  it('reads UTF-16 little and big endian when a BOM says so', () => {
    expect(decodeBytes(utf16('a,b\n1,2\n', false))).toEqual({
      text: 'a,b\n1,2\n',
      encoding: 'utf-16le',
      source: 'bom',
    });
    expect(decodeBytes(utf16('a,b\n1,2\n', true))).toEqual({
      text: 'a,b\n1,2\n',
      encoding: 'utf-16be',
      source: 'bom',
    });
  });
  it('calls pure ASCII and an empty file UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('a,b\n1,2\n'))).toEqual({
      text: 'a,b\n1,2\n',
      encoding: 'utf-8',
      source: 'utf-8',
    });
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', source: 'utf-8' });
  });
  it('never throws on invalid bytes: a lone byte that is not UTF-8 is read as Windows-1252', () => {
    expect(decodeBytes(Uint8Array.from([0x61, 0xff, 0x62]))).toEqual({
      text: 'aÿb',
      encoding: 'windows-1252',
      source: 'detected',
    });
  });
  it('keeps invalid bytes as U+FFFD when forced to read UTF-8', () => {
    expect(decodeBytes(Uint8Array.from([0x61, 0xff, 0x62]), { encoding: 'utf-8' }).text).toBe('a\uFFFDb');
  });
});
