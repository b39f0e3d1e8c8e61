import { buildAnalysisFile } from '../core/analysisFile/buildAnalysisFile';
import { analysisFileText, sealAnalysisFile } from '../core/analysisFile/checksum';
import { compareRestored } from '../core/analysisFile/compareRestored';
import { unlikeAnySegment } from '../core/analysisFile/distance99';
import { ANALYSIS_FILE_NAME, type AnalysisFile } from '../core/analysisFile/format';
import { matchFeatures } from '../core/analysisFile/matchFeatures';
import { readAnalysisFile } from '../core/analysisFile/readAnalysisFile';
import { scoreRows } from '../core/analysisFile/scoreRows';
import { resolveKMeansOptions } from '../core/cluster/options';
import { idOf } from '../core/csv/rowIds';
import { exportFileName } from '../core/dataset/exportFileName';
import { suggestSegmentNames } from '../core/profile/nameSegments';
import type { LoadedTable } from '../worker/tableClient';
import type { AnalysisRun } from './analysisRun';
import { featureNames } from './featureNames';
import type { Ticket } from './latestRequest';
import type { LoadActions } from './loadActions';
import { segmentNames } from './segmentNames';
import { selectChosen } from './selectChosen';
import { initialData, type AppActions, type AppData, type OpenAnalysis, type Scoring } from './state';
import type { StoreContext } from './storeContext';

export type AnalysisFileActions = Pick<
  AppActions,
  'openFiles' | 'saveAnalysis' | 'exportScored' | 'closeAnalysis'
>;

/** Written into every saved file: which app, and which version of it, made it. */
export const APP = { name: 'customer-segments', version: __APP_VERSION__ } as const;

/** A CSV that cannot be used with the open analysis file: said beside the page, which stays as it was. */
class AnalysisFileUseError extends Error {}

const isAnalysisFile = (file: File): boolean =>
  /\.json$/i.test(file.name) || file.type === 'application/json';

/** The names the saved centres would be given today: a saved name that differs was typed by the person. */
function typedNames(saved: AnalysisFile): Record<number, string> {
  const suggested = suggestSegmentNames({
    centroids: saved.segments.map((s) => s.centroid),
    mean: saved.scaling.mean,
    scale: saved.scaling.scale,
    columnNames: saved.features,
  });
  const typed: Record<number, string> = {};
  saved.segments.forEach((segment, c) => {
    if (segment.name !== suggested[c]) typed[c] = segment.name;
  });
  return typed;
}

/** What is done with a CSV given to the open analysis file: restore it, or score it. */
type UseWithAnalysis = (
  open: OpenAnalysis,
  loaded: LoadedTable,
  features: number[],
  ticket: Ticket,
) => Promise<void>;

/**
 * The run settings that find the saved clustering again. Every restart depends only on (k, restart,
 * seed), so the saved search re-run gives the same restarts; a file without one (the Spark job's)
 * gets exactly as many restarts as its k ran.
 */
function restoredSearch(saved: AnalysisFile): Pick<AppData, 'nInit' | 'matchSklearn' | 'refine'> {
  const { search, restarts } = saved.kmeans;
  if (search === undefined) return { nInit: restarts, matchSklearn: true, refine: true };
  return {
    nInit: search.firstRestarts,
    matchSklearn: search.mode === 'n_init',
    refine: search.refine === true,
  };
}

/**
 * Saving the analysis on screen as customer-segments-analysis.json, and opening such a file: alone
 * (its segments are shown, a CSV is invited), or with a CSV, which is restored when it is the very
 * file the analysis was saved from (same SHA-256: the same settings re-run, the same labels) and
 * scored against the saved segments otherwise. A file that cannot be used leaves the page unchanged.
 */
