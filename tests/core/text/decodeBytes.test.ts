import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/core/text/decodeBytes';

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
    expect(decodeBytes(plain)).toBe(text);
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]))).toBe(text);
  });
  it('reads UTF-16 little and big endian when a BOM says so', () => {
    expect(decodeBytes(utf16('a,b\n1,2\n', false))).toBe('a,b\n1,2\n');
    expect(decodeBytes(utf16('a,b\n1,2\n', true))).toBe('a,b\n1,2\n');
  });
  it('never throws on invalid bytes', () => {
    expect(decodeBytes(Uint8Array.from([0x61, 0xff, 0x62]))).toBe('a\uFFFDb');
    expect(decodeBytes(new Uint8Array(0))).toBe('');
  });
});
