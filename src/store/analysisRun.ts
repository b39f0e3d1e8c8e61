import { CancelledError } from '../worker/client';
import type { AnalysisResult } from '../worker/protocol';
import { isReportable, toAppError } from './appError';
import { loadProfileColumns } from './profileColumns';
import { selectChosen } from './selectChosen';
import type { AppData } from './state';
import type { StoreContext } from './storeContext';

/** Running the analysis and what follows it; the actions of every group start runs through this. */
export interface AnalysisRun {
  /**
   * Clusters on `features`. `featureValues` are their columns when already at hand (the load reply
   * carries them); otherwise they are asked of the table worker.
   */
  analyze(features: number[], featureValues?: Float64Array[], options?: RunOptions): Promise<void>;
  /** Clusters again on the columns in use after a setting changed, once a table with two of them is in. */
  reanalyze(options?: RunOptions): Promise<void>;
  /** Asks the table worker for the profile of the current clustering and k. */
  refreshProfile(): Promise<void>;
  /** Abandons the running analysis: neither it nor the work that belongs to it is applied. */
  stop(): void;
  /**
   * Stops the running analysis as Cancel does: the columns of the clustering on screen come back
   * (the page must not name columns that were never clustered), and the cancelled ones wait for
   * `runAgain`.
   */
  cancel(): void;
  /** Clusters again what Cancel stopped: its columns, or the current ones. */
  runAgain(options?: RunOptions): Promise<void>;
}

export interface RunOptions {
  /** Bring the results into view once ready (a newly loaded file, Run again), not after a setting changed. */
  readonly reveal?: boolean;
}

/** k after a new analysis: the user's k while it was computed, else the suggested elbow, else 3. */
function nextK(state: Pick<AppData, 'k' | 'kChosenByUser'>, analysis: AnalysisResult): number {
  const largestK = analysis.byK.length;
  if (state.kChosenByUser) return Math.min(state.k, largestK);
  return analysis.suggestion.k ?? Math.min(3, largestK);
}

export function createAnalysisRun({ set, get, services, analyses }: StoreContext): AnalysisRun {
  // The columns the analysis on screen was computed on, and those of an analysis Cancel stopped.
  let shownColumns: Pick<AppData, 'features' | 'featureValues'> | null = null;
  let cancelledFeatures: number[] | null = null;

  const analyze = async (
    features: number[],
    preloaded?: Float64Array[],
    { reveal = false }: RunOptions = {},
  ): Promise<void> => {
    const ticket = analyses.begin();
    cancelledFeatures = null;
    services.analysis.cancel();
    set({ status: 'computing', features, error: null, notice: null, progress: null, cancelled: null });
    try {
      const featureValues = preloaded ?? (await services.table.columns(features));
      if (!ticket.isLatest()) return;
      const { missing, kMax, nInit, matchSklearn, refine, seed, table } = get();
      const excludedRows = table?.summaryRows ?? [];
      const analysis = await services.analysis.analyze(
        { columns: featureValues, missing, excludedRows, kMax, nInit, seed, matchSklearn, refine },
        (done, total) => {
          if (ticket.isLatest()) set({ progress: { phase: 'clustering', done, total } });
        },
      );
      if (!ticket.isLatest()) return;
      // The columns' values come with the clustering of them: until then the plot shows the old ones.
      shownColumns = { features, featureValues };
      // New clusters: names typed for the old ones and their quality scores no longer apply.
      set({
        status: 'ready',
        analysis,
        clusteredFeatures: features,
        featureValues,
        k: nextK(get(), analysis),
        progress: null,
        segmentNameEdits: {},
        quality: { status: 'idle' },
        ...(reveal ? { revealResults: get().revealResults + 1 } : {}),
      });
      void refreshProfile();
      const extra = await loadProfileColumns(services, get());
      if (ticket.isLatest() && extra !== null) set(extra);
    } catch (error) {
      if (isReportable(ticket, error))
        set({ status: 'error', error: toAppError(error), analysis: null, progress: null });
    }
  };

  // The profile (means, medians, mixes over every row) is computed where the columns are, in the
  // table worker: at a million rows it is a quarter second, too long for the main thread.
  const refreshProfile = async (): Promise<void> => {
    const { analysis, k, table, features } = get();
    const chosen = selectChosen({ analysis, k });
    if (analysis === null || table === null || chosen === undefined) return;
    const numeric = table.columns.filter((c) => c.kind === 'numeric' || features.includes(c.index));
    try {
      const segments = await services.table.profile({
        rowLabels: chosen.rowLabels,
        centroids: chosen.centroids,
        numeric: numeric.map((c) => c.index),
        categorical: table.columns.filter((c) => c.kind === 'categorical').map((c) => c.index),
      });
      // Not a ticket: a profile applies exactly while its clustering and k are still the ones shown.
      if (get().analysis === analysis && get().k === k) set({ profile: { analysis, k, segments } });
    } catch (error) {
      // A cancelled or failed profile leaves the previous one in place; the results stay usable.
      if (!(error instanceof CancelledError))
        set({ notice: `The segment profile failed: ${toAppError(error).message}` });
    }
  };

  const reanalyze = async (options?: RunOptions, features = get().features): Promise<void> => {
    if (get().table !== null && features.length >= 2) await analyze(features, undefined, options);
  };
  const stop = (): void => {
    analyses.supersede();
    services.analysis.cancel();
  };

  return {
    analyze,
    refreshProfile,
    reanalyze: (options) => reanalyze(options),
    stop,
    cancel() {
      stop();
      const { analysis, features } = get();
      if (analysis === null || shownColumns === null || shownColumns.features === features) return;
      cancelledFeatures = features;
      set({ features: shownColumns.features, featureValues: shownColumns.featureValues });
    },
    async runAgain(options) {
      await reanalyze(options, cancelledFeatures ?? get().features);
    },
  };
}
