/**
 * npm run bench:browser [-- --sizes 1e4,1e5,1e6 --dims 2,6 --repeats 3 --breakdown --memory --thorough]
 *
 * Builds the app, then for each size and feature count drops a seeded Mall-like CSV on the real page in
 * headless Chromium and times the journey (file given → elbow drawn → scatter drawn → download ready →
 * file saved), the longest main-thread task (Long Tasks API) and the JS heap after loading, then the
 * longest task over four moves of the k slider and choosing the PCA axes (6 dims); then runs
 * scikit-learn's load + sweep on the same file and columns and prints the ratio. With 6 dims the file has
 * three more numeric columns and the six features are ticked in the Columns control as soon as it shows.
 * The page runs "Match scikit-learn exactly (n_init = 10)", the same work as scikit-learn's side;
 * `--thorough` times the default thorough restart search instead.
 * `--breakdown` also prints where the table worker's time went (read, parse, ...) and what ran in the
 * main thread's longest busy stretches (CDP profiler). The memory held is measureUserAgentSpecificMemory()
 * for the page and its workers plus their WebAssembly memories, which that API leaves out (see
 * contextMemory); `--memory` prints, per run, what each context (page, table worker, range workers,
 * analysis workers) holds: its V8 heap, ArrayBuffers, shared rest and WebAssembly memory. Medians of the repeats; nothing is asserted.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, startApp } from '../../e2e/harness';
import { EXTRA_COLUMNS, writeMallCsv } from './mallCsv';
import { formatContexts, heldBytes } from './contextMemory';
import { measureInteractions, type Interactions } from './interact';
import { measureJourney, type Journey } from './measure';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const sizes = arg('sizes', '1e4,1e5,1e6').split(',').map(Number);
const dims = arg('dims', '2,6').split(',').map(Number);
const repeats = Number(arg('repeats', '3'));
const breakdown = process.argv.includes('--breakdown');
const memory = process.argv.includes('--memory');
/** Time the page's default thorough restart search instead of scikit-learn's n_init = 10. */
const thorough = process.argv.includes('--thorough');
const COLS = ['Annual Income (k$)', 'Spending Score (1-100)'];
const WIDE_COLS = ['Age', ...COLS, ...EXTRA_COLUMNS];
const SKLEARN = '../shared/bench/sklearn_sweep.py';

