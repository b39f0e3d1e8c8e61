/**
 * This checkout's engine against an older one, alternated in one process on one thread, so the
 * machine's noise falls on both alike (CPU seconds of this process, steadier than wall time on a
 * shared machine). OLD is a copy of an older commit's src and tests (kmeans.wasm and its glue
 * together), e.g. `git archive main src tests | tar -x -C /tmp/old` plus a node_modules link:
 *   npx tsx tests/bench/engine/compareKernels.ts /tmp/old [--sizes 1e5,1e6] [--dims 6] [--repeats 3]
 * Times standardize + elbowSweep (k = 1..10, nInit = 10, seed 42) and checks that both give the
 * same inertia for every k, bit for bit.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { elbowSweep } from '../../reference/cluster/elbowSweep';
import { pointsFromColumns } from '../../../src/core/cluster/points';
import { standardize } from '../../../src/core/stats/standardize';
import { KMEANS_WASM_URL } from '../../../src/core/cluster/bounds/wasm/wasmKernels';
import { writeMallLikeCsv } from './mallLike';

type Sweep = typeof elbowSweep;

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const files = args.filter((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
if (files.length < 1) throw new Error('usage: compareKernels.ts OLD_TREE [--sizes ..] [--dims ..]');
const oldRoot = resolve(files[0] as string);
const oldSweep = (
  (await import(resolve(oldRoot, 'tests/reference/cluster/elbowSweep.ts'))) as { elbowSweep: Sweep }
).elbowSweep;
const engines: { sweep: Sweep; wasm: WebAssembly.Module }[] = [
  {
    sweep: oldSweep,
    wasm: new WebAssembly.Module(readFileSync(resolve(oldRoot, 'src/core/cluster/bounds/wasm/kmeans.wasm'))),
  },
  { sweep: elbowSweep, wasm: new WebAssembly.Module(readFileSync(KMEANS_WASM_URL)) },
];
const sizes = (flag('--sizes') ?? '1e5,1e6').split(',').map(Number);
const dims = (flag('--dims') ?? '6').split(',').map(Number);
const repeats = Number(flag('--repeats') ?? 3);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function columnsOf(n: number, d: number): Float64Array[] {
  const lines = writeMallLikeCsv(n, d, 20240601 + d).split('\n');
  const columns = Array.from({ length: d }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const cells = (lines[i + 1] as string).split(',');
    for (let j = 0; j < d; j++) (columns[j] as Float64Array)[i] = Number(cells[j + 1]);
  }
  return columns;
}

for (const d of dims) {
  for (const n of sizes) {
    const columns = columnsOf(n, d);
    const times: [number[], number[]] = [[], []];
    const inertias: [number[], number[]] = [[], []];
    for (let r = 0; r < repeats; r++) {
      for (const which of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const t0 = process.cpuUsage();
        const z = standardize(columns);
        const { sweep: run, wasm } = engines[which] as (typeof engines)[number];
        const sweep = run(pointsFromColumns(z.columns), { kMax: 10, nInit: 10, seed: 42, wasm });
        const used = process.cpuUsage(t0);
        (times[which] as number[]).push((used.user + used.system) / 1e6);
        inertias[which] = sweep.map((s) => s.inertia);
      }
    }
    const [a, b] = [median(times[0]), median(times[1])];
    const same = inertias[0].every((v, i) => Object.is(v, inertias[1][i]));
    console.log(
      `${n} x ${d}: old ${a.toFixed(3)} s [${times[0].map((t) => t.toFixed(2)).join(', ')}], ` +
        `new ${b.toFixed(3)} s [${times[1].map((t) => t.toFixed(2)).join(', ')}], ` +
        `old/new ${(a / b).toFixed(3)}; inertia ${same ? 'identical' : 'DIFFERENT'} for every k`,
    );
  }
}
