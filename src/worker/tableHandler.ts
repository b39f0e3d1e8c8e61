import { compactRowIds, forEachDataRow, writeCompactLabeledCsv } from '../core/csv/compactRows';
import { columnName } from '../core/csv/columnName';
import { readCompactTable, type CompactTable } from '../core/csv/compactTable';
import { detectFeatures } from '../core/csv/detectFeatures';
import { sha256Hex } from '../core/analysisFile/sha256';
import { downloadPreamble, encodingProblem } from '../core/csv/encodingNotes';
import { encodeCategories, type CategoryColumn } from '../core/csv/encodeCategories';
import { unpackNumbers } from '../core/csv/packedNumbers';
import { unpackIds } from '../core/csv/rowIds';
import { profileSegments } from '../core/profile/profileSegments';
import { SourceError } from '../core/source/sourceError';
import { readTableInRanges } from '../core/csv/readTableInRanges';
import type { RangePool } from './rangePool';
import { newShareableColumn, transferableBuffers } from './sharedColumns';
import { readSource } from './readSource';
import { MAX_LISTED_IDS, type LoadProgress, type TableReply, type TableRequest } from './protocol';

/**
 * Times a phase of a request as a User Timing measure ('table:read', 'table:parse', ...), so a profiler
 * or the browser benchmark can tell where a load's seconds go; costs nothing worth counting.
 */
function timed<T>(phase: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  if (result instanceof Promise) {
    return result.finally(() => performance.measure(`table:${phase}`, { start })) as T;
  }
  performance.measure(`table:${phase}`, { start });
  return result;
}

// Below this many characters a file is parsed in one piece: sending ranges to workers would cost more than it saves.
const RANGED_MIN_CHARS = 1_000_000;

// Progress messages are throttled: a bar needs a few updates a second, not one per chunk.
const PROGRESS_INTERVAL_MS = 50;

/**
 * Number columns as the page receives them, one value per row: unpacked copies, so the worker keeps
 * its own (packed) for the next request. Summary rows are no customers: NaN keeps them off the scatter
 * (the analysis leaves them out by index). A column with no numbers is all NaN.
 */
function numberColumns(loaded: CompactTable, indices: readonly number[]): Float64Array[] {
  return indices.map((index) => {
    // Shared where it can be, so the page hands it on to the analysis workers without copying it.
    const column = unpackNumbers(loaded.numbers[index], loaded.rowCount, newShareableColumn(loaded.rowCount));
    for (const row of loaded.summaryRows) column[row.index] = NaN;
    return column;
  });
}

/** Sends a reply (with the buffers to transfer) back to the page. */
export type TableReplySink = (message: TableReply, transfer?: Transferable[]) => void;

/**
 * The table worker's message handling without the worker globals, so tests can run the very same
 * code in-process. The parsed table lives in the closure between requests. A failed request is
 * answered with a 'failed' reply carrying the error's sentence. With a `pool`, big files are parsed
 * in ranges in parallel (see readTableInRanges), to exactly the table of the serial reading.
 */
