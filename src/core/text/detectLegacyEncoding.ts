import { createTextDecoder } from './createTextDecoder';

/**
 * The single-byte encodings detection chooses between, in order of preference when they read the bytes
 * equally well. Windows-1252 comes first: it is what Excel on Windows in Western locales saves, and its
 * WHATWG definition also covers ISO-8859-1. Multi-byte East Asian encodings are left to a forced choice:
 * short Western text such as `Müller` is often valid Shift_JIS or GBK too.
 */
export const LEGACY_CANDIDATES: readonly string[] = [
  'windows-1252',
  'windows-1250',
  'iso-8859-2',
  'windows-1251',
  'macintosh',
];

// Another encoding must read the bytes at least this much better than windows-1252 to be chosen, so a
// lone oddity (one `£` before a letter) never turns a Western file into Central European text.
const MARGIN = 2;

type Kind =
  'upper' | 'lower' | 'control' | 'space' | 'apostrophe' | 'opening' | 'closing' | 'punctuation' | 'symbol';

type Script = 'latin' | 'cyrillic' | 'other';

/** How a sample reads in one encoding (see readBytesAs). */
export interface Reading {
  /** Signs of a wrong guess, weighted; 0 for text that reads like words. */
  penalty: number;
  /** Bytes above 0x7F, the ones judged. */
  judged: number;
  /** Non-ASCII letters that read as part of a word with no sign against them. */
  wordLetters: number;
}

interface CharClass {
  kind: Kind;
  script: Script;
  rare: boolean;
}

// Letters that exist in the candidate code pages but are rare in real text: reading a byte as one of
// them is weak evidence against the encoding (ľ in windows-1250 is ž in ISO-8859-2).
const RARE_LETTERS = new Set([...'ƒµĺĹľĽŕŔţŢıﬁﬂ']);
// Characters that sit between two letters in ordinary words (O’Brien, O´Brien, col·legi).
const APOSTROPHES = new Set([...'’´·ʼ']);
const OPENING = new Set([...'¿¡«‹“‘„‚']);
const CLOSING = new Set([...'»›”’']);

function classify(char: string): CharClass {
  const latin = /\p{Script=Latin}/u.test(char);
  const script = latin ? 'latin' : /\p{Script=Cyrillic}/u.test(char) ? 'cyrillic' : 'other';
  const rare = RARE_LETTERS.has(char);
  if (/\p{Lu}|\p{Lt}/u.test(char)) return { kind: 'upper', script, rare };
  if (/\p{Ll}/u.test(char)) return { kind: 'lower', script, rare };
  let kind: Kind;
  if (/[\p{Cc}\ufffd]/u.test(char)) kind = 'control';
  else if (/\s/u.test(char)) kind = 'space';
  else if (APOSTROPHES.has(char)) kind = 'apostrophe';
  else if (OPENING.has(char)) kind = 'opening';
  else if (CLOSING.has(char)) kind = 'closing';
  else if (/\p{P}/u.test(char)) kind = 'punctuation';
  else kind = 'symbol';
  return { kind, script, rare };
}

const tables = new Map<string, CharClass[]>();

/** The class of each of the 256 bytes read in `encoding`, built once per encoding. */
function classTable(encoding: string): CharClass[] {
  let table = tables.get(encoding);
  if (table === undefined) {
    const all = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    table = [...createTextDecoder(encoding).decode(all)].map(classify);
    tables.set(encoding, table);
  }
  return table;
}

const isLetter = (c: CharClass | undefined): boolean =>
  c !== undefined && (c.kind === 'upper' || c.kind === 'lower');

// Runs of non-ASCII characters are judged without Cyrillic letters, spaces, apostrophes and quotes,
// which sit next to accented letters in ordinary text (“Éé”).
const breaksRun = (c: CharClass): boolean =>
  (isLetter(c) && c.script === 'cyrillic') ||
  c.kind === 'space' ||
  c.kind === 'apostrophe' ||
  c.kind === 'opening' ||
  c.kind === 'closing';

/**
 * How `bytes` read in a single-byte `encoding`. The penalty says how implausible they look: 0 for text
 * that reads like words, more for each sign of a wrong guess. Only bytes above 0x7F are judged, each by its neighbours:
 * undefined bytes (10), a symbol or punctuation inside a word (3), a letter of another script inside a
 * word (3), a lower-case letter directly before a capital (2), a symbol directly before a word or a rare
 * letter inside one (1), and each character from the third on of a run of non-ASCII characters other
 * than Cyrillic letters, spaces and quotes (3 for the third, 1 for each further: that is what Cyrillic
 * looks like read in a Latin code page, where Western words keep ASCII letters between accented ones).
 */
export function readBytesAs(bytes: Uint8Array, encoding: string): Reading {
  const table = classTable(encoding);
  const at = (i: number): CharClass | undefined =>
    i >= 0 && i < bytes.length ? table[bytes[i] ?? 0] : undefined;
  let penalty = 0;
  let judged = 0;
  let wordLetters = 0;
  let run = 0; // non-ASCII characters in a row up to i
  for (let i = 0; i < bytes.length; i++) {
    const c = at(i);
    const high = (bytes[i] ?? 0) >= 0x80 && c !== undefined;
    run = high && !breaksRun(c) ? run + 1 : 0;
    if (run >= 3) penalty += 1;
    if (!high) continue;
    judged++;
    const prev = at(i - 1);
    const next = at(i + 1);
    const letterBefore = isLetter(prev);
    const letterAfter = isLetter(next);
    if (!isLetter(c)) {
      if (c.kind === 'control') penalty += 10;
      else if (c.kind === 'space' || c.kind === 'apostrophe') continue;
      else if (letterBefore && letterAfter) penalty += 3;
      else if (c.kind === 'symbol' && letterAfter) penalty += 1;
      continue;
    }
    if (!letterBefore && !letterAfter) continue;
    const before = penalty;
    if ((letterBefore && prev?.script !== c.script) || (letterAfter && next?.script !== c.script)) {
      penalty += 3;
    }
    if ((prev?.kind === 'lower' && c.kind === 'upper') || (c.kind === 'lower' && next?.kind === 'upper')) {
      penalty += 2;
    }
    if (c.rare) penalty += 1;
    if (penalty === before) wordLetters++;
  }
  return { penalty, judged, wordLetters };
}

/**
 * Chooses the single-byte encoding `bytes` read best in, from LEGACY_CANDIDATES: Windows-1252 unless
 * another candidate has a penalty lower by MARGIN and reads as text itself (at least two accented
 * letters inside words, and at most one penalty point per four non-ASCII bytes), so a wrong guess on
 * Western text is never worse than reading it as Windows-1252. Empty or ASCII input gives 'windows-1252'.
 */
export function detectLegacyEncoding(bytes: Uint8Array): string {
  const [western = 'windows-1252', ...others] = LEGACY_CANDIDATES;
  let best = western;
  let bestPenalty = readBytesAs(bytes, western).penalty - MARGIN + 1;
  for (const encoding of others) {
    const { penalty, judged, wordLetters } = readBytesAs(bytes, encoding);
    // Reading better than windows-1252 is not enough: the other reading must itself look like text,
    // or bytes that are no text at all (or Windows-1252 text of odd symbols) would pick whichever
    // encoding is least bad.
    const readsAsText = wordLetters >= 1 && penalty * 4 <= judged;
    if (readsAsText && penalty < bestPenalty) {
      best = encoding;
      bestPenalty = penalty;
    }
  }
  return best;
}
