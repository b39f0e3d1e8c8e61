/**
 * Elbow-sweep benchmark:
 *   npm run bench -- [--sizes 1e6] [--dims 2,6] [--repeats N] [--threads 2] [--lockstep 5] [--no-sklearn] [--js] [--no-thorough]
 * With no options it measures the rows of issue #12's speed table (10^6 x 2 and 10^6 x 6, 2 threads,
 * side by side with scikit-learn in the same run) and prints that table, then the thorough search's report.
 * --no-thorough skips the thorough restart search's report (its extra time and restarts per k).
 * --js runs the JavaScript kernels only (no kmeans.wasm), for comparison; results are the same.
 * --lockstep N: restarts of one k per worker task, run in lockstep (1: one restart per task).
 * Writes seeded mall-like CSVs under os.tmpdir(), reads them back, and times standardize + elbowSweep
 * (k = 1..10, nInit = 10, seed 42) — the same span sklearn_sweep.py reports as sweep_seconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { elbowSweep } from '../../reference/cluster/elbowSweep';
import { pointsFromColumns } from '../../../src/core/cluster/points';
import { standardize } from '../../../src/core/stats/standardize';
import { KMEANS_WASM_URL } from '../../../src/core/cluster/bounds/wasm/wasmKernels';
import { writeMallLikeCsv, MALL_LIKE_COLUMNS } from './mallLike';
import { SweepPool } from './parallelSweep';
import { printThoroughSummary, reportThoroughSearch } from './thoroughSearch';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (flag('--sizes') ?? '1e6').split(',').map(Number);
const dims = (flag('--dims') ?? '2,6').split(',').map(Number);
const repeatsFor = (n: number): number => {
  const explicit = flag('--repeats');
  if (explicit !== undefined) return Number(explicit);
  return n <= 1e4 ? 5 : n <= 1e5 ? 3 : 1;
};
const vsSklearn = !args.includes('--no-sklearn');
const threads = Number(flag('--threads') ?? 2);
const lockstep = Number(flag('--lockstep') ?? 5);
const wasm = args.includes('--js') ? null : new WebAssembly.Module(readFileSync(KMEANS_WASM_URL));
const kernels = wasm === null ? 'JavaScript kernels' : 'WebAssembly kernels where bounds are used';
const pool = threads > 1 ? new SweepPool(threads, wasm !== null) : null;
await pool?.warmUp();
const python = '/usr/bin/python3';
const projectRoot = resolve(import.meta.dirname, '../../..');
const script = resolve(projectRoot, '../shared/bench/sklearn_sweep.py');
const dir = join(tmpdir(), 'customer-segments-bench');
mkdirSync(dir, { recursive: true });

function readColumns(file: string, d: number): Float64Array[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const n = lines.length - 1 - (lines[lines.length - 1] === '' ? 1 : 0);
  const columns = Array.from({ length: d }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const cells = (lines[i + 1] as string).split(',');
    // Column 0 is the CustomerID; features follow in MALL_LIKE_COLUMNS order.
    for (let j = 0; j < d; j++) (columns[j] as Float64Array)[i] = Number(cells[j + 1]);
  }
  return columns;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

interface Row {
  n: number;
  d: number;
  ours: number;
  sklearn: number | null;
  worse: string[];
}
const table: Row[] = [];
for (const d of dims) {
  for (const n of sizes) {
    const file = join(dir, `mall_like_${n}_${d}.csv`);
    if (!existsSync(file)) writeFileSync(file, writeMallLikeCsv(n, d, 20240601 + d));
    const columns = readColumns(file, d);
    const times: number[] = [];
    let inertias: number[] = [];
    for (let r = 0; r < repeatsFor(n); r++) {
      const t0 = performance.now();
      const z = standardize(columns);
      const sweep =
        pool === null
          ? elbowSweep(pointsFromColumns(z.columns), { kMax: 10, nInit: 10, seed: 42, wasm })
          : await pool.sweep(z.columns, 10, 10, 42, lockstep);
      times.push((performance.now() - t0) / 1000);
      inertias = sweep.map((s) => s.inertia);
    }
    const ours = median(times);
    const cols = MALL_LIKE_COLUMNS.slice(0, d)
      .map((c) => JSON.stringify(c))
      .join(' ');
    const command = `${python} ${relative(projectRoot, script)} ${file} --cols ${cols}`;
    console.log(
      `\n## ${n} rows x ${d} features, ${threads} thread(s), ${kernels}: median ${ours.toFixed(3)} s over ${times.length} run(s)`,
    );
    console.log(
      `   runs: ${times.map((t) => t.toFixed(3)).join(', ')} (load average ${loadavg()[0]?.toFixed(1)})`,
    );
    console.log(`   inertia by k: ${inertias.map((v) => v.toFixed(6)).join(', ')}`);
    console.log(`   sklearn: ${command}`);
    const row: Row = { n, d, ours, sklearn: null, worse: [] };
    if (vsSklearn) {
      const out = spawnSync(python, [script, file, '--cols', ...MALL_LIKE_COLUMNS.slice(0, d)], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      if (out.status !== 0) {
        console.log(`   sklearn failed: ${out.stderr.trim().split('\n').pop()}`);
      } else {
        const json = JSON.parse(out.stdout) as {
          sweep_seconds: number;
          per_k: Record<string, { inertia: number }>;
        };
        row.sklearn = json.sweep_seconds;
        const theirs = Object.values(json.per_k).map((v) => v.inertia);
        console.log(`   sklearn inertia: ${theirs.map((v) => v.toFixed(6)).join(', ')}`);
        theirs.forEach((v, i) => {
          const ourValue = inertias[i] as number;
          if (ourValue > v * (1 + 1e-6)) row.worse.push(`k=${i + 1}: ${ourValue} > ${v}`);
        });
        console.log(
          `   sklearn ${row.sklearn.toFixed(3)} s, ratio ${(row.sklearn / ours).toFixed(1)}x; ` +
            (row.worse.length
              ? `WORSE: ${row.worse.join('; ')}`
              : 'inertia <= sklearn * (1 + 1e-6) for every k'),
        );
      }
    }
    if (!args.includes('--no-thorough')) reportThoroughSearch(`${n} x ${d}`, columns, wasm);
    table.push(row);
  }
}
await pool?.close();
console.log(
  `\n${threads} thread(s), ${kernels}, lockstep ${lockstep}; sklearn uses its default threads (OpenMP) on the same machine, same run.`,
);
console.log('| rows | features | ours (s, median) | sklearn (s) | speed-up | quality |');
console.log('|---:|---:|---:|---:|---:|---|');
for (const r of table) {
  const sk = r.sklearn === null ? '-' : r.sklearn.toFixed(3);
  const ratio = r.sklearn === null ? '-' : `${(r.sklearn / r.ours).toFixed(1)}x`;
  const quality = r.sklearn === null ? '-' : r.worse.length ? `worse at ${r.worse.length} k` : 'ok';
  console.log(`| ${r.n} | ${r.d} | ${r.ours.toFixed(3)} | ${sk} | ${ratio} | ${quality} |`);
}

// Issue #12's table: the goal of each row it names, next to what this run measured.
const GOALS: Record<string, number> = { '1000000x2': 15, '1000000x6': 10 };
const named = table.filter((r) => GOALS[`${r.n}x${r.d}`] !== undefined && r.sklearn !== null);
if (named.length > 0) {
  console.log(`\nIssue #12, speed (n_init = 10, k = 1..10; ${kernels}; lockstep ${lockstep}):`);
  console.log('| what | ours (s) | scikit-learn (s) | measured | goal |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of named) {
    const power = Math.round(Math.log10(r.n));
    const what = `sweep, 10^${power} x ${r.d}, Node, ${threads} thread${threads === 1 ? '' : 's'}`;
    const ratio = (r.sklearn as number) / r.ours;
    const goal = GOALS[`${r.n}x${r.d}`] as number;
    console.log(
      `| ${what} | ${r.ours.toFixed(2)} | ${(r.sklearn as number).toFixed(2)} | ${ratio.toFixed(1)}x scikit-learn | >= ${goal}x${ratio >= goal ? ' (met)' : ''} |`,
    );
  }
}

printThoroughSummary();
