// Plain-JS entry for worker threads: registers tsx inside the worker, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./sweepWorker.ts');
