import { createStore, type StoreApi } from 'zustand/vanilla';
import { CancelledError } from '../worker/client';
import type { ReadOptions } from '../worker/protocol';
import { downloadName } from './featureNames';
import { loadProfileColumns } from './profileColumns';
import { segmentActions } from './segmentActions';
import { segmentNames } from './segmentNames';
import { selectChosen } from './selectChosen';
import { SAMPLE_FILE_NAME, type Services } from './services';
import { initialData, type AppError, type AppState } from './state';

const toAppError = (error: unknown): AppError => {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : 'internal';
    return { code, message: error.message };
  }
  return { code: 'internal', message: String(error) };
};

/**
 * The app's one store. Each load and each analysis takes a ticket; a result whose ticket is no longer
 * the newest is dropped, so a slow answer about an old file or old columns never reaches the screen.
 */
export function createAppStore(services: Services): StoreApi<AppState> {
  let loadTicket = 0;
  let analysisTicket = 0;
  // The file itself stays here, not in state: only a re-read with another delimiter or encoding needs it.
  let lastFile: { file: Blob; fileName: string; read: ReadOptions } | null = null;

  return createStore<AppState>()((set, get) => {
    // `preloaded`: the features' columns when already at hand (the load reply carries them).
    const analyze = async (features: number[], preloaded?: Float64Array[]): Promise<void> => {
      const ticket = ++analysisTicket;
      services.analysis.cancel();
      set({ status: 'computing', features, error: null, notice: null, progress: null });
      try {
        const featureValues = preloaded ?? (await services.table.columns(features));
        if (ticket !== analysisTicket) return;
        set({ featureValues });
        const { missing, kMax, nInit, seed, table } = get();
        const excludedRows = table?.summaryRows ?? [];
        const analysis = await services.analysis.analyze(
          { columns: featureValues, missing, excludedRows, kMax, nInit, seed },
          (done, total) => {
            if (ticket === analysisTicket) set({ progress: { phase: 'clustering', done, total } });
          },
        );
        if (ticket !== analysisTicket) return;
        const largestK = analysis.byK.length;
        const { kChosenByUser, k } = get();
        const nextK = kChosenByUser
          ? Math.min(k, largestK)
          : (analysis.suggestion.k ?? Math.min(3, largestK));
        // New clusters: names typed for the old ones and their quality scores no longer apply.
        set({
          status: 'ready',
          analysis,
          k: nextK,
          progress: null,
          segmentNameEdits: {},
          quality: { status: 'idle' },
        });
        void refreshProfile();
        const extra = await loadProfileColumns(services, get());
        if (ticket === analysisTicket && extra !== null) set(extra);
      } catch (error) {
        if (ticket !== analysisTicket || error instanceof CancelledError) return;
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
        if (get().analysis === analysis && get().k === k) set({ profile: { analysis, k, segments } });
      } catch (error) {
        // A cancelled or failed profile leaves the previous one in place; the results stay usable.
        if (!(error instanceof CancelledError))
          set({ notice: `The segment profile failed: ${toAppError(error).message}` });
      }
    };

    return {
      ...initialData,

      async loadFile(file, fileName, read = {}) {
        const ticket = ++loadTicket;
        ++analysisTicket;
        lastFile = { file, fileName, read };
        services.analysis.cancel();
        // A file still being read is abandoned at once rather than parsed to the end for nothing.
        services.table.cancel();
        const { missing, nInit, seed } = get();
        set({ ...initialData, missing, nInit, seed, status: 'parsing' });
        try {
          const { summary: table, featureValues } = await services.table.load(
            file,
            fileName,
            read,
            (progress) => {
              if (ticket === loadTicket) set({ progress });
            },
          );
          if (ticket !== loadTicket) return;
          set({ table, progress: null });
          // A table that parsed but cannot be clustered is still shown, with the reason.
          const blocking = table.problems.find((problem) => problem.severity === 'error');
          if (blocking !== undefined) {
            set({ status: 'error', error: { code: blocking.code, message: blocking.message } });
            return;
          }
          if (table.featureChoice === null) {
            set({
              status: 'error',
              error: {
                code: 'too-few-numeric-columns',
                message: `${fileName} has fewer than two numeric columns, so there is nothing to cluster on.`,
              },
            });
            return;
          }
          // The detected columns came with the table: the first analysis asks the worker for nothing more.
          await analyze(table.featureChoice.features, featureValues);
        } catch (error) {
          if (ticket !== loadTicket || error instanceof CancelledError) return;
          set({ status: 'error', error: toAppError(error) });
        }
      },

      async loadSample() {
        const ticket = loadTicket;
        try {
          const sample = await services.fetchSample();
          if (ticket !== loadTicket) return;
          await get().loadFile(sample, SAMPLE_FILE_NAME);
        } catch (error) {
          set({ status: 'error', error: toAppError(error) });
        }
      },

      async setDelimiter(delimiter) {
        if (lastFile === null) return;
        await get().loadFile(lastFile.file, lastFile.fileName, { ...lastFile.read, delimiter });
      },

      async setEncoding(encoding) {
        if (lastFile === null) return;
        await get().loadFile(lastFile.file, lastFile.fileName, { ...lastFile.read, encoding });
      },

      async setFeatures(features) {
        if (get().table === null) return;
        await analyze(features);
      },

      async setMissingPolicy(missing) {
        set({ missing });
        if (get().table !== null && get().features.length >= 2) await analyze(get().features);
      },

      setK(k) {
        const largestK = get().analysis?.byK.length ?? get().kMax;
        const next = Math.max(1, Math.min(largestK, Math.round(k)));
        if (next === get().k && get().kChosenByUser) return;
        set({ k: next, kChosenByUser: true });
        void refreshProfile();
      },

      cancel() {
        ++analysisTicket;
        services.analysis.cancel();
        const { analysis, status } = get();
        if (status === 'parsing') {
          // Stopping a read terminates the table worker: no table is left, so the page starts over.
          ++loadTicket;
          lastFile = null;
          services.table.cancel();
          const { missing, nInit, seed } = get();
          set({ ...initialData, missing, nInit, seed, notice: 'Loading cancelled.' });
          return;
        }
        if (status !== 'computing') return;
        set({
          status: analysis === null ? 'idle' : 'ready',
          progress: null,
          notice: 'Analysis cancelled.',
        });
      },

      async exportCsv() {
        const { table, features } = get();
        const chosen = selectChosen(get());
        if (table === null || chosen === undefined) throw new Error('There is no clustering to export yet.');
        const { blob } = get().includeSegmentColumn
          ? await services.table.exportCsv(chosen.rowLabels, segmentNames(get()))
          : await services.table.exportCsv(chosen.rowLabels);
        return { blob, fileName: downloadName({ table, features }) };
      },

      async setSeed(seed) {
        if (!Number.isInteger(seed) || seed < 0) return;
        set({ seed });
        if (get().table !== null && get().features.length >= 2) await analyze(get().features);
      },

      async setNInit(nInit) {
        if (!Number.isInteger(nInit) || nInit < 1) return;
        set({ nInit: Math.min(nInit, 100) });
        if (get().table !== null && get().features.length >= 2) await analyze(get().features);
      },

      ...segmentActions(set, get, () => analysisTicket, services),

      reset() {
        ++loadTicket;
        ++analysisTicket;
        lastFile = null;
        services.analysis.cancel();
        set({ ...initialData });
      },
    };
  });
}
