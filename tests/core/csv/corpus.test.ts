import { afterAll, describe, expect, it } from 'vitest';
import { describeColumns } from '../../reference/csv/describeColumns';
import { detectFeatures } from '../../../src/core/csv/detectFeatures';
import { neutralizeFormula } from '../../../src/core/csv/neutralizeFormula';
import { parseTable } from '../../reference/csv/parseTable';
import type { ParseOutcome } from '../../reference/csv/parseTable';
import { labeledColumnName } from '../../../src/core/csv/labeledCsv';
import { writeLabeledCsv } from '../../reference/csv/writeLabeledCsv';
import { numericColumn } from '../../reference/csv/numericColumn';
import { fileCorpus } from './corpusFiles';
import { generatedCorpus } from './corpusGenerated';
import { realWorldCorpus } from './corpusRealWorld';

const corpus = [...fileCorpus, ...generatedCorpus, ...realWorldCorpus];

// Tallied across the corpus and printed at the end: the goal is zero of each.
const tally = { cases: 0, crashed: 0, lostRows: 0 };

describe('malformed and hostile CSV corpus', () => {
  it('has at least 30 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  for (const { name, text, expect: want } of corpus) {
    it(name, () => {
      tally.cases++;
      let outcome: ParseOutcome;
      try {
        outcome = parseTable(text());
      } catch (error) {
        tally.crashed++;
        throw error;
      }
      const { table, problems } = outcome;
      expect(new Set(problems.map((p) => p.code))).toEqual(new Set(want.codes));
      for (const problem of problems) {
        expect(problem.message).toMatch(/^[A-Z0-9“].*[.!]$/s);
      }
      for (const [code, lines] of Object.entries(want.lines ?? {})) {
        expect(problems.find((p) => p.code === code)?.lines).toEqual(lines);
      }
      for (const [code, fragment] of Object.entries(want.says ?? {})) {
        expect(problems.find((p) => p.code === code)?.message).toContain(fragment);
      }
      expect(table !== null).toBe(want.table);
      if (table === null) return;

      if (want.rows !== undefined && table.rows.length !== want.rows) tally.lostRows++;
      if (want.rows !== undefined) expect(table.rows).toHaveLength(want.rows);
      if (want.header) expect(table.header).toEqual(want.header);
      if (want.delimiter !== undefined) expect(table.delimiter).toBe(want.delimiter);
      if (want.decimalComma !== undefined) expect(table.decimalComma).toBe(want.decimalComma);
      for (const [row, column, cell] of want.cells ?? []) expect(table.rows[row]?.[column]).toBe(cell);
      if (want.features !== undefined) {
        expect(detectFeatures(table, describeColumns(table))?.features ?? null).toEqual(want.features);
      }
      for (const [row, column, value] of want.values ?? []) {
        expect(numericColumn(table, column)[row]).toBe(value);
      }
      if (want.summaryRows !== undefined) {
        expect(table.summaryRows?.map((row) => row.index)).toEqual(want.summaryRows);
      }
      if (want.titles !== undefined) expect(table.titles).toHaveLength(want.titles);

      // Cells are preserved through export: label, write, re-read, and compare with the formula prefix undone.
      const label = labeledColumnName(table.header);
      const csv = writeLabeledCsv(table, [{ name: label, values: table.rows.map((_, i) => String(i % 3)) }]);
      const again = parseTable(csv, { delimiter: ',' }).table;
      expect(again?.titles).toEqual(table.titles);
      expect(again?.header).toEqual([...table.header, label].map((h) => neutralizeFormula(h)));
      expect(again?.rows).toHaveLength(table.rows.length);
      table.rows.forEach((row, i) => {
        const width = table.header.length;
        const written = again?.rows[i] ?? [];
        const padded = [...row.slice(0, width), ...Array<string>(Math.max(0, width - row.length)).fill('')];
        expect(written).toEqual([
          ...padded.map((c) => neutralizeFormula(c, table.decimalComma)),
          String(i % 3),
          ...row.slice(width).map((c) => neutralizeFormula(c, table.decimalComma)),
        ]);
      });
    });
  }

  afterAll(() => {
    console.info(`CSV corpus: ${tally.cases} cases, ${tally.crashed} crashed, ${tally.lostRows} lost rows`);
  });
});
