/// <reference lib="webworker" />
import { createAnalysisHandler } from './analysisHandler';
import type { AnalysisRequest } from './protocol';

const handle = createAnalysisHandler();

addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  const { reply, transfer } = handle(event.data);
  postMessage(reply, transfer);
});
