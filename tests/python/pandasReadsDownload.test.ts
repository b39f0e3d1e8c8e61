import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableReply } from '../../src/worker/protocol';
import { createTableHandler } from '../../src/worker/tableHandler';
import { cp1252 } from '../core/text/westernText';
import { runAnalysis } from '../reference/dataset/runAnalysis';
import { samePartition } from './samePartition';

/**
 * The download as the notebook this app replaces reads it: pandas' read_csv, then scikit-learn's
 * StandardScaler and KMeans on the same two columns. Needs Debian's python3-sklearn and
 * python3-pandas (npm test installs them when missing, see tests/ensure-python.sh).
 */
const PYTHON = '/usr/bin/python3';
const SCRIPT = new URL('./read_labeled.py', import.meta.url).pathname;
const INCOME = 'Annual Income (k$)';
const SCORE = 'Spending Score (1-100)';

interface PandasView {
  readonly header: string[];
  readonly rows: number;
  readonly first: string[];
  readonly sklearn: number[];
  readonly inertia: number;
}

/** Loads `bytes` in the real table handler, clusters the two columns at k = 5, and downloads. */
async function download(
  bytes: Uint8Array<ArrayBuffer>,
): Promise<{ csv: Uint8Array; labels: Int32Array; inertia: number }> {
  const replies: TableReply[] = [];
  const handle = createTableHandler((message) => replies.push(message));
  await handle({ id: 1, type: 'load', file: new Blob([bytes]), fileName: 'customers.csv' });
  const loaded = replies.find((r) => r.type === 'loaded');
  if (loaded?.type !== 'loaded') throw new Error(JSON.stringify(replies.at(-1)));
  const features = loaded.summary.featureChoice?.features ?? [];
  await handle({ id: 2, type: 'columns', indices: features });
  const columns = replies.find((r) => r.type === 'columns');
  if (columns?.type !== 'columns') throw new Error('no columns');
  // read_labeled.py runs KMeans(n_init = 10): compare with exactly that.
  const analysis = runAnalysis({
    columns: columns.columns,
    missing: 'drop',
    kMax: 5,
    nInit: 10,
    seed: 42,
    matchSklearn: true,
  });
  const chosen = analysis.byK[4];
  if (chosen === undefined) throw new Error('no k = 5');
  await handle({ id: 3, type: 'export', rowLabels: chosen.rowLabels });
  const exported = replies.find((r) => r.type === 'exported');
  if (exported?.type !== 'exported') throw new Error('no export');
  return {
    csv: new Uint8Array(await exported.blob.arrayBuffer()),
    labels: chosen.rowLabels,
    inertia: chosen.inertia,
  };
}

function readInPandas(csv: Uint8Array): PandasView {
  const path = join(mkdtempSync(join(tmpdir(), 'labeled-')), 'Customer_Clusters_Annual_Income_Spending.csv');
  writeFileSync(path, csv);
  return JSON.parse(
    execFileSync(PYTHON, [SCRIPT, path, INCOME, SCORE, '5'], { encoding: 'utf8' }),
  ) as PandasView;
}

const SAMPLE = readFileSync('public/Mall_Customers.csv', 'utf8');

describe('the download, read by pandas and re-clustered by scikit-learn', () => {
  it('Mall_Customers: pandas sees every row and the Cluster column; scikit-learn finds the same partition', async () => {
    const { csv, labels, inertia } = await download(new TextEncoder().encode(SAMPLE));
    const view = readInPandas(csv);
    expect(view.header).toEqual(['CustomerID', 'Gender', 'Age', INCOME, SCORE, 'Cluster']);
    expect(view.rows).toBe(200);
    expect(samePartition(view.sklearn, labels)).toBe(true);
    expect(Math.abs(view.inertia - inertia) / inertia).toBeLessThan(1e-9);
  });

  it('a Windows-1252 file: pandas reads the UTF-8 download with every accent, and the same partition', async () => {
    const names = ['José Muñoz', 'Zoë Brontë', 'François Müller', 'Ñandú Peña', 'Søren Ærø'];
    const lines = SAMPLE.trim().split(/\r?\n/);
    const legacy = [
      lines[0]?.replace('Gender', 'Name'),
      ...lines.slice(1).map((line, i) => {
        const cells = line.split(',');
        cells[1] = names[i % names.length] ?? '';
        return cells.join(',');
      }),
    ].join('\r\n');
    const { csv, labels } = await download(cp1252(`${legacy}\r\n`));
    const view = readInPandas(csv);
    expect(view.header[0]).toBe('CustomerID');
    expect(view.first.slice(0, 5)).toEqual(names);
    expect(samePartition(view.sklearn, labels)).toBe(true);
  });
});
