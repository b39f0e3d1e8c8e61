import { readFileSync } from 'node:fs';
import { buildAnalysisFile } from '../../../src/core/analysisFile/buildAnalysisFile';
import { analysisFileText, sealAnalysisFile } from '../../../src/core/analysisFile/checksum';
import type { AnalysisFile, MissingPolicyName } from '../../../src/core/analysisFile/format';
import { sha256Hex } from '../../../src/core/analysisFile/sha256';
import type { AnalysisResult } from '../../../src/core/dataset/assembleAnalysis';
import { runAnalysis } from '../../reference/dataset/runAnalysis';

export const MALL_TEXT = readFileSync('public/Mall_Customers.csv', 'utf8');
const rows = MALL_TEXT.trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(','));
export const MALL_HEADER = ['CustomerID', 'Gender', 'Age', 'Annual Income (k$)', 'Spending Score (1-100)'];
export const mallColumn = (j: number): Float64Array => Float64Array.from(rows, (r) => Number(r[j]));

export interface Saved {
  readonly analysis: AnalysisResult;
  readonly file: AnalysisFile;
  readonly text: string;
}

/** A table's analysis (the real core path) saved for one k, as the app saves it. */
export async function saveAnalysis(options: {
  readonly columns: Float64Array[];
  readonly featureNames: string[];
  readonly header: string[];
  readonly k: number;
  readonly missing?: MissingPolicyName;
  readonly seed?: number;
  readonly nInit?: number;
  readonly kMax?: number;
  readonly analysis?: AnalysisResult;
  readonly fileName?: string;
  readonly bytes?: string;
}): Promise<Saved> {
  const missing = options.missing ?? 'drop';
  const seed = options.seed ?? 42;
  const analysis =
    options.analysis ??
    runAnalysis({
      columns: options.columns,
      missing,
      kMax: options.kMax ?? 10,
      nInit: options.nInit ?? 10,
      seed,
    });
  const clustering = analysis.byK[options.k - 1];
  if (clustering === undefined) throw new Error(`no k = ${options.k}`);
  const bytes = options.bytes ?? '';
  const file = await sealAnalysisFile(
    buildAnalysisFile({
      app: { name: 'customer-segments', version: '0.1.0' },
      createdAt: new Date('2026-12-03T14:00:00.000Z'),
      input: {
        fileName: options.fileName ?? 'table.csv',
        byteSize: new TextEncoder().encode(bytes).length,
        rowCount: options.columns[0]?.length ?? 0,
        sha256: await sha256Hex(bytes),
        header: options.header,
      },
      features: options.featureNames,
      featureValues: options.columns,
      missing,
      mean: analysis.mean,
      scale: analysis.scale,
      seed,
      search: { mode: 'thorough', firstRestarts: options.nInit ?? 10 },
      maxIter: 300,
      tol: 1e-4,
      clustering,
      names: clustering.centroids.map((_, c) => `Segment ${c + 1}`),
    }),
  );
  return { analysis, file, text: analysisFileText(file) };
}

export const saveMall = (k = 5, analysis?: AnalysisResult): Promise<Saved> =>
  saveAnalysis({
    columns: [mallColumn(3), mallColumn(4)],
    featureNames: ['Annual Income (k$)', 'Spending Score (1-100)'],
    header: MALL_HEADER,
    k,
    fileName: 'Mall_Customers.csv',
    bytes: MALL_TEXT,
    ...(analysis === undefined ? {} : { analysis }),
  });
