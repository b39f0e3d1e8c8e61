import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CsvProblemCode } from '../../../src/core/csv/problem';

/** What a corpus file must produce. Omitted fields are not checked. */
export interface Expectation {
  /** false when no table can be read at all. */
  readonly table: boolean;
  /** Every problem code reported, errors and warnings (exact set). */
  readonly codes: readonly CsvProblemCode[];
  readonly rows?: number;
  readonly header?: readonly string[];
  readonly delimiter?: string;
  readonly decimalComma?: boolean;
  /** [row, column, exact text] of cells that must survive untouched. */
  readonly cells?: readonly (readonly [number, number, string])[];
  /** Lines a problem must name. */
  readonly lines?: Partial<Record<CsvProblemCode, readonly number[]>>;
  /** A fragment the message of that problem must contain. */
  readonly says?: Partial<Record<CsvProblemCode, string>>;
  /** Expected detectFeatures(...).features, or null. */
  readonly features?: readonly number[] | null;
  /** [row, column, number] the cell must be read as (numericColumn). */
  readonly values?: readonly (readonly [number, number, number])[];
  /** Data rows taken as totals or averages (0-based). */
  readonly summaryRows?: readonly number[];
  /** How many records above the header were taken as titles. */
  readonly titles?: number;
}

/** One malformed or hostile input and its expected outcome. */
export interface CorpusCase {
  readonly name: string;
  /** The text as a browser's File.text() would hand it over (UTF-8 decoding, invalid bytes as U+FFFD). */
  readonly text: () => string;
  readonly expect: Expectation;
}

const dir = fileURLToPath(new URL('../../fixtures/csv/', import.meta.url));
// ignoreBOM keeps a BOM in the text, the harsher case: parseTable must strip it itself.
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
export const file = (name: string) => (): string => decode(readFileSync(dir + name));
export const bytes = (make: () => number[]) => (): string => decode(Uint8Array.from(make()));

export const MALL = 'CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)';
export const MALL_HEADER = MALL.split(',');
export const MALL_ROWS = ['1,Male,19,15,39', '2,Male,21,15,81', '3,Female,20,16,6'];
export const mallText = [MALL, ...MALL_ROWS].join('\n') + '\n';
export const utf16 = (text: string, bigEndian: boolean, bom: boolean): number[] => {
  const out = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out.push(...(bigEndian ? [code >> 8, code & 255] : [code & 255, code >> 8]));
  }
  return out;
};
// Deterministic pseudo-random bytes, so a failure reproduces.
export const noise = (length: number, seed: number): number[] => {
  let x = seed;
  return Array.from({ length }, () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x & 255;
  });
};
export const mall = { header: MALL_HEADER, features: [3, 4] } as const;

/** The corpus: files under tests/fixtures/csv/, plus byte-level inputs generated here. */
