/// <reference lib="webworker" />
import type { RangeRequest } from './protocol';
import { handleRangeRequest } from './rangeHandler';

// Started by the table worker (see rangePool): parses one range of a big file's records at a time.
addEventListener('message', (event: MessageEvent<RangeRequest>) => {
  const { reply, transfer } = handleRangeRequest(event.data);
  postMessage(reply, transfer);
});
