import type { AnalysisRun } from './analysisRun';
import { downloadName } from './featureNames';
import { segmentNames } from './segmentNames';
import { selectChosen } from './selectChosen';
import type { AppActions } from './state';
import type { StoreContext } from './storeContext';

export type AnalysisActions = Pick<
  AppActions,
  'setFeatures' | 'setMissingPolicy' | 'setSeed' | 'setNInit' | 'setMatchSklearn' | 'setK' | 'exportCsv'
> & {
  /** Stops a running analysis (the store's `cancel` while computing); the last result stays shown. */
  cancelAnalysis(): void;
};

/** The actions about what is clustered and how: columns, settings, k, and the labeled download. */
export function analysisActions({ set, get, services }: StoreContext, run: AnalysisRun): AnalysisActions {
  return {
    // A recompute the person asks for is a new analysis: it refines (see AppData.refine).
    async setFeatures(features) {
      if (get().table === null) return;
      set({ refine: true });
      await run.analyze(features);
    },

    async setMissingPolicy(missing) {
      set({ missing, refine: true });
      await run.reanalyze();
    },

    async setSeed(seed) {
      if (!Number.isInteger(seed) || seed < 0) return;
      set({ seed, refine: true });
      await run.reanalyze();
    },

    async setNInit(nInit) {
      if (!Number.isInteger(nInit) || nInit < 1) return;
      set({ nInit: Math.min(nInit, 100), refine: true });
      await run.reanalyze();
    },

    async setMatchSklearn(matchSklearn) {
      if (matchSklearn === get().matchSklearn) return;
      set({ matchSklearn, refine: true });
      await run.reanalyze();
    },

    setK(k) {
      const largestK = get().analysis?.byK.length ?? get().kMax;
      const next = Math.max(1, Math.min(largestK, Math.round(k)));
      if (next === get().k && get().kChosenByUser) return;
      set({ k: next, kChosenByUser: true });
      void run.refreshProfile();
    },

    cancelAnalysis() {
      if (get().status !== 'computing') return run.stop();
      run.cancel();
      const { analysis } = get();
      set({
        status: analysis === null ? 'idle' : 'ready',
        progress: null,
        notice: 'Analysis cancelled.',
        cancelled: 'analysis',
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
  };
}
