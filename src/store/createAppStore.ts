import { createStore, type StoreApi } from 'zustand/vanilla';
import { analysisActions } from './analysisActions';
import { createAnalysisRun } from './analysisRun';
import { createLatestRequest } from './latestRequest';
import { loadActions } from './loadActions';
import { segmentActions } from './segmentActions';
import type { Services } from './services';
import { initialData, type AppState } from './state';
import type { StoreContext } from './storeContext';

/**
 * The app's one store, from three groups of actions: loading a table (loadActions), clustering it
 * (analysisActions, over the run in analysisRun) and naming and judging the segments (segmentActions).
 * Each load and each analysis takes a ticket (latestRequest); a result whose ticket is no longer the
 * newest is dropped, so a slow answer about an old file or old columns never reaches the screen.
 */
export function createAppStore(services: Services): StoreApi<AppState> {
  return createStore<AppState>()((set, get) => {
    const ctx: StoreContext = { set, get, services, analyses: createLatestRequest() };
    const run = createAnalysisRun(ctx);
    const { cancelParsing, ...load } = loadActions(ctx, run);
    const { cancelAnalysis, ...analysis } = analysisActions(ctx, run);
    return {
      ...initialData,
      ...load,
      ...analysis,
      ...segmentActions(ctx),
      // One Cancel button: it stops whatever runs, the read while parsing, else the analysis.
      cancel: () => (get().status === 'parsing' ? cancelParsing() : cancelAnalysis()),
    };
  });
}
