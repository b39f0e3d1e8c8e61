/// <reference lib="webworker" />
import type { TableReply, TableRequest } from './protocol';
import { createRangePool, rangeWorkerCount } from './rangePool';
import { createTableHandler } from './tableHandler';

// Nested workers exist in every browser the app supports; without them, files are parsed here alone.
const pool = typeof Worker === 'undefined' ? null : createRangePool(rangeWorkerCount());
const handle = createTableHandler(
  (message: TableReply, transfer: Transferable[] = []) => postMessage(message, transfer),
  { pool },
);

addEventListener('message', (event: MessageEvent<TableRequest>) => void handle(event.data));
