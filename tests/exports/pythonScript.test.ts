import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pyComment, pyNum, pyStr } from '../../src/core/exports/pythonLiteral';
import { PYTHON_SCRIPT_NAME, pythonScript } from '../../src/core/exports/pythonScript';
import { sparkScript } from '../../src/core/exports/sparkScript';
import { writeMallLikeCsv } from '../bench/engine/mallLike';
import {
  appRun,
  cellDifferences,
  csvCells,
  PYTHON,
  readBytes,
  runPython,
  scratchDir,
  type AppRunOptions,
} from './appRun';
import {
  AWKWARD_NAMES,
  awkwardNamesBytes,
  decimalCommaBytes,
  formattedBytes,
  holesBytes,
  mallBytes,
} from './files';

/**
 * The exported Python script, run by python3 (pandas + scikit-learn, see tests/ensure-python.sh) on the
 * file the app read, writes the app's download cell for cell: same rows, columns, cluster numbers.
 */
async function compare(
  bytes: Uint8Array<ArrayBuffer>,
  options: AppRunOptions,
): Promise<{ rows: number; cells: number; script: string; stdout: string }> {
  const run = await appRun(bytes, options);
  const dir = scratchDir();
  const input = join(dir, options.fileName);
  writeFileSync(input, bytes);
  const script = pythonScript(run.choices);
  const stdout = runPython(dir, PYTHON_SCRIPT_NAME, script, [input]);
  const app = csvCells(run.download);
  const python = csvCells(readBytes(join(dir, run.choices.outputName)));
  const diff = cellDifferences(app.rows, python.rows);
  expect(diff.first).toEqual([]);
  expect(diff.differing).toBe(0);
  expect(python.bom).toBe(app.bom);
  // Every input row comes back out, plus the header (and titles).
  expect(app.rows.length).toBe(run.summary.rowCount + 1 + run.choices.titleLines);
  console.info(`${options.fileName}: ${diff.rows} rows, ${diff.cells} cells equal`);
  return { rows: diff.rows, cells: diff.cells, script, stdout };
}

describe('Export as Python: the script reproduces the download', () => {
  it('Mall_Customers.csv at k = 5: every cell, the same numbering', async () => {
    const { rows, stdout, script } = await compare(mallBytes(), { fileName: 'Mall_Customers.csv' });
    expect(rows).toBe(201);
    expect(stdout).toContain('clustered into 5 segments of [81, 39, 35, 23, 22]');
    expect(script).toContain('n_init=RESTARTS');
    expect(script).toContain('RESTARTS = 10');
    expect(script).toContain('REFINE = False'); // k = 5's best restart was a fixed point already
    expect(script).not.toContain('read_formatted_number');
  });

  it('100,000 seeded customers at k = 4, the best restart carried on to a fixed point as the app did', async () => {
    const csv = writeMallLikeCsv(100_000, 2, 2026);
    const { rows, script } = await compare(new TextEncoder().encode(csv), {
      fileName: 'customers-100k.csv',
      k: 4,
      nInit: 3,
    });
    expect(rows).toBe(100_001);
    // At this size scikit-learn's tol stops every restart while points still move.
    expect(script).toContain('REFINE = True');
  }, 120_000);

  it('holes and 0001-style ids, missing rows dropped', async () => {
    const { script } = await compare(holesBytes(), { fileName: 'holes.csv', k: 5 });
    expect(script).toContain('MISSING = "drop"');
  });

  it('holes filled with the column mean, and the segment names written as a column', async () => {
    const { script } = await compare(holesBytes(), {
      fileName: 'holes.csv',
      k: 6,
      missing: 'mean',
      seed: 7,
      segmentColumn: true,
    });
    expect(script).toContain('MISSING = "mean"');
    expect(script).toContain('SEGMENT_NAMES = [');
  });

  it('Windows-1252, a title line, "$15,000" and "39%" cells, formula-like names and a Total row', async () => {
    const { script } = await compare(formattedBytes(), {
      fileName: 'export-march.csv',
      k: 5,
      segmentColumn: true,
    });
    expect(script).toContain('ENCODING = "windows-1252"');
    expect(script).toContain('HEADER_LINE = 2');
    expect(script).toContain('SUMMARY_ROWS = [200]');
    expect(script).toContain('read_formatted_number');
  });

  it('semicolons, decimal commas, dotted thousands and an average row', async () => {
    const { script } = await compare(decimalCommaBytes(), { fileName: 'kunden.csv', k: 4 });
    expect(script).toContain('DELIMITER = ";"');
    expect(script).toContain('SUMMARY_ROWS = [0]');
  });

  it('column names with quotes, backslashes, a line break, a tab and emoji are written as exact literals', async () => {
    const { script } = await compare(awkwardNamesBytes(), {
      fileName: 'awkward "names" \\ ✓.csv',
      features: [1, 2],
      k: 3,
      segmentColumn: true,
    });
    const dir = scratchDir();
    const names = runPython(
      dir,
      'names.py',
      `${script.split('# ==== end of settings ====')[0]}\nimport json\nprint(json.dumps(FEATURES + [SOURCE_FILE]))\n`,
      [],
    );
    expect(JSON.parse(names)).toEqual([AWKWARD_NAMES[1], AWKWARD_NAMES[2], 'awkward "names" \\ ✓.csv']);
  });

  it('pyStr and pyNum write literals python3 reads back exactly; pyComment cannot end early', () => {
    const strings = [
      ...fc.sample(fc.string({ unit: 'binary' }), { numRuns: 300, seed: 3 }),
      ...fc.sample(fc.string({ unit: 'grapheme-composite' }), { numRuns: 100, seed: 4 }),
      'lone \ud800 and \udfff',
      '\u2028\u2029\u0085\u00a0\ufeff\u200b',
      '"""\'\'\'\\',
    ];
    const numbers = [0, -0, 1e21, 1e-7, 0.1 + 0.2, 5e-324, Number.MAX_VALUE, -2.5, 65.56840815571364];
    const comment = pyComment('one\ntwo\r\nthree\rx = 1\u2028y = 2', '', 20);
    const program = [
      'import json, math, struct',
      `strings = [${strings.map(pyStr).join(', ')}]`,
      comment,
      `numbers = [${numbers.map(pyNum).join(', ')}]`,
      'print(json.dumps({"strings": strings, "numbers": [struct.pack(">d", n).hex() for n in numbers]}))',
    ].join('\n');
    const out = JSON.parse(runPython(scratchDir(), 'literals.py', program, [])) as {
      strings: string[];
      numbers: string[];
    };
    expect(out.strings).toEqual(strings);
    const bits = (x: number): string => {
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, x);
      return Array.from(new Uint8Array(view.buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    };
    expect(out.numbers).toEqual(numbers.map(bits));
  });

  it('a workbook: both scripts say they read a CSV saved from the sheet, and compile', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/workbooks/mall-sheets.xlsx'));
    const run = await appRun(bytes, { fileName: 'mall-sheets.xlsx' });
    expect(run.choices.format).toBe('xlsx');
    const dir = scratchDir();
    for (const [name, script] of [
      ['python.py', pythonScript(run.choices)],
      ['spark.py', sparkScript(run.choices)],
    ] as const) {
      expect(script.replace(/\n# /g, ' ')).toContain(
        'this script reads a CSV of that table instead (UTF-8, commas)',
      );
      expect(script).toContain('DELIMITER = ","');
      writeFileSync(join(dir, name), script);
      execFileSync(PYTHON, ['-m', 'py_compile', join(dir, name)]);
    }
  });
});
