import { createStore, type StoreApi } from 'zustand/vanilla';
import { analysisActions } from './analysisActions';
import { analysisFileActions } from './analysisFileActions';
import { createAnalysisRun } from './analysisRun';
import { createKeptTable } from './keptTable';
import { createLatestRequest } from './latestRequest';
import { loadActions } from './loadActions';
import { segmentActions } from './segmentActions';
import type { Services } from './services';
import { initialData, type AppState } from './state';
import type { StoreContext } from './storeContext';

/**
 * The app's one store, from four groups of actions: loading a table (loadActions), clustering it
 * (analysisActions, over the run in analysisRun), naming and judging the segments (segmentActions),
 * and saving, reopening and scoring with an analysis file (analysisFileActions).
 * Each load and each analysis takes a ticket (latestRequest); a result whose ticket is no longer the
 * newest is dropped, so a slow answer about an old file or old columns never reaches the screen.
 */
export function createAppStore(services: Services): StoreApi<AppState> {
  const store = createStore<AppState>()((set, get) => {
    // Every request about the table waits while a failed or cancelled load's predecessor is read back.
    const table = createKeptTable(services.table);
    const ctx: StoreContext = { set, get, services: { ...services, table }, analyses: createLatestRequest() };
    const run = createAnalysisRun(ctx);
    const { cancelParsing, loadAgain, loadThen, ...load } = loadActions(ctx, run, table);
    const { cancelAnalysis, ...analysis } = analysisActions(ctx, run);
    return {
      ...initialData,
      ...services.runSettings?.load(),
      ...load,
      ...analysis,
      ...segmentActions(ctx),
      ...analysisFileActions(ctx, run, { loadThen, reset: load.reset }),
      // One Cancel button: it stops whatever runs, the read while parsing, else the analysis.
      cancel: () => (get().status === 'parsing' ? cancelParsing() : cancelAnalysis()),
      // Run again repeats what Cancel stopped, with the settings it had: the same seed gives the same labels.
      runAgain: async () => {
        const { cancelled } = get();
        if (cancelled === 'load') await loadAgain();
        else if (cancelled === 'analysis') await run.runAgain({ reveal: true });
      },
    };
  });
  const storage = services.runSettings;
  if (storage !== undefined) {
    // Kept whenever one of them changes: the next visit starts with the same seed, restarts and search.
    store.subscribe((state, previous) => {
      const { seed, nInit, matchSklearn } = state;
      if (seed !== previous.seed || nInit !== previous.nInit || matchSklearn !== previous.matchSklearn)
        storage.save({ seed, nInit, matchSklearn });
    });
  }
  return store;
}
