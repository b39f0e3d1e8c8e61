/**
 * A Worker stand-in that runs a worker's real message handler in-process and asynchronously, as a
 * thread would: messages are structured-cloned both ways, and nothing is answered once terminated.
 * `start` builds the handler once, given the function that sends replies back to the page.
 */
export class InProcessWorker<Request, Reply> extends EventTarget {
  terminated = false;
  private readonly handle: (request: Request) => unknown;

  constructor(start: (reply: (message: Reply) => void) => (request: Request) => unknown) {
    super();
    this.handle = start((message) => {
      if (!this.terminated)
        this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) }));
    });
  }

  postMessage(request: Request): void {
    setTimeout(() => {
      if (!this.terminated) void this.handle(structuredClone(request));
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** As the Worker type, for the clients' spawn functions. */
  asWorker(): Worker {
    return this as unknown as Worker;
  }
}
