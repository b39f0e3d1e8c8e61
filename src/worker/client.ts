import type { WorkerError } from './protocol';

/** The work was abandoned on purpose (a newer request, or the user pressed Cancel). */
export class CancelledError extends Error {
  readonly code = 'cancelled';
  constructor() {
    super('Cancelled.');
  }
}

/** A worker answered with a failure it could describe. */
export class WorkerFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Pending<Reply> {
  readonly resolve: (reply: Reply) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (reply: Reply) => void;
}

type ReplyShape = { readonly id: number; readonly type: string; readonly error?: WorkerError };

export interface WorkerClient<Request, Reply> {
  /** Sends a request built around a fresh id; resolves with its final reply ('progress' replies go to onProgress). */
  request(
    build: (id: number) => Request,
    transfer?: Transferable[],
    onProgress?: (reply: Reply) => void,
  ): Promise<Reply>;
  /** Stops all work at once: terminates a busy worker, rejects what is pending; the next request starts a fresh one. */
  cancel(): void;
}

/**
 * A promise API over a worker, spawned on first use (or at once when eager). Cancellation is termination, the only way to stop a
 * synchronous computation mid-loop; replies are matched by id, so nothing from a dead run can surface.
 */
export function createWorkerClient<Request, Reply extends ReplyShape>(
  spawn: () => Worker,
  options: { readonly eager?: boolean } = {},
): WorkerClient<Request, Reply> {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending<Reply>>();

  const rejectAll = (error: Error): void => {
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };

  const ensureWorker = (): Worker => {
    if (worker !== null) return worker;
    const spawned = spawn();
    spawned.addEventListener('message', (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const entry = pending.get(reply.id);
      if (entry === undefined) return;
      if (reply.type === 'progress') {
        entry.onProgress?.(reply);
        return;
      }
      pending.delete(reply.id);
      if (reply.type === 'failed' && reply.error !== undefined) {
        entry.reject(new WorkerFailure(reply.error.code, reply.error.message));
      } else {
        entry.resolve(reply);
      }
    });
    spawned.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      spawned.terminate();
      if (worker === spawned) worker = null;
      rejectAll(
        new WorkerFailure(
          'worker-crashed',
          `The background worker stopped: ${event.message || 'unknown error'}.`,
        ),
      );
    });
    worker = spawned;
    return spawned;
  };

  // Eager workers are fetched while the page is online, so a page that goes offline after loading
  // still has everything it needs.
  if (options.eager === true) ensureWorker();

  return {
    request(build, transfer = [], onProgress) {
      const target = ensureWorker();
      const id = nextId++;
      return new Promise<Reply>((resolve, reject) => {
        pending.set(id, onProgress === undefined ? { resolve, reject } : { resolve, reject, onProgress });
        target.postMessage(build(id), transfer);
      });
    },
    cancel() {
      // An idle worker is kept: respawning costs a fetch, and the page may be offline by now.
      if (pending.size === 0) return;
      worker?.terminate();
      worker = null;
      rejectAll(new CancelledError());
      if (options.eager === true) ensureWorker();
    },
  };
}
