import { useStore } from 'zustand';
import { createAnalysisService } from '../worker/analysisClient';
import { createTableService } from '../worker/tableClient';
import { createAppStore } from './createAppStore';
import { browserRunSettingsStorage } from './runSettingsStorage';
import { SAMPLE_FILE_NAME } from './services';
import type { AppState } from './state';

async function fetchSample(): Promise<Blob> {
  const response = await fetch(`${import.meta.env.BASE_URL}${SAMPLE_FILE_NAME}`);
  if (!response.ok) throw new Error(`The bundled sample could not be loaded (HTTP ${response.status}).`);
  return response.blob();
}

/** The store the running app uses: real workers, the sample served from public/. */
export const appStore = createAppStore({
  table: createTableService(),
  analysis: createAnalysisService(),
  fetchSample,
  runSettings: browserRunSettingsStorage(),
});

/** Narrow selectors keep re-renders to the components whose slice changed. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