export function createTableHandler(
  reply: TableReplySink,
  { pool = null }: { readonly pool?: RangePool | null } = {},
): (request: TableRequest) => Promise<void> {
  // The table stays here as its text plus one number column per column: export reads the rows back from
  // the text, and the main thread only ever receives what it draws.
  let table: CompactTable | null = null;
  // The file the table was read from (a handle, not a copy), hashed only when an analysis is saved.
  let source: Blob | null = null;
  // The loaded file's encoding: a download of a file that was not UTF-8 starts with a BOM.
  let encoding = 'utf-8';
  // Text columns are encoded on first use (one pass over the rows) and kept for the table's lifetime.
  const categoryCache = new Map<number, CategoryColumn>();

  function progressReporter(id: number): (phase: LoadProgress['phase'], done: number, total: number) => void {
    let last = 0;
    return (phase, done, total) => {
      const now = performance.now();
      if (now - last < PROGRESS_INTERVAL_MS && done < total) return;
      last = now;
      reply({ id, type: 'progress', progress: { phase, done, total } });
    };
  }

  async function handle(request: TableRequest): Promise<void> {
    switch (request.type) {
      case 'load': {
        table = null; // the old table's memory is free before the new file is read
        source = null;
        categoryCache.clear();
        const progress = progressReporter(request.id);
        const size = request.file.size;
        const decoded = await timed('read', () =>
          readSource(request.file, request.fileName, request, (done) => progress('reading', done, size)),
        );
        const delimiter = request.delimiter ?? decoded.delimiter;
        const options = delimiter === undefined ? {} : { delimiter };
        const onParsed = (done: number, total: number): void => progress('parsing', done, total);
        // A big file's records are parsed in ranges by the pool's workers (the same table, faster).
        const outcome = await timed('parse', () =>
          pool === null
            ? Promise.resolve(readCompactTable(decoded.text, options, onParsed))
            : readTableInRanges(
                decoded.text,
                options,
                pool.parse,
                { ranges: pool.ranges, minChars: RANGED_MIN_CHARS },
                onParsed,
              ),
        );
        if ('ranges' in outcome)
          performance.measure(`table:ranges=${outcome.ranges}`, { start: 0, duration: 0 });
        const fatal = outcome.problems.find((p) => p.severity === 'error');
        if (outcome.table === null) {
          reply({
            id: request.id,
            type: 'failed',
            error: {
              code: fatal?.code ?? 'unreadable',
              message: fatal?.message ?? 'This file could not be read.',
            },
          });
          return;
        }
        table = outcome.table;
        source = request.file;
        encoding = decoded.encoding;
        const { columns } = outcome;
        const featureChoice = detectFeatures(table, columns);
        const loaded = table;
        const rowIds = timed('row-ids', () => compactRowIds(loaded, featureChoice?.identifier ?? null));
        // The detected features' columns ride along, so the first analysis needs no second request.
        const featureValues = timed('feature-columns', () =>
          numberColumns(loaded, featureChoice?.features ?? []),
        );
        timed('reply', () =>
          reply(
            {
              id: request.id,
              type: 'loaded',
              summary: {
                fileName: request.fileName,
                byteSize: size,
                header: loaded.header,
                rowCount: loaded.rowCount,
                delimiter: loaded.delimiter,
                decimalComma: loaded.decimalComma,
                encoding,
                columns,
                problems: [...encodingProblem(decoded), ...outcome.problems],
                featureChoice,
                ids: loaded.rowCount <= MAX_LISTED_IDS ? unpackIds(rowIds, loaded.rowCount) : [],
                rowIds,
                summaryRows: loaded.summaryRows.map((row) => row.index),
                format: decoded.format,
                ...(decoded.sheets === undefined ? {} : { sheets: decoded.sheets }),
                ...(decoded.sheet === undefined ? {} : { sheet: decoded.sheet }),
                reading: {
                  headerLine: loaded.headerLine,
                  titleLines: loaded.titles.length,
                  numberFormats: loaded.numberFormats,
                  formatted: loaded.formatted,
                  summaryRows: loaded.summaryRows,
                },
              },
              featureValues,
            },
            [...(rowIds === null ? [] : [rowIds.ends.buffer]), ...transferableBuffers(featureValues)],
          ),
        );
        return;
      }
      case 'columns': {
        const columns = numberColumns(requireTable(), request.indices);
        reply({ id: request.id, type: 'columns', columns }, transferableBuffers(columns));
        return;
      }
      case 'categories': {
        const columns = categoriesFor(requireTable(), request.indices).map((c) => ({
          ...c,
          codes: c.codes.slice(),
        }));
        reply(
          { id: request.id, type: 'categories', columns },
          columns.map((c) => c.codes.buffer),
        );
        return;
      }
      case 'profile': {
        const loaded = requireTable();
        const { rowLabels, centroids, numeric, categorical } = request.request;
        const profiles = profileSegments({
          labels: rowLabels,
          centroids,
          numeric: numeric.map((index) => ({
            name: columnName(loaded.header, index),
            values: unpackNumbers(loaded.numbers[index], loaded.rowCount),
          })),
          categorical: categoriesFor(loaded, categorical)
            .filter((column) => !column.tooMany)
            .map((column) => ({
              name: columnName(loaded.header, column.index),
              codes: column.codes,
              categories: column.categories,
            })),
        });
        reply({ id: request.id, type: 'profiled', profiles });
        return;
      }
      case 'sha256': {
        requireTable();
        if (source === null) throw new Error('No file is loaded.');
        reply({ id: request.id, type: 'hashed', sha256: await sha256Hex(await source.arrayBuffer()) });
        return;
      }
      case 'export': {
        const loaded = requireTable();
        const { parts, columnName } = writeCompactLabeledCsv(loaded, request.rowLabels, request.clusterNames);
        reply({
          id: request.id,
          type: 'exported',
          blob: new Blob([downloadPreamble(encoding), ...parts], { type: 'text/csv;charset=utf-8' }),
          columnName,
        });
        return;
      }
    }
  }

  function categoriesFor(loaded: CompactTable, indices: readonly number[]): CategoryColumn[] {
    const missing = indices.filter((index) => !categoryCache.has(index));
    if (missing.length > 0) {
      const encoded = encodeCategories(loaded.rowCount, (visit) => forEachDataRow(loaded, visit), missing);
      for (const column of encoded) categoryCache.set(column.index, column);
    }
    return indices.flatMap((index) => {
      const column = categoryCache.get(index);
      return column === undefined ? [] : [column];
    });
  }

  function requireTable(): CompactTable {
    if (table === null) throw new Error('No table is loaded.');
    return table;
  }

  return (request) =>
    handle(request).catch((error: unknown) => {
      // A file its reader refuses keeps the reader's code and sentence.
      const code = error instanceof SourceError ? error.code : 'internal';
      reply({
        id: request.id,
        type: 'failed',
        error: { code, message: error instanceof Error ? error.message : String(error) },
      });
    });
}
