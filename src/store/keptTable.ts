import type { ReadOptions } from '../worker/protocol';
import type { TableService } from '../worker/tableClient';

/** A file as it was read: enough to read it again into a fresh table worker. */
export interface FileRead {
  readonly file: Blob;
  readonly fileName: string;
  readonly read: ReadOptions;
}

/** The table service, plus a way to put back the table a failed or cancelled load took from the worker. */
export interface KeptTable extends TableService {
  /**
   * Reads `kept` into the worker again, quietly: the page still shows its table and analysis, and the
   * worker gives a load up (or loses its table when cancelled) before a new file is known to be good.
   * Requests about the table wait for this read; the same bytes and options give the same table.
   */
  restore(kept: FileRead): void;
}

/** Wraps `table` so that columns, categories, profile, export and sha256 wait for a restore in progress. */
export function createKeptTable(table: TableService): KeptTable {
  let restoring: Promise<void> = Promise.resolve();
  const afterRestore = async <T>(request: () => Promise<T>): Promise<T> => {
    await restoring;
    return request();
  };
  return {
    load: (file, fileName, read, onProgress) => {
      restoring = Promise.resolve();
      return table.load(file, fileName, read, onProgress);
    },
    columns: (indices) => afterRestore(() => table.columns(indices)),
    categories: (indices) => afterRestore(() => table.categories(indices)),
    profile: (request) => afterRestore(() => table.profile(request)),
    exportCsv: (rowLabels, clusterNames) => afterRestore(() => table.exportCsv(rowLabels, clusterNames)),
    sha256: () => afterRestore(() => table.sha256()),
    cancel: () => table.cancel(),
    restore({ file, fileName, read }) {
      // A failed restore leaves the worker without a table; the next request then says so itself.
      restoring = table.load(file, fileName, read).then(
        () => undefined,
        () => undefined,
      );
    },
  };
}
