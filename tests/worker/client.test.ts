import { describe, expect, it } from 'vitest';
import { CancelledError, createWorkerClient, WorkerFailure } from '../../src/worker/client';

type Req = { id: number; type: 'work'; value: number };
type Rep =
  | { id: number; type: 'progress'; done: number }
  | { id: number; type: 'done'; value: number }
  | { id: number; type: 'failed'; error: { code: string; message: string } };

/** A stand-in Worker whose replies the test sends by hand. */
class FakeWorker extends EventTarget {
  readonly posted: Req[] = [];
  terminated = false;
  postMessage(message: Req): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: Rep): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

function harness(eager = false) {
  const spawned: FakeWorker[] = [];
  const client = createWorkerClient<Req, Rep>(
    () => {
      const worker = new FakeWorker();
      spawned.push(worker);
      return worker as unknown as Worker;
    },
    { eager },
  );
  return { client, spawned };
}

describe('createWorkerClient', () => {
  it('matches replies to requests by id and passes progress along', async () => {
    const { client, spawned } = harness();
    const progress: number[] = [];
    const first = client.request(
      (id) => ({ id, type: 'work', value: 1 }),
      [],
      (r) => {
        if (r.type === 'progress') progress.push(r.done);
      },
    );
    const second = client.request((id) => ({ id, type: 'work', value: 2 }));
    const worker = spawned[0]!;
    const [a, b] = worker.posted;
    worker.reply({ id: b!.id, type: 'done', value: 20 });
    worker.reply({ id: a!.id, type: 'progress', done: 1 });
    worker.reply({ id: a!.id, type: 'done', value: 10 });
    expect(await first).toEqual({ id: a!.id, type: 'done', value: 10 });
    expect(await second).toEqual({ id: b!.id, type: 'done', value: 20 });
    expect(progress).toEqual([1]);
    expect(spawned).toHaveLength(1);
  });

  it('turns a failure reply into a WorkerFailure with its code', async () => {
    const { client, spawned } = harness();
    const pending = client.request((id) => ({ id, type: 'work', value: 1 }));
    const id = spawned[0]!.posted[0]!.id;
    spawned[0]!.reply({ id, type: 'failed', error: { code: 'empty-file', message: 'The file is empty.' } });
    await expect(pending).rejects.toBeInstanceOf(WorkerFailure);
    await expect(pending).rejects.toMatchObject({ code: 'empty-file', message: 'The file is empty.' });
  });

  it('cancel terminates the worker, rejects what is pending, and ignores the dead run', async () => {
    const { client, spawned } = harness();
    const pending = client.request((id) => ({ id, type: 'work', value: 1 }));
    client.cancel();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(spawned[0]!.terminated).toBe(true);
    // A late reply from the terminated worker changes nothing; the next request gets a fresh worker.
    spawned[0]!.reply({ id: 1, type: 'done', value: 99 });
    const next = client.request((id) => ({ id, type: 'work', value: 2 }));
    expect(spawned).toHaveLength(2);
    const id = spawned[1]!.posted[0]!.id;
    expect(id).not.toBe(1);
    spawned[1]!.reply({ id, type: 'done', value: 2 });
    expect(await next).toMatchObject({ value: 2 });
  });

  it('an eager client starts its worker at once, and again after cancelling work (an idle one is kept)', () => {
    const { client, spawned } = harness(true);
    expect(spawned).toHaveLength(1);
    client.cancel();
    expect(spawned).toHaveLength(1);
    void client.request((id) => ({ id, type: 'work', value: 1 })).catch(() => {});
    client.cancel();
    expect(spawned).toHaveLength(2);
    expect(spawned[0]!.terminated).toBe(true);
  });

  it('a crashed worker rejects its pending requests with a readable message', async () => {
    const { client, spawned } = harness();
    const pending = client.request((id) => ({ id, type: 'work', value: 1 }));
    // Node has no ErrorEvent; an Event carrying the same fields is what the client reads.
    spawned[0]!.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }));
    await expect(pending).rejects.toMatchObject({ code: 'worker-crashed' });
    await expect(pending).rejects.toThrow(/out of memory/);
  });
});
