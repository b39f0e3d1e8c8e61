import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCell } from '../../src/core/csv/parseNumericCell';
import { SPARK_SCRIPT_NAME, sparkScript } from '../../src/core/exports/sparkScript';
import { suggestSegmentNames } from '../../src/core/profile/nameSegments';
import { appRun, PYTHON, scratchDir } from './appRun';
import { formattedBytes, holesBytes, mallBytes } from './files';

/** The analysis file's canonical JSON as JavaScript writes it (analysis-format v1). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const byCodePoint = (a: string, b: string): number => {
      const x = [...a].map((c) => c.codePointAt(0) ?? 0);
      const y = [...b].map((c) => c.codePointAt(0) ?? 0);
      for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
      return x.length - y.length;
    };
    const entries = Object.entries(value).sort(([a], [b]) => byCodePoint(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const hexOf = (x: number): string => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return Array.from(new Uint8Array(view.buffer), (b) => b.toString(16).padStart(2, '0')).join('');
};

const TRICKY_NUMBERS = [
  0,
  -0,
  1,
  -1,
  5,
  0.1,
  0.2,
  0.1 + 0.2,
  1 / 3,
  -2 / 3,
  100,
  1e21,
  1e20,
  123456789012345680000,
  1e-6,
  1e-7,
  1.5e-7,
  0.000001234,
  1e300,
  -1e-300,
  5e-324,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63,
  65.56840815571364,
  26.19897707926781,
  0.0001,
  1e-4 * 3,
  4.35,
  0.5,
  1234.5678,
  2 ** 53 + 1,
];

const TRICKY_STRINGS = [
  'plain',
  'quote " backslash \\ slash /',
  'tab\tnewline\ncarriage\rback\bform\f',
  '\u0000\u0001\u001f\u007f\u0080\u009f',
  'line\u2028para\u2029',
  'José Muñoz · Zoë',
  '😀 emoji, 𝄞 clef',
  'lone \ud800 high, lone \udc00 low',
  '',
  '<script>&amp;</script>',
];

/** Loads the job's pure parts in python3 (no pyspark) and evaluates `cases`. */
function runPure(script: string, cases: unknown): Record<string, unknown> {
  const dir = scratchDir();
  const path = join(dir, SPARK_SCRIPT_NAME);
  writeFileSync(path, script);
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));
  const driver = new URL('./spark_pure.py', import.meta.url).pathname;
  return JSON.parse(
    execFileSync(PYTHON, [driver, path, join(dir, 'cases.json')], { encoding: 'utf8', maxBuffer: 1 << 28 }),
  ) as Record<string, unknown>;
}

