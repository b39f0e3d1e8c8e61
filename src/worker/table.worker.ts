/// <reference lib="webworker" />
import { describeColumns } from '../core/csv/describeColumns';
import { detectFeatures } from '../core/csv/detectFeatures';
import { numericColumn } from '../core/csv/numericColumn';
import { parseTable, type Table } from '../core/csv/parseTable';
import { labeledColumnName, writeLabeledCsv } from '../core/csv/writeLabeledCsv';
import { rowIdentifiers } from '../core/dataset/rowIdentifiers';
import { decodeBytes } from '../core/text/decodeBytes';
import type { TableReply, TableRequest } from './protocol';

// The parsed table stays here: export needs every original cell, and the main thread never needs them all.
let table: Table | null = null;

const reply = (message: TableReply, transfer: Transferable[] = []): void => postMessage(message, transfer);

async function handle(request: TableRequest): Promise<void> {
  switch (request.type) {
    case 'load': {
      table = null;
      const text = decodeBytes(new Uint8Array(await request.file.arrayBuffer()));
      const outcome = parseTable(
        text,
        request.delimiter === undefined ? {} : { delimiter: request.delimiter },
      );
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
      const columns = describeColumns(table);
      const featureChoice = detectFeatures(table, columns);
      reply({
        id: request.id,
        type: 'loaded',
        summary: {
          fileName: request.fileName,
          byteSize: request.file.size,
          header: table.header,
          rowCount: table.rows.length,
          delimiter: table.delimiter,
          decimalComma: table.decimalComma,
          columns,
          problems: outcome.problems,
          featureChoice,
          ids: rowIdentifiers(table.rows, featureChoice?.identifier ?? null),
        },
      });
      return;
    }
    case 'columns': {
      const loaded = requireTable();
      const columns = request.indices.map((index) => numericColumn(loaded, index));
      reply(
        { id: request.id, type: 'columns', columns },
        columns.map((c) => c.buffer),
      );
      return;
    }
    case 'export': {
      const loaded = requireTable();
      const labels = Array.from(request.rowLabels, (label) => (label < 0 ? '' : String(label + 1)));
      const columnName = labeledColumnName(loaded.header, 'Cluster');
      const added = [{ name: columnName, values: labels }];
      const names = request.clusterNames;
      if (names !== undefined) {
        const segmentHeader = labeledColumnName([...loaded.header, columnName], 'Segment');
        added.push({
          name: segmentHeader,
          values: Array.from(request.rowLabels, (label) => (label < 0 ? '' : (names[label] ?? ''))),
        });
      }
      const csv = writeLabeledCsv(loaded, added);
      reply({
        id: request.id,
        type: 'exported',
        blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        columnName,
      });
      return;
    }
  }
}

function requireTable(): Table {
  if (table === null) throw new Error('No table is loaded.');
  return table;
}

addEventListener('message', (event: MessageEvent<TableRequest>) => {
  handle(event.data).catch((error: unknown) => {
    reply({
      id: event.data.id,
      type: 'failed',
      error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
    });
  });
});
