import type { ReadOptions } from '../worker/protocol';
import type { LoadedTable } from '../worker/tableClient';
import type { AnalysisRun } from './analysisRun';
import { isReportable, toAppError } from './appError';
import { createLatestRequest } from './latestRequest';
import { SAMPLE_FILE_NAME } from './services';
import { initialData, type AppActions, type AppData } from './state';
import type { StoreContext } from './storeContext';

export type LoadActions = Pick<
  AppActions,
  'loadFile' | 'loadSample' | 'setDelimiter' | 'setEncoding' | 'setSheet' | 'reset'
> & {
  /** Stops a file being read (the store's `cancel` while parsing); the page starts over. */
  cancelParsing(): void;
};

/** The actions that bring a table in (a file, the sample, a re-read) and that clear it. */
export function loadActions(ctx: StoreContext, run: AnalysisRun): LoadActions {
  const { set, get, services } = ctx;
  const loads = createLatestRequest();
  // The file itself stays here, not in state: only a re-read with another delimiter or encoding needs it.
  let lastFile: { file: Blob; fileName: string; read: ReadOptions } | null = null;

  /** Back to the initial state, keeping the settings the person chose. */
  const startOver = (extra: Partial<AppData>): void => {
    const { missing, nInit, seed } = get();
    set({ ...initialData, missing, nInit, seed, ...extra });
  };

  const reread = async (override: ReadOptions): Promise<void> => {
    if (lastFile === null) return;
    await get().loadFile(lastFile.file, lastFile.fileName, { ...lastFile.read, ...override });
  };

  /** Shows a table just read and clusters it on the detected columns, or says why it cannot be. */
  const showAndCluster = async (
    { summary: table, featureValues }: LoadedTable,
    fileName: string,
  ): Promise<void> => {
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
    await run.analyze(table.featureChoice.features, featureValues);
  };

  return {
    async loadFile(file, fileName, read = {}) {
      const ticket = loads.begin();
      lastFile = { file, fileName, read };
      run.stop();
      // A file still being read is abandoned at once rather than parsed to the end for nothing.
      services.table.cancel();
      startOver({ status: 'parsing' });
      try {
        const loaded = await services.table.load(file, fileName, read, (progress) => {
          if (ticket.isLatest()) set({ progress });
        });
        if (ticket.isLatest()) await showAndCluster(loaded, fileName);
      } catch (error) {
        if (isReportable(ticket, error)) set({ status: 'error', error: toAppError(error) });
      }
    },

    async loadSample() {
      // Joins the newest load: a file dropped while the sample is fetched wins over it.
      const ticket = loads.join();
      try {
        const sample = await services.fetchSample();
        if (ticket.isLatest()) await get().loadFile(sample, SAMPLE_FILE_NAME);
      } catch (error) {
        set({ status: 'error', error: toAppError(error) });
      }
    },

    setDelimiter: (delimiter) => reread({ delimiter }),
    setEncoding: (encoding) => reread({ encoding }),
    setSheet: (sheet) => reread({ sheet }),

    cancelParsing() {
      run.stop();
      // Stopping a read terminates the table worker: no table is left, so the page starts over.
      loads.supersede();
      lastFile = null;
      services.table.cancel();
      startOver({ notice: 'Loading cancelled.' });
    },

    reset() {
      loads.supersede();
      run.stop();
      lastFile = null;
      set({ ...initialData });
    },
  };
}
