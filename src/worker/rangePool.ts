import { parseRange } from '../core/csv/parseRange';
import type { ParseRanges } from '../core/csv/readTableInRanges';
import { createWorkerClient } from './client';
import type { RangeReply, RangeRequest } from './protocol';

/** Range workers, and how many ranges to cut a big file into for them. */
export interface RangePool {
  /** The pool's workers plus the table worker itself, which parses one range too. */
  readonly ranges: number;
  readonly parse: ParseRanges;
}

const spawnRangeWorker = (): Worker =>
  new Worker(new URL('./range.worker.ts', import.meta.url), { type: 'module', name: 'range' });

/**
 * `count` range workers, started at once (so their code is fetched while the page is online). The
 * last range is parsed in the calling worker while the pool parses the others; the parts come back
 * in the jobs' order. A worker that fails rejects the whole parse (the caller then reads serially).
 */
export function createRangePool(count: number, spawn: () => Worker = spawnRangeWorker): RangePool {
  const clients = Array.from({ length: count }, () =>
    createWorkerClient<RangeRequest, RangeReply>(spawn, { eager: true }),
  );
  return {
    ranges: count + 1,
    async parse(jobs) {
      const last = jobs.at(-1);
      if (last === undefined) return [];
      const remote = jobs.slice(0, -1).map(async (job, i) => {
        const client = clients[i % count];
        if (client === undefined) throw new Error('The range pool has no workers.');
        const reply = await client.request((id) => ({ id, type: 'parse', job }));
        if (reply.type !== 'parsed') throw new Error(`Unexpected reply ${reply.type} to parse.`);
        return reply.part;
      });
      const started = performance.now();
      const here = parseRange(last.text, last.spec);
      performance.measure('table:range-here', { start: started });
      const parts = await Promise.all(remote);
      performance.measure('table:ranges-all', { start: started });
      return [...parts, here];
    },
  };
}

/** Workers for this machine: one per core beyond the table worker's own (at least one, at most seven). */
export function rangeWorkerCount(cores = globalThis.navigator?.hardwareConcurrency ?? 2): number {
  return Math.min(7, Math.max(1, cores - 1));
}
