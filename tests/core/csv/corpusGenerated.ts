import type { CorpusCase } from './corpusCase';
import { MALL, MALL_ROWS, bytes, mallText, noise, utf16 } from './corpusCase';

/** Byte-level inputs, generated because they are unreadable or unstable as checked-in text. */
export const generatedCorpus: readonly CorpusCase[] = [
  { name: 'random binary', text: bytes(() => noise(4096, 7)), expect: { table: false, codes: ['not-text'] } },
  {
    name: 'xlsx renamed to .csv',
    text: bytes(() => [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...noise(2000, 3)]),
    expect: { table: false, codes: ['not-text'], says: { 'not-text': 'Excel' } },
  },
  {
    name: 'UTF-16LE without BOM',
    text: bytes(() => utf16(mallText, false, false)),
    expect: { table: false, codes: ['not-text'], says: { 'not-text': 'UTF-16' } },
  },
  {
    name: 'UTF-16LE with BOM',
    text: bytes(() => utf16(mallText, false, true)),
    expect: { table: false, codes: ['not-text'], says: { 'not-text': 'UTF-16' } },
  },
  {
    name: 'UTF-16BE without BOM',
    text: bytes(() => utf16(mallText, true, false)),
    expect: { table: false, codes: ['not-text'], says: { 'not-text': 'UTF-16' } },
  },
  {
    name: 'Windows-1252 text read as UTF-8',
    text: bytes(() => [
      ...Buffer.from('Name,Income,Spending\nJos', 'latin1'),
      0xe9,
      ...Buffer.from(',15,39\nZo\xeb,16,81\nAnn,17,6\n', 'latin1'),
    ]),
    expect: {
      table: true,
      codes: ['replacement-characters'],
      rows: 3,
      lines: { 'replacement-characters': [2] },
      features: [1, 2],
    },
  },
  {
    name: 'PDF',
    text: () => '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
    expect: { table: false, codes: ['not-text'] },
  },
  {
    name: 'very long field',
    text: () => `Name,Income,Spending\n"${'x'.repeat(1_000_000)}",15,39\n"a\nb",16,81\n`,
    expect: { table: true, codes: [], rows: 2, cells: [[1, 0, 'a\nb']], features: [1, 2] },
  },
  {
    name: 'unterminated quote on the last line',
    text: () => `${MALL}\n${MALL_ROWS.join('\n')}\n4,"Female,23,16,77`,
    expect: {
      table: true,
      codes: ['unterminated-quote'],
      rows: 4,
      lines: { 'unterminated-quote': [5] },
      cells: [[3, 4, '77']],
    },
  },
  {
    name: 'two unterminated quotes after a multi-line cell',
    text: () => `Name,Note,Income,Spending\nA,"x\ny",1,2\nB,"oops,3,4\nC,ok,5,6\nD,"again,7,8\nE,ok,9,10\n`,
    expect: {
      table: true,
      codes: ['unterminated-quote'],
      rows: 5,
      lines: { 'unterminated-quote': [4, 6] },
      cells: [
        [2, 0, 'C'],
        [4, 3, '10'],
      ],
    },
  },
  {
    name: 'stray quote inside a quoted field',
    text: () => `Name,Income,Spending\n"ab"c",15,39\nBob,16,81\nCid,17,6\n`,
    expect: {
      table: true,
      codes: ['malformed-quote'],
      rows: 3,
      lines: { 'malformed-quote': [2] },
      cells: [[0, 0, 'ab"c']],
    },
  },
];
