/**
 * The thorough restart search's own cost on a bench file: the app's restart schedule (k = 1..10,
 * nInit = 10, seed 42) run on one thread, every restart timed, split into the first ten per k
 * (scikit-learn's n_init = 10, what matchSklearn runs) and the rounds the search added. Prints the
 * extra time (more restarts, then refining each k's best to a fixed point) and, per k, the restarts
 * run, how many found the best, the inertia before and after refining, and where it beat n_init = 10.
 */
import { refineRestart } from '../../../src/core/cluster/refineRestart';
import { kmeansRestart, pickBest } from '../../../src/core/cluster/restart';
import { bestRestart } from '../../../src/core/cluster/restartSearch';
import { prepareAnalysis } from '../../../src/core/dataset/prepareAnalysis';
import {
  createRestartSchedule,
  isRefineTask,
  type SearchTask,
} from '../../../src/core/dataset/restartSchedule';

interface Summary {
  readonly file: string;
  readonly base: number;
  readonly extra: number;
  readonly restarts: number[];
  readonly lowerAt: number[];
}
const summaries: Summary[] = [];

/** Runs the search on `columns` (original units: prepareAnalysis standardizes) and prints its lines. */
export function reportThoroughSearch(
  file: string,
  columns: Float64Array[],
  wasm: WebAssembly.Module | null,
): void {
  const prepared = prepareAnalysis({ columns, missing: 'drop', kMax: 10, nInit: 10, seed: 42 }, wasm);
  const schedule = createRestartSchedule(prepared.search);
  const queue: SearchTask[] = [...schedule.firstTasks];
  let base = 0;
  let extra = 0;
  let refining = 0;
  for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
    const t0 = performance.now();
    if (isRefineTask(task)) {
      schedule.recordRefined(refineRestart(prepared.strategy, task.refine, prepared.settings));
      refining += (performance.now() - t0) / 1000;
      continue;
    }
    const result = kmeansRestart(
      prepared.dataset,
      task.k,
      task.restart,
      prepared.seed,
      prepared.settings,
      prepared.strategy,
    );
    const seconds = (performance.now() - t0) / 1000;
    if (task.restart < prepared.nInit) base += seconds;
    else extra += seconds;
    queue.push(...schedule.record(result));
  }
  const perK = Array.from({ length: prepared.kMax }, (_, i) => {
    const ofK = schedule.results.filter((r) => r.k === i + 1);
    const exact = pickBest(ofK.filter((r) => r.restart < prepared.nInit)).inertia;
    const { best: searched, foundBy } = bestRestart(ofK);
    const best = schedule.refined.find((r) => r.k === i + 1) ?? searched;
    return { k: i + 1, exact, restarts: ofK.length, best, foundBy, searched: searched.inertia };
  });
  const lower = perK.filter((r) => r.best.inertia < r.exact * (1 - 1e-9));
  const gain = Math.max(0, ...lower.map((r) => (1 - r.best.inertia / r.exact) * 100));
  console.log(
    `   thorough search (1 thread): +${extra.toFixed(3)} s of restarts and +${refining.toFixed(3)} s of` +
      ` refinement over the n_init = 10 restarts' ${base.toFixed(3)} s` +
      ` (+${((100 * (extra + refining)) / base).toFixed(0)}%)`,
  );
  console.log(`   restarts per k: ${perK.map((r) => r.restarts).join(', ')}`);
  console.log(`   best found by:  ${perK.map((r) => r.foundBy).join(', ')}`);
  console.log(`   n_init = 10 inertia: ${perK.map((r) => r.exact.toFixed(6)).join(', ')}`);
  console.log(`   best restart:        ${perK.map((r) => r.searched.toFixed(6)).join(', ')}`);
  console.log(`   thorough (refined):  ${perK.map((r) => r.best.inertia.toFixed(6)).join(', ')}`);
  console.log(`   refinement iterations: ${perK.map((r) => r.best.refined?.iterations ?? 0).join(', ')}`);
  console.log(
    lower.length === 0
      ? '   lower than n_init = 10 at no k (n_init = 10 already had the best found)'
      : `   lower than n_init = 10 at k = ${lower.map((r) => r.k).join(', ')} (by up to ${gain.toPrecision(2)}%)`,
  );
  summaries.push({
    file,
    base,
    extra: extra + refining,
    restarts: perK.map((r) => r.restarts),
    lowerAt: lower.map((r) => r.k),
  });
}

/** One table of every file's search, after the sweep table. */
export function printThoroughSummary(): void {
  if (summaries.length === 0) return;
  console.log('\nThorough search, one thread, same run (restarts and refinement, no labelling):');
  console.log('| file | n_init = 10 (s) | extra (s) | extra | restarts per k | lower at k |');
  console.log('|---|---:|---:|---:|---|---|');
  for (const s of summaries) {
    const share = `+${((100 * s.extra) / s.base).toFixed(0)}%`;
    const lower = s.lowerAt.length === 0 ? '-' : s.lowerAt.join(', ');
    console.log(
      `| ${s.file} | ${s.base.toFixed(3)} | ${s.extra.toFixed(3)} | ${share} | ${s.restarts.join(' ')} | ${lower} |`,
    );
  }
}
