import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { MissingPolicy } from '../../src/core/dataset/selectRows';
import type { ScriptChoices } from '../../src/core/exports/scriptChoices';
import { initialData, type AppData } from '../../src/store/state';
import { scriptChoices } from '../../src/store/scriptChoices';
import { segmentNames } from '../../src/store/segmentNames';
import type { TableReply, TableSummary } from '../../src/worker/protocol';
import { createTableHandler } from '../../src/worker/tableHandler';
import { runAnalysis } from '../reference/dataset/runAnalysis';

export const PYTHON = '/usr/bin/python3';

export interface AppRunOptions {
  readonly fileName: string;
  /** Column indices to cluster; the detected pair when absent. */
  readonly features?: number[];
  readonly missing?: MissingPolicy;
  readonly k?: number;
  readonly nInit?: number;
  readonly seed?: number;
  readonly segmentColumn?: boolean;
}

export interface AppRun {
  readonly summary: TableSummary;
  readonly state: AppData;
  readonly choices: ScriptChoices;
  /** The Download button's bytes. */
  readonly download: Uint8Array;
}

/**
 * A file through the app's own code, as a person would use it: the table worker's handler reads it,
 * the analysis runs on the columns it sends (summary rows excluded, as the store does), and the
 * download is the handler's export of the chosen k. Returns the state the export buttons read.
 */
export async function appRun(bytes: Uint8Array<ArrayBuffer>, options: AppRunOptions): Promise<AppRun> {
  const replies: TableReply[] = [];
  const handle = createTableHandler((message) => replies.push(message));
  const last = <T extends TableReply['type']>(type: T): Extract<TableReply, { type: T }> => {
    const reply = replies.findLast((r) => r.type === type || r.type === 'failed');
    if (reply?.type !== type) throw new Error(JSON.stringify(reply));
    return reply as Extract<TableReply, { type: T }>;
  };
  await handle({ id: 1, type: 'load', file: new Blob([bytes]), fileName: options.fileName });
  const { summary } = last('loaded');
  const features = options.features ?? summary.featureChoice?.features ?? [];
  await handle({ id: 2, type: 'columns', indices: features });
  const { columns } = last('columns');
  const k = options.k ?? 5;
  const missing = options.missing ?? 'drop';
  const seed = options.seed ?? 42;
  const nInit = options.nInit ?? 10;
  const analysis = runAnalysis({
    columns,
    missing,
    excludedRows: summary.summaryRows ?? [],
    kMax: k,
    nInit,
    seed,
  });
  const state: AppData = {
    ...initialData,
    status: 'ready',
    table: summary,
    features,
    featureValues: columns,
    missing,
    seed,
    nInit,
    kMax: k,
    analysis,
    k,
    includeSegmentColumn: options.segmentColumn ?? false,
  };
  const chosen = analysis.byK[k - 1];
  if (chosen === undefined) throw new Error(`no k = ${k}`);
  await handle({
    id: 3,
    type: 'export',
    rowLabels: chosen.rowLabels,
    ...(state.includeSegmentColumn ? { clusterNames: segmentNames(state) } : {}),
  });
  const { blob } = last('exported');
  const choices = scriptChoices(state, new Date('2026-12-03T14:00:00.000Z'));
  if (choices === null) throw new Error('nothing to export');
  return { summary, state, choices, download: new Uint8Array(await blob.arrayBuffer()) };
}

/** A fresh temporary directory. */
export const scratchDir = (): string => mkdtempSync(join(tmpdir(), 'script-export-'));

/** Runs `script` (saved under `name` in `dir`) with python3 on `args`; returns stdout. */
export function runPython(dir: string, name: string, script: string, args: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, script);
  return execFileSync(PYTHON, [path, ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A CSV's cells, as any CSV reader sees them (a leading byte-order mark noted apart). */
export function csvCells(bytes: Uint8Array): { bom: boolean; rows: string[][] } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith('\ufeff');
  const parsed = Papa.parse<string[]>(bom ? text.slice(1) : text, { delimiter: ',', skipEmptyLines: false });
  const rows = parsed.data;
  // The final line end leaves one empty record.
  if (rows.length > 0 && rows.at(-1)?.length === 1 && rows.at(-1)?.[0] === '') rows.pop();
  return { bom, rows };
}

/** How many cells differ, and the first few differences, between two tables. */
export function cellDifferences(
  expected: readonly string[][],
  actual: readonly string[][],
): { rows: number; cells: number; differing: number; first: string[] } {
  let cells = 0;
  let differing = 0;
  const first: string[] = [];
  const rows = Math.max(expected.length, actual.length);
  for (let i = 0; i < rows; i++) {
    const a = expected[i] ?? [];
    const b = actual[i] ?? [];
    const width = Math.max(a.length, b.length);
    for (let j = 0; j < width; j++) {
      cells++;
      if (a[j] !== b[j]) {
        differing++;
        if (first.length < 5)
          first.push(`row ${i} col ${j}: app ${JSON.stringify(a[j])}, script ${JSON.stringify(b[j])}`);
      }
    }
  }
  return { rows, cells, differing, first };
}

/** Reads a file the script wrote. */
export const readBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