describe('Export as Spark job: the script', () => {
  it('compiles (python3 -m py_compile), for a plain and a formatted-number file', async () => {
    for (const [bytes, fileName] of [
      [mallBytes(), 'Mall_Customers.csv'],
      [formattedBytes(), 'export-march.csv'],
    ] as const) {
      const run = await appRun(bytes, { fileName, k: 5 });
      const dir = scratchDir();
      const path = join(dir, SPARK_SCRIPT_NAME);
      writeFileSync(path, sparkScript(run.choices));
      execFileSync(PYTHON, ['-m', 'py_compile', path]);
    }
  });

  it("pure parts without pyspark agree with the app's numbers, names, labels and the JS canonical JSON", async () => {
    const run = await appRun(formattedBytes(), { fileName: 'export-march.csv', k: 5 });
    const mall = await appRun(mallBytes(), { fileName: 'Mall_Customers.csv', k: 10 });
    const holes = await appRun(holesBytes(), { fileName: 'holes.csv', k: 8, missing: 'mean' });
    const script = sparkScript(run.choices);
    expect(script).toContain('def read_number');

    const random = fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }), { numRuns: 3000, seed: 5 });
    const integers = [0, 7, -12, 2 ** 53 - 1, 2 ** 53, 123456789012345680000];
    const objects = [
      ...TRICKY_STRINGS,
      TRICKY_STRINGS.map((s, i) => ({ [s]: i, [`k${i}`]: [s, TRICKY_NUMBERS[i] ?? null] })),
      { b: [1, 2.5, true, false, null], a: { z: 'x', é: 1, '😀': 2, ｚ: 3 }, '': -0 },
      TRICKY_NUMBERS,
    ];

    const { analysis: mallAnalysis } = mall.state;
    if (mallAnalysis === null) throw new Error('no analysis');
    const points = Array.from({ length: 200 }, (_, i) =>
      mall.state.featureValues.map(
        (column, j) => ((column[i] ?? 0) - (mallAnalysis.mean[j] ?? 0)) / (mallAnalysis.scale[j] ?? 1),
      ),
    );
    const clusterings = mallAnalysis.byK.slice(1);
    const standardizedCentres = clusterings.map((c) =>
      c.centroids.map((centre) =>
        centre.map((value, j) => (value - (mallAnalysis.mean[j] ?? 0)) / (mallAnalysis.scale[j] ?? 1)),
      ),
    );
    const namingCases = [mall, holes, run].flatMap(({ state, choices }) =>
      (state.analysis?.byK ?? []).map((c) => ({
        centroids: c.centroids,
        mean: state.analysis?.mean ?? [],
        scale: state.analysis?.scale ?? [],
        words: choices.features.map((f) => f.word),
        names: choices.features.map((f) => f.name),
      })),
    );
    // Segments alike on the coarse bands, told apart by fine bands, the column they differ on, or numbers.
    namingCases.push(
      {
        centroids: [
          [1, 1],
          [1, 1],
          [0.6, 1],
          [-3, 0],
        ],
        mean: [0, 0],
        scale: [1, 1],
        words: ['income', 'spending'],
        names: ['Income', 'Spending'],
      },
      {
        centroids: [
          [0.6, 0.1],
          [2, 0.2],
          [0.7, 0.3],
          [0.55, 0.3],
        ],
        mean: [0, 0],
        scale: [1, 1],
        words: ['income', 'spending'],
        names: ['Income', 'Spending'],
      },
      {
        centroids: [
          [1, -1, 2, 0.1],
          [0, 0, 0, 0],
        ],
        mean: [0, 0, 0, 0],
        scale: [1, 1, 1, 1],
        words: ['a', 'b', 'c', 'd'],
        names: ['A', 'B', 'C', 'D'],
      },
    );
    const cells = [
      '15',
      ' 42 ',
      '-3.5',
      '+4',
      '1e3',
      '.5',
      '5.',
      '15,5',
      '15.000',
      '1,234',
      '1,234.5',
      '1.234,5',
      '1 234,5',
      '$15',
      '$15,000',
      '15k',
      '15K$',
      '$1.5k',
      '€ 1.234,50',
      '45%',
      '-45 %',
      '−5',
      'US$ 1,200',
      'USD 1,200',
      '₹1,00,000',
      '0x10',
      '15 thousand',
      '1e999',
      'NA',
      'n/a',
      '?',
      '-',
      '--',
      '',
      '  ',
      'Total',
      '£-5',
      '-£5',
      '5k%',
      '12,34,567',
      "CHF 1'234.50",
      '1\u202f234,5',
      'kr 100',
      '100 zł',
    ];
    const formats = [
      { decimal: '.', k_is_unit: false, formatted: true },
      { decimal: '.', k_is_unit: true, formatted: true },
      { decimal: ',', k_is_unit: false, formatted: true },
    ] as const;
    const cases = {
      doubles: [...TRICKY_NUMBERS, ...random].map(hexOf),
      integers,
      objects,
      columns: [
        ...mall.state.featureValues.map((c) => Array.from(c)),
        [3.3, 3.3, 3.3],
        [1e9 + 0.1, 1e9 + 0.1],
      ],
      renumber: [
        {
          sizes: [3, 5, 5, 1],
          centres: [
            [0, 0],
            [1, 0],
            [0.5, 2],
            [9, 9],
          ],
        },
        {
          sizes: [2, 2, 2],
          centres: [
            [1, 1],
            [1, 0],
            [1, 0],
          ],
        },
        {
          sizes: [0, 4, 0],
          centres: [
            [-1, 0],
            [0, 0],
            [-2, 5],
          ],
        },
      ],
      nearest: clusterings.map((_, i) => ({ points, centres: standardizedCentres[i] })),
      names: namingCases,
      cells,
      formats,
      analysis: {
        input_facts: {
          fileName: 'Mall_Customers.csv',
          byteSize: 3981,
          rowCount: 200,
          sha256: null,
          header: mall.choices.header,
        },
        features: mall.choices.features.map((f) => f.name),
        missing: 'drop',
        mean: mallAnalysis.mean,
        scale: mallAnalysis.scale,
        kmeans: {
          k: 5,
          seed: 42,
          restarts: 1,
          maxIter: 300,
          tol: 0.0001,
          init: 'k-means||',
          inertia: 65.56840815571364,
        },
        segments: (mallAnalysis.byK[4]?.centroids ?? []).map((centroid, c) => ({
          name: `Segment “${c + 1}” \\ é`,
          size: mallAnalysis.byK[4]?.sizes[c] ?? 0,
          centroid,
          centroidStandardized: standardizedCentres[3]?.[c] ?? [],
          distance99: 0.1 * (c + 1),
        })),
      },
    };
    const out = runPure(script, cases);

    expect(out.numbers).toEqual([...TRICKY_NUMBERS, ...random].map((x) => JSON.stringify(x)));
    expect(out.integers).toEqual(integers.map((x) => JSON.stringify(x)));
    expect(out.canonical).toEqual(objects.map(canonical));

    // StandardScaler's population scale, and 1 for constant columns.
    const scales = out.scales as number[];
    mallAnalysis.scale.forEach((s, j) => expect(Math.abs((scales[j] ?? 0) - s) / s).toBeLessThan(1e-14));
    expect(scales.slice(2)).toEqual([1, 1]);

    expect(out.renumber).toEqual([
      [2, 1, 0, 3],
      [1, 2, 0],
      [1, 2, 0],
    ]);

    // Nearest centre (Python and its SQL) gives the app's own labels, at every k; distance99 by its definition.
    const nearest = out.nearest as { python: number[]; sqlite: number[]; distance99: number[] }[];
    clusterings.forEach((clustering, i) => {
      const labels = Array.from(clustering.rowLabels);
      expect(nearest[i]?.python).toEqual(labels);
      expect(nearest[i]?.sqlite).toEqual(labels);
      const centres = standardizedCentres[i] ?? [];
      const expected = centres.map((centre, c) => {
        const distances = points
          .filter((_, p) => labels[p] === c)
          .map((point) => Math.hypot(...point.map((v, j) => v - (centre[j] ?? 0))))
          .sort((a, b) => a - b);
        return distances[Math.ceil(0.99 * distances.length) - 1] ?? 0;
      });
      (nearest[i]?.distance99 ?? []).forEach((value, c) => expect(value).toBeCloseTo(expected[c] ?? NaN, 12));
    });

    expect(out.names).toEqual(
      namingCases.map((c) =>
        suggestSegmentNames({ centroids: c.centroids, mean: c.mean, scale: c.scale, columnNames: c.names }),
      ),
    );
    expect(out.tolerance).toBeCloseTo(Math.sqrt((1e-4 * (2 / 3)) / 5), 15);

    // The formatted-number reader reads every cell as the app does.
    const read = out.cells as (number | null)[][];
    formats.forEach((f, i) => {
      const app = cells.map((cell) => {
        const { kind, value } = readCell(cell, { decimal: f.decimal, kIsUnit: f.k_is_unit });
        return kind === 'number' ? value : null;
      });
      expect(read[i]).toEqual(app);
    });
    expect(out.newColumn).toEqual(['Cluster_3', 'Cluster']);

    // The analysis file: its checksum is the JS rule's, and a changed file is refused.
    const document = out.analysis as Record<string, unknown>;
    const { checksum, ...body } = document;
    expect(checksum).toBe(sha256(canonical(body)));
    expect(document.format).toBe('customer-segments-analysis');
    expect(document.app).toEqual({ name: 'customer-segments-spark', version: run.choices.appVersion });
    expect((document.segments as { cluster: number }[]).map((s) => s.cluster)).toEqual([1, 2, 3, 4, 5]);
    expect(out.analysisOk).toBeNull();
    expect(out.tampered).toMatch(/edited by hand/);
    expect(out.newer).toMatch(/newer version/);
  }, 60_000);
});