export function analysisFileActions(
  ctx: StoreContext,
  run: AnalysisRun,
  load: Pick<LoadActions, 'loadThen' | 'reset'>,
): AnalysisFileActions {
  const { set, get, services } = ctx;

  const refuse = (message: string): void => set({ analysisFileError: message });

  /** Re-runs the saved settings on the saved file, then checks the segments came back and puts the names on. */
  const restore: UseWithAnalysis = async (open, loaded, features, ticket) => {
    const saved = open.file;
    const { k } = saved.kmeans;
    set({
      ...initialData,
      revealResults: get().revealResults,
      table: loaded.summary,
      missing: saved.missing,
      seed: saved.kmeans.seed,
      ...restoredSearch(saved),
      kMax: Math.max(initialData.kMax, k),
      k,
      kChosenByUser: true,
      openAnalysis: { ...open, restored: null },
    });
    const detected = loaded.summary.featureChoice?.features ?? [];
    const sameAsDetected = detected.length === features.length && detected.every((f, j) => f === features[j]);
    await run.analyze(features, sameAsDetected ? loaded.featureValues : undefined, { reveal: true });
    const { analysis, table } = get();
    if (!ticket.isLatest() || analysis === null || table !== loaded.summary) return;
    const difference = compareRestored(saved, selectChosen({ analysis, k }));
    // Names go back only onto the segments they were given to.
    const typed = difference === null ? typedNames(saved) : {};
    set({
      k,
      segmentNameEdits: Object.keys(typed).length > 0 ? { [k]: typed } : {},
      includeSegmentColumn: Object.keys(typed).length > 0,
      openAnalysis: { ...open, restored: { analysis, difference } },
    });
  };

  /** Assigns the new table's customers to the saved segments: the saved scaling and centres, no re-fit. */
  const score: UseWithAnalysis = async (open, loaded, features, ticket) => {
    const saved = open.file;
    const { summary } = loaded;
    const columns = await services.table.columns(features);
    if (!ticket.isLatest()) return;
    const { labels, distances } = scoreRows({
      columns,
      scaling: saved.scaling,
      centroidsStandardized: saved.segments.map((s) => s.centroidStandardized),
      missing: saved.missing,
      excludedRows: summary.summaryRows ?? [],
    });
    const limits = saved.segments.map((s) => s.distance99);
    const counts = saved.segments.map(() => 0);
    let unscored = 0;
    for (const label of labels) {
      if (label < 0) unscored += 1;
      else counts[label] = (counts[label] ?? 0) + 1;
    }
    const scoring: Scoring = {
      table: summary,
      rowLabels: labels,
      counts,
      unscored,
      unlike: unlikeAnySegment(labels, distances, limits).map((row) => {
        const cluster = labels[row] ?? 0;
        return {
          row,
          id: idOf(summary, row),
          cluster,
          distance: distances[row] ?? 0,
          limit: limits[cluster] ?? 0,
        };
      }),
    };
    const { revealResults, nInit, kMax } = get();
    set({
      ...initialData,
      revealResults,
      nInit,
      kMax,
      status: 'ready',
      table: summary,
      features,
      featureValues: columns,
      missing: saved.missing,
      seed: saved.kmeans.seed,
      openAnalysis: { ...open, restored: null },
      scoring,
      includeSegmentColumn: Object.keys(typedNames(saved)).length > 0,
    });
  };

  /** Reads `file` for the open analysis: restored when it is the saved input, scored otherwise. */
  const giveToOpen = async (open: OpenAnalysis, file: File): Promise<void> => {
    set({ analysisFileError: null });
    await load.loadThen(
      file,
      file.name,
      async (loaded, fileName, ticket) => {
        const saved = open.file;
        const match = matchFeatures(fileName, loaded.summary.header, saved.features);
        if (!match.ok) throw new AnalysisFileUseError(match.message);
        const { sha256, byteSize } = saved.input;
        // Hashing reads the whole file again: only when its size already says it may be the same one.
        const same =
          sha256 !== null &&
          byteSize === loaded.summary.byteSize &&
          (await services.table.sha256()) === sha256;
        if (!ticket.isLatest()) return;
        await (same ? restore : score)(open, loaded, match.indices, ticket);
      },
      (error) => (error instanceof AnalysisFileUseError ? { analysisFileError: error.message } : null),
    );
  };

  return {
    async openFiles(files) {
      const analysisFiles = files.filter(isAnalysisFile);
      const data = files.filter((file) => !isAnalysisFile(file));
      const [json] = analysisFiles;
      if (json === undefined) {
        const [first] = data;
        if (first === undefined) return;
        const open = get().openAnalysis;
        if (open !== null) await giveToOpen(open, first);
        else {
          set({ analysisFileError: null });
          await get().loadFile(first, first.name);
        }
        return;
      }
      if (analysisFiles.length > 1 || data.length > 1) {
        refuse(
          `${files.length} files were given together; give one analysis file, alone or with one CSV (the one it was saved from, or a new one to score). Nothing was opened.`,
        );
        return;
      }
      const read = await readAnalysisFile(json.name, json.size, () => json.text());
      if (!read.ok) {
        refuse(read.message);
        return;
      }
      const open: OpenAnalysis = { fileName: json.name, file: read.file, restored: null };
      const [csv] = data;
      if (csv !== undefined) {
        await giveToOpen(open, csv);
        return;
      }
      // Alone: the saved segments replace the page, waiting for a CSV.
      load.reset();
      set({ openAnalysis: open });
    },

    async saveAnalysis() {
      const state = get();
      const { table, analysis } = state;
      const clustering = selectChosen(state);
      if (table === null || analysis === null || clustering === undefined)
        throw new Error('There is no analysis to save yet.');
      const sha256 = await services.table.sha256();
      const { maxIter, tol } = resolveKMeansOptions({ k: clustering.k });
      const file = await sealAnalysisFile(
        buildAnalysisFile({
          app: APP,
          createdAt: new Date(),
          input: {
            fileName: table.fileName,
            byteSize: table.byteSize,
            rowCount: table.rowCount,
            sha256,
            header: table.header,
          },
          features: featureNames(state),
          featureValues: state.featureValues,
          missing: state.missing,
          mean: analysis.mean,
          scale: analysis.scale,
          seed: state.seed,
          search: state.matchSklearn
            ? { mode: 'n_init', firstRestarts: state.nInit }
            : { mode: 'thorough', firstRestarts: state.nInit, refine: state.refine },
          maxIter,
          tol,
          clustering,
          names: segmentNames(state),
        }),
      );
      return {
        blob: new Blob([analysisFileText(file)], { type: 'application/json' }),
        fileName: ANALYSIS_FILE_NAME,
      };
    },

    async exportScored() {
      const { scoring, openAnalysis, table, includeSegmentColumn } = get();
      if (scoring === null || openAnalysis === null || scoring.table !== table)
        throw new Error('There are no scored customers to download.');
      const saved = openAnalysis.file;
      const { blob } = includeSegmentColumn
        ? await services.table.exportCsv(
            scoring.rowLabels,
            saved.segments.map((s) => s.name),
          )
        : await services.table.exportCsv(scoring.rowLabels);
      return { blob, fileName: exportFileName(saved.features) };
    },

    closeAnalysis() {
      const { scoring } = get();
      // Scored customers belong to the analysis file: closing it takes them away with it.
      if (scoring !== null) load.reset();
      else set({ openAnalysis: null, analysisFileError: null });
    },
  };
}
