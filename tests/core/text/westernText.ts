import fc from 'fast-check';
import { createTextDecoder } from '../../../src/core/text/createTextDecoder';
import { singleByteEncoder } from './helpers';

/**
 * Text as Western European customer files hold it, for property tests of Windows-1252 files: words of
 * ASCII letters with accented ones among them, quotes, currency and other symbols, numbers.
 */
export const cp1252 = singleByteEncoder('windows-1252');
const encodable = (text: string): boolean => {
  try {
    cp1252(text);
    return true;
  } catch {
    return false;
  }
};

// Every character Windows-1252 can encode above ASCII, from its decoder's table (the five undefined
// bytes, which decode to C1 controls, and the no-break and soft hyphen aside).
const high = [
  ...createTextDecoder('windows-1252').decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i)),
].filter((c) => !/[\u0080-\u009f\u00a0\u00ad]/u.test(c));
// Lower-case letters whose capital is encodable too (ß capitalises to SS, ƒ and µ have no capital here).
export const lowerLetters = high.filter(
  (c) => /\p{Ll}/u.test(c) && c !== 'ƒ' && c !== 'µ' && encodable(c.toUpperCase()),
);
export const symbols = high.filter(
  (c) => !/\p{L}/u.test(c) || c === 'ƒ' || c === 'µ' || c === 'ª' || c === 'º',
);

const asciiRun = fc.stringMatching(/^[a-z]{1,4}$/);
const accentRun = fc
  .array(fc.constantFrom(...lowerLetters), { minLength: 1, maxLength: 2 })
  .map((a) => a.join(''));
/** A word: ASCII letters and accented ones, never three accented in a row, in one of three casings. */
const word = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(asciiRun, accentRun), { minLength: 1, maxLength: 3 }), fc.nat(2))
  .map(([accentFirst, pairs, casing]) => {
    const text = pairs.map(([a, b]) => (accentFirst ? b + a : a + b)).join('');
    if (casing === 1) return text.toUpperCase();
    if (casing === 2) return text.charAt(0).toUpperCase() + text.slice(1);
    return text;
  });
/** A field of text: words, quoted words and symbols standing apart (“Müller” – 25 € …). */
const quoted = fc
  .tuple(fc.constantFrom(['“', '”'], ['‘', '’'], ['«', '»'], ['„', '“'], ['¿', '?'], ['¡', '!']), word)
  .map(([[open, close], w]) => `${open}${w}${close}`);
const token = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 1, arbitrary: quoted },
  { weight: 2, arbitrary: fc.constantFrom(...symbols) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...symbols), fc.nat(999)).map(([s, n]) => `${s}${n}`) },
  { weight: 1, arbitrary: fc.tuple(word, fc.constantFrom('’', '·', "'"), word).map((p) => p.join('')) },
);
/** A run of Western words and symbols, as a name or a note in a customer file holds. */
export const westernPhrase = fc.array(token, { minLength: 1, maxLength: 4 }).map((t) => t.join(' '));
/** A CSV field of Western text: a phrase, a number, or quoted words with commas. */
export const westernField = fc.oneof(
  westernPhrase,
  fc.nat(100_000).map(String),
  fc.array(token, { minLength: 1, maxLength: 3 }).map((t) => `"${t.join(', ')}"`),
);
/**
 * Whether bytes count as UTF-8: valid, or damaged with more valid multi-byte characters than invalid
 * sequences (U+FFFD). Windows-1252 text can be that by accident (`CAFÉ”` is valid UTF-8), rarely.
 */
export function readsAsUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  const invalid = text.match(/\ufffd/gu)?.length ?? 0;
  const valid = (text.match(/[\u0080-\u{10ffff}]/gu)?.length ?? 0) - invalid;
  return invalid === 0 || valid > invalid;
}
