/**
 * npm run bench:browser [-- --sizes 1e4,1e5,1e6 --repeats 3]
 *
 * Builds the app, then for each size drops a seeded Mall-like CSV on the real page in headless Chromium
 * and times the journey (file given → elbow drawn → scatter drawn → download ready → file saved), the
 * longest main-thread task (Long Tasks API) and the JS heap after loading; then runs scikit-learn's
 * load + sweep on the same file and prints the ratio. Medians of the repeats; nothing is asserted.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, startApp } from '../../e2e/harness';
import { writeMallCsv } from './mallCsv';
import { measureJourney, type Journey } from './measure';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const sizes = arg('sizes', '1e4,1e5,1e6').split(',').map(Number);
const repeats = Number(arg('repeats', '3'));
const COLS = ['Annual Income (k$)', 'Spending Score (1-100)'];
const SKLEARN = '../shared/bench/sklearn_sweep.py';

function sklearn(file: string): { load: number; sweep: number } {
  const out = execFileSync('/usr/bin/python3', [SKLEARN, file, '--cols', ...COLS], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const parsed = JSON.parse(out) as { load_seconds: number; sweep_seconds: number };
  return { load: parsed.load_seconds, sweep: parsed.sweep_seconds };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const s = (ms: number): string => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '—');

async function main(): Promise<void> {
  execSync('npx vite build', { stdio: 'inherit' });
  if (!existsSync(SKLEARN)) throw new Error(`${SKLEARN} is missing.`);
  // Precise performance.memory and a callable gc(), for the heap figure.
  const app = await startApp(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  const rows: string[][] = [];
  try {
    for (const size of sizes) {
      const file = join(tmpdir(), `mall-like-${size}.csv`);
      await writeMallCsv(file, size);
      const mb = (statSync(file).size / 1e6).toFixed(1);
      const runs: Journey[] = [];
      const sk: { load: number; sweep: number }[] = [];
      for (let r = 0; r < repeats; r++) {
        // Side by side: a browser run, then scikit-learn on the same file, so both see the same noise.
        const session = await openPage(app);
        runs.push(await measureJourney(session.page, file, size));
        await session.context.close();
        sk.push(sklearn(file));
        const last = runs.at(-1);
        console.error(
          `${size} run ${r + 1}: elbow ${s(last?.elbowMs ?? NaN)} s, scatter ${s(last?.scatterMs ?? NaN)} s, longest task ${last?.longestTaskMs.toFixed(0)} ms, sklearn ${(sk.at(-1)!.load + sk.at(-1)!.sweep).toFixed(2)} s`,
        );
      }
      const m = (pick: (j: Journey) => number): number => median(runs.map(pick));
      const skTotal = median(sk.map((x) => x.load + x.sweep)) * 1000;
      const browser = m((j) => j.elbowMs);
      rows.push([
        size.toLocaleString('en'),
        `${mb} MB`,
        s(m((j) => j.parsedMs)),
        s(browser),
        s(m((j) => j.scatterMs)),
        s(m((j) => j.downloadReadyMs)),
        s(m((j) => j.exportMs)),
        `${m((j) => j.longestDataTaskMs).toFixed(0)} ms`,
        `${m((j) => j.longestTaskMs).toFixed(0)} ms`,
        `${m((j) => j.heapMb).toFixed(0)} MB`,
        `${median(sk.map((x) => x.load)).toFixed(2)} + ${median(sk.map((x) => x.sweep)).toFixed(2)}`,
        `${(skTotal / browser).toFixed(1)}x`,
        runs.every((j) => j.downloadRows === size) ? 'yes' : 'NO',
      ]);
    }
  } finally {
    await app.close();
  }
  const head = [
    'rows',
    'file',
    'parsed',
    'elbow',
    'scatter',
    'dl ready',
    'export',
    'max task (data)',
    'max task (all)',
    'heap',
    'sklearn load+sweep s',
    'sklearn/browser',
    'rows ok',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ');
  console.log(`\nmedians of ${repeats} run(s); times in seconds from the file being given to the page`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
  console.log(
    '\nmax task (data): longest main-thread task before the results render (reading, parsing, clustering);\n' +
      'max task (all): including rendering the results (elbow, scatter, profile), which src/charts and src/features/results own.',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