const hasPyspark = spawnSync(PYTHON, ['-c', 'import pyspark'], { stdio: 'ignore' }).status === 0;

describe('Export as Spark job in Spark local mode', () => {
  it.skipIf(!hasPyspark)(
    "fits Mall_Customers with pyspark.ml (skipped: pyspark is not installed here, and not installable from Debian's packages)",
    async () => {
      const run = await appRun(mallBytes(), { fileName: 'Mall_Customers.csv', k: 5 });
      const dir = scratchDir();
      const input = join(dir, 'Mall_Customers.csv');
      writeFileSync(input, mallBytes());
      const analysis = join(dir, 'analysis.json');
      const script = join(dir, SPARK_SCRIPT_NAME);
      writeFileSync(script, sparkScript(run.choices));
      execFileSync(
        PYTHON,
        [script, 'fit', input, join(dir, 'segments'), '--master', 'local[2]', '--analysis', analysis],
        {
          stdio: 'pipe',
        },
      );
      const document = JSON.parse(readFileSync(analysis, 'utf8')) as {
        kmeans: { inertia: number };
        segments: { size: number }[];
        checksum: string;
      };
      const { checksum, ...body } = document;
      expect(checksum).toBe(sha256(canonical(body)));
      // k-means|| may find another local optimum than k-means++: close, not equal.
      expect(Math.abs(document.kmeans.inertia - run.choices.inertia) / run.choices.inertia).toBeLessThan(
        0.05,
      );
      expect(document.segments.reduce((sum, s) => sum + s.size, 0)).toBe(200);
    },
    300_000,
  );
});
