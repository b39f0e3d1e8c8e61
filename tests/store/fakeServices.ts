import { describeColumns } from '../../src/core/csv/describeColumns';
import { detectFeatures } from '../../src/core/csv/detectFeatures';
import { encodeCategories } from '../../src/core/csv/encodeCategories';
import { numericColumn } from '../../src/core/csv/numericColumn';
import { parseTable, type Table } from '../../src/core/csv/parseTable';
import { labeledColumnName, writeLabeledCsv } from '../../src/core/csv/writeLabeledCsv';
import { rowIdentifiers } from '../../src/core/dataset/rowIdentifiers';
import type { AnalysisResult } from '../../src/core/dataset/assembleAnalysis';
import type { AnalysisParams } from '../../src/core/dataset/prepareAnalysis';
import { runAnalysis } from '../../src/core/dataset/runAnalysis';
import { profileSegments } from '../../src/core/profile/profileSegments';
import { qualityByK } from '../../src/core/profile/qualityByK';
import type { Services } from '../../src/store/services';
import { CancelledError, WorkerFailure } from '../../src/worker/client';

/** The workers' jobs done in-process with the same core functions, so the store can be tested in Node. */
export function inProcessServices(options: { sample?: string; gate?: () => Promise<void> } = {}): Services & {
  analyzeCalls: AnalysisParams[];
  cancels: number;
} {
  let table: Table | null = null;
  const requireTable = (): Table => {
    if (table === null) throw new Error('no table');
    return table;
  };
  let cancelled = 0;
  const state = {
    analyzeCalls: [] as AnalysisParams[],
    get cancels() {
      return cancelled;
    },
  };
  const services: Services = {
    table: {
      async load(file, fileName, delimiter) {
        const outcome = parseTable(await file.text(), delimiter === undefined ? {} : { delimiter });
        const fatal = outcome.problems.find((p) => p.severity === 'error');
        if (outcome.table === null) {
          throw new WorkerFailure(fatal?.code ?? 'unreadable', fatal?.message ?? 'unreadable');
        }
        table = outcome.table;
        const columns = describeColumns(table);
        const featureChoice = detectFeatures(table, columns);
        return {
          fileName,
          byteSize: file.size,
          header: table.header,
          rowCount: table.rows.length,
          delimiter: table.delimiter,
          decimalComma: table.decimalComma,
          columns,
          problems: outcome.problems,
          featureChoice,
          ids: rowIdentifiers(table.rows, featureChoice?.identifier ?? null),
        };
      },
      async columns(indices) {
        const loaded = table;
        if (loaded === null) throw new Error('no table');
        return indices.map((i) => numericColumn(loaded, i));
      },
      async exportCsv(rowLabels, clusterNames) {
        if (table === null) throw new Error('no table');
        const name = labeledColumnName(table.header, 'Cluster');
        const values = Array.from(rowLabels, (l) => (l < 0 ? '' : String(l + 1)));
        const added = [{ name, values }];
        // As the table worker: the names, when given, become a Segment column after Cluster.
        if (clusterNames !== undefined) {
          added.push({
            name: labeledColumnName([...table.header, name], 'Segment'),
            values: Array.from(rowLabels, (l) => (l < 0 ? '' : (clusterNames[l] ?? ''))),
          });
        }
        return { blob: new Blob([writeLabeledCsv(table, added)]), columnName: name };
      },
      async categories(indices) {
        const loaded = requireTable();
        return encodeCategories(loaded.rows.length, (visit) => loaded.rows.forEach(visit), indices);
      },
      async profile({ rowLabels, centroids, numeric, categorical }) {
        const loaded = requireTable();
        const name = (i: number): string => loaded.header[i] ?? '';
        const texts = encodeCategories(
          loaded.rows.length,
          (visit) => loaded.rows.forEach(visit),
          categorical,
        );
        return profileSegments({
          labels: rowLabels,
          centroids,
          numeric: numeric.map((i) => ({ name: name(i), values: numericColumn(loaded, i) })),
          categorical: texts
            .filter((c) => !c.tooMany)
            .map((c) => ({ name: name(c.index), codes: c.codes, categories: c.categories })),
        });
      },
      cancel() {},
    },
    analysis: {
      async analyze(params, onProgress): Promise<AnalysisResult> {
        state.analyzeCalls.push(params);
        const before = cancelled;
        await options.gate?.();
        if (cancelled !== before) throw new CancelledError();
        return runAnalysis(params, onProgress);
      },
      async quality(input) {
        return qualityByK(input);
      },
      cancel() {
        cancelled += 1;
      },
    },
    fetchSample: async () => new Blob([options.sample ?? '']),
  };
  return Object.assign(services, state);
}
