import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/analysisFile/canonicalJson';
import { sha256Hex } from '../../../src/core/analysisFile/sha256';

describe('canonicalJson', () => {
  it('sorts keys, drops whitespace, keeps arrays in order', () => {
    expect(canonicalJson({ b: [3, 1, { z: 1, a: null }], a: true, c: 'x' })).toBe(
      '{"a":true,"b":[3,1,{"a":null,"z":1}],"c":"x"}',
    );
  });

  it('writes numbers as Number.prototype.toString does', () => {
    expect(canonicalJson([1, 1.5, 0.1, 1e-7, 1e21, 123456789012, -0, 26.19897707926781])).toBe(
      '[1,1.5,0.1,1e-7,1e+21,123456789012,0,26.19897707926781]',
    );
  });

  it('sorts keys by code point, as Python does, not by UTF-16 unit', () => {
    // U+FF5E sorts before U+1F600 by code point, after it by UTF-16 unit (0xD83D < 0xFF5E).
    expect(canonicalJson({ '\u{1F600}': 1, '\uFF5E': 2, b: 3 })).toBe('{"b":3,"\uFF5E":2,"\u{1F600}":1}');
  });

  it('escapes strings as JSON.stringify does', () => {
    expect(canonicalJson({ 'Spending "Score"\n': 'é\u0001' })).toBe('{"Spending \\"Score\\"\\n":"é\\u0001"}');
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson([Number.NaN])).toThrow(RangeError);
    expect(() => canonicalJson({ a: undefined })).toThrow(TypeError);
  });
});

describe('sha256Hex', () => {
  it('gives the published digests', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array(0))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
