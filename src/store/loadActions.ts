import type { LoadedTable } from '../worker/tableClient';
import type { ReadOptions } from '../worker/protocol';
import type { AnalysisRun } from './analysisRun';
import { isReportable, toAppError } from './appError';
import type { FileRead, KeptTable } from './keptTable';
import { createLatestRequest, type Ticket } from './latestRequest';
import { SAMPLE_FILE_NAME } from './services';
import { initialData, type AppActions, type AppData } from './state';
import type { StoreContext } from './storeContext';

/**
 * What follows a file read without error: by default the table is shown and clustered; an open
 * analysis file scores or restores it instead. `ticket` goes stale once a newer load begins.
 */
export type AfterLoad = (loaded: LoadedTable, fileName: string, ticket: Ticket) => Promise<void>;

/** The state that reports a failed load, or null for the usual report (the load error beside a kept analysis). */
export type LoadFailureReport = (error: unknown) => Partial<AppData> | null;

export type LoadActions = Pick<
  AppActions,
  'loadFile' | 'loadSample' | 'setDelimiter' | 'setEncoding' | 'setSheet' | 'reset'
> & {
  /** Stops a file being read (the store's `cancel` while parsing); an analysis on screen stays. */
  cancelParsing(): void;
  /** Reads the file whose read was cancelled again, with the same options. */
  loadAgain(): Promise<void>;
  /** Reads a file like loadFile, then hands the table to `after` instead of clustering it. */
  loadThen(file: Blob, fileName: string, after: AfterLoad, report?: LoadFailureReport): Promise<void>;
};

/** A file as read, with what was done with it: a re-read (another delimiter) does the same again. */
interface Handled extends FileRead {
  readonly after: AfterLoad | null;
  readonly report: LoadFailureReport | null;
}

/**
 * The actions that bring a table in (a file, the sample, a re-read) and that clear it. A new file
 * replaces what is shown only once it has been read: until then an analysis on screen stays, with its
 * table and its download, and a file that fails (or whose read is cancelled) leaves it in place.
 */
export function loadActions(ctx: StoreContext, run: AnalysisRun, table: KeptTable): LoadActions {
  const { set, get } = ctx;
  const loads = createLatestRequest();
  // Files stay here, not in state. The one whose table is shown (and held by the table worker), to
  // re-read with another delimiter or encoding, or to put back after a newer file fails.
  let shown: Handled | null = null;
  // The file being read, and the one Cancel stopped (for Run again).
  let reading: Handled | null = null;
  let cancelledRead: Handled | null = null;

  /** Back to the initial state, keeping the settings the person chose and the analysis file they opened. */
  const startOver = (extra: Partial<AppData>): void => {
    const { missing, nInit, matchSklearn, seed, revealResults, openAnalysis } = get();
    set({ ...initialData, missing, nInit, matchSklearn, seed, revealResults, openAnalysis, ...extra });
  };

  /** The shown file, when it has an analysis (or scored customers) worth keeping while another file is read. */
  const keepable = (): Handled | null => (get().analysis !== null || get().scoring !== null ? shown : null);

  /** A load that failed: beside a kept analysis (whose table the worker reads again), or on its own. */
  const failed = (
    fileName: string,
    error: unknown,
    kept: FileRead | null,
    report: LoadFailureReport | null = null,
  ): void => {
    const reported = report?.(error) ?? null;
    if (kept === null) {
      set({
        status: reported === null ? 'error' : 'idle',
        progress: null,
        ...(reported ?? { error: toAppError(error) }),
      });
      return;
    }
    table.restore(kept);
    set({
      status: 'ready',
      progress: null,
      ...(reported ?? { loadError: { ...toAppError(error), fileName } }),
    });
  };

  const reread = async (override: ReadOptions): Promise<void> => {
    if (shown === null) return;
    await load({ ...shown, read: { ...shown.read, ...override } });
  };

  /** Shows a table just read and clusters it on the detected columns, or says why it cannot be. */
  const showAndCluster = async ({ summary, featureValues }: LoadedTable, fileName: string): Promise<void> => {
    startOver({ table: summary });
    // A table that parsed but cannot be clustered is still shown, with the reason.
    const blocking = summary.problems.find((problem) => problem.severity === 'error');
    if (blocking !== undefined) {
      set({ status: 'error', error: { code: blocking.code, message: blocking.message } });
      return;
    }
    if (summary.featureChoice === null) {
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
    await run.analyze(summary.featureChoice.features, featureValues, { reveal: true });
  };

  async function load(next: Handled): Promise<void> {
    const { file, fileName, read } = next;
    const ticket = loads.begin();
    const kept = keepable();
    reading = next;
    run.stop();
    // A file still being read is abandoned at once rather than parsed to the end for nothing.
    table.cancel();
    if (kept !== null) {
      set({
        status: 'parsing',
        progress: null,
        error: null,
        notice: null,
        loadError: null,
        cancelled: null,
      });
    } else {
      shown = null;
      startOver({ status: 'parsing' });
    }
    try {
      const loaded = await table.load(file, fileName, read, (progress) => {
        if (ticket.isLatest()) set({ progress });
      });
      if (!ticket.isLatest()) return;
      shown = next;
      reading = null;
      await (next.after ?? showAndCluster)(loaded, fileName, ticket);
    } catch (error) {
      if (!isReportable(ticket, error)) return;
      reading = null;
      // What follows the read may refuse the table (an analysis file's columns it lacks): the kept one is back.
      shown = kept;
      failed(fileName, error, kept, next.report);
    }
  }

  return {
    loadFile: (file, fileName, read = {}) => load({ file, fileName, read, after: null, report: null }),
    loadThen: (file, fileName, after, report) =>
      load({ file, fileName, read: {}, after, report: report ?? null }),

    async loadSample() {
      // Joins the newest load: a file dropped while the sample is fetched wins over it.
      const ticket = loads.join();
      try {
        const sample = await ctx.services.fetchSample();
        if (ticket.isLatest()) await get().loadFile(sample, SAMPLE_FILE_NAME);
      } catch (error) {
        if (ticket.isLatest()) failed(SAMPLE_FILE_NAME, error, keepable());
      }
    },

    setDelimiter: (delimiter) => reread({ delimiter }),
    setEncoding: (encoding) => reread({ encoding }),
    setSheet: (sheet) => reread({ sheet }),

    cancelParsing() {
      run.stop();
      // Stopping a read terminates the table worker, and the table it held with it.
      loads.supersede();
      table.cancel();
      cancelledRead = reading;
      reading = null;
      const kept = keepable();
      const cancelled = cancelledRead === null ? null : 'load';
      if (kept !== null) {
        table.restore(kept);
        set({ status: 'ready', progress: null, notice: 'Loading cancelled.', cancelled });
      } else {
        shown = null;
        startOver({ notice: 'Loading cancelled.', cancelled });
      }
    },

    async loadAgain() {
      const again = cancelledRead;
      cancelledRead = null;
      if (again !== null) await load(again);
    },

    reset() {
      loads.supersede();
      run.stop();
      shown = null;
      reading = null;
      cancelledRead = null;
      set({ ...initialData });
    },
  };
}
