/// <reference lib="webworker" />
import type { TableReply, TableRequest } from './protocol';
import { createTableHandler } from './tableHandler';

const handle = createTableHandler((message: TableReply, transfer: Transferable[] = []) =>
  postMessage(message, transfer),
);

addEventListener('message', (event: MessageEvent<TableRequest>) => void handle(event.data));