function sklearn(file: string, cols: readonly string[]): { load: number; sweep: number } {
  const out = execFileSync('/usr/bin/python3', [SKLEARN, file, '--cols', ...cols], {
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
/** Everything a run's contexts hold, in MB (see heldBytes). */
const held = (j: Journey): number => heldBytes(j.contexts) / 1e6;
const s = (ms: number): string => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '—');

async function main(): Promise<void> {
  execSync('npx vite build', { stdio: 'inherit' });
  if (!existsSync(SKLEARN)) throw new Error(`${SKLEARN} is missing.`);
  // Precise performance.memory and a callable gc(), for the heap figure.
  const app = await startApp(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  const rows: string[][] = [];
  try {
    for (const [size, dim] of sizes.flatMap((size) => dims.map((dim) => [size, dim] as const))) {
      const wide = dim === 6;
      if (dim !== 2 && !wide) throw new Error(`--dims takes 2 and 6, not ${dim}.`);
      const cols = wide ? WIDE_COLS : COLS;
      const file = join(tmpdir(), `mall-like-${size}${wide ? '-wide' : ''}.csv`);
      await writeMallCsv(file, size, 42, wide);
      const bytes = statSync(file).size;
      const mb = (bytes / 1e6).toFixed(1);
      const runs: Journey[] = [];
      const moves: Interactions[] = [];
      const sk: { load: number; sweep: number }[] = [];
      for (let r = 0; r < repeats; r++) {
        // Side by side: a browser run, then scikit-learn on the same file, so both see the same noise.
        const session = await openPage(app);
        if (!thorough) {
          // The same work as scikit-learn's side: exactly n_init = 10 (the page keeps this setting).
          await session.page.evaluate(() =>
            localStorage.setItem(
              'customer-segments.run-settings',
              JSON.stringify({ seed: 42, nInit: 10, matchSklearn: true }),
            ),
          );
          await session.page.reload();
        }
        runs.push(
          await measureJourney(session.page, file, size, {
            features: wide ? cols : [],
            profile: breakdown,
          }),
        );
        moves.push(await measureInteractions(session.page, { profile: breakdown }));
        await session.context.close();
        sk.push(sklearn(file, cols));
        const last = runs.at(-1);
        const moved = moves.at(-1);
        if (breakdown && last !== undefined) printBreakdown(`${size} x ${dim}`, last, moved);
        if (memory && last !== undefined) {
          const total = held(last);
          console.error(
            `${size} x ${dim} memory by context (MB; file ${mb} MB, held with wasm ${total.toFixed(0)} MB = ${(total / (bytes / 1e6)).toFixed(1)}x):`,
          );
          for (const line of formatContexts(last.contexts)) console.error(line);
        }
        console.error(
          `${size} x ${dim} run ${r + 1}: elbow ${s(last?.elbowMs ?? NaN)} s, scatter ${s(last?.scatterMs ?? NaN)} s, longest task ${last?.longestTaskMs.toFixed(0)} ms (k slider ${moved?.sliderTaskMs.toFixed(0)} ms, PCA ${moved?.pcaTaskMs.toFixed(0)} ms), sklearn ${(sk.at(-1)!.load + sk.at(-1)!.sweep).toFixed(2)} s`,
        );
      }
      const m = (pick: (j: Journey) => number): number => median(runs.map(pick));
      const skTotal = median(sk.map((x) => x.load + x.sweep)) * 1000;
      const browser = m((j) => j.elbowMs);
      rows.push([
        `${size.toLocaleString('en')} x ${dim}`,
        `${mb} MB`,
        s(m((j) => j.parsedMs)),
        s(browser),
        s(m((j) => j.scatterMs)),
        s(m((j) => j.downloadReadyMs)),
        s(m((j) => j.exportMs)),
        `${m((j) => j.longestDataTaskMs).toFixed(0)} ms`,
        `${m((j) => j.longestTaskMs).toFixed(0)} ms`,
        `${median(moves.map((x) => x.sliderTaskMs)).toFixed(0)} ms`,
        `${median(moves.map((x) => x.pcaTaskMs)).toFixed(0)} ms`,
        `${m((j) => j.heapMb).toFixed(0)} MB`,
        `${m((j) => j.allHeapMb).toFixed(0)} MB`,
        `${m(held).toFixed(0)} MB (${(m(held) / (bytes / 1e6)).toFixed(1)}x)`,
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
    'max task (k)',
    'max task (PCA)',
    'heap (page)',
    'heap (all, api)',
    'held (all + wasm) / file',
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
      'heap (page): performance.memory after a GC; heap (all, api): measureUserAgentSpecificMemory(), page and workers;\n' +
      'held: that plus the WebAssembly memories the API leaves out (read over CDP; --memory: by context), and its\n' +
      '  ratio to the file size;\n' +
      'max task (all): including rendering the results (elbow, scatter, profile), which src/charts and src/features/results own;\n' +
      'max task (k): over four moves of the k slider after the download; (PCA): choosing the PCA axes then (6 dims).',
  );
}

function printBreakdown(label: string, journey: Journey, moved: Interactions | undefined): void {
  const phases = [...journey.phases].map(([name, ms]) => `${name.replace('table:', '')} ${s(ms)}`);
  console.error(`${label} table worker (s): ${phases.join(', ')}`);
  console.error(
    `${label} main thread: parsed shown ${s(journey.parsedMs)}, elbow ${s(journey.elbowMs)}, sweep+show ${s(journey.elbowMs - journey.parsedMs)}`,
  );
  for (const stretch of journey.stretches) {
    console.error(`  busy ${stretch.ms.toFixed(0)} ms: ${stretch.top.join('; ')}`);
  }
  console.error(`${label} k slider and PCA axes, main thread:`);
  for (const stretch of moved?.stretches ?? []) {
    console.error(`  busy ${stretch.ms.toFixed(0)} ms: ${stretch.top.join('; ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
