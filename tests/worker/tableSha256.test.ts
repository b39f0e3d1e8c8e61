import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TableReply, TableRequest } from '../../src/worker/protocol';
import { createTableService } from '../../src/worker/tableClient';
import { createTableHandler } from '../../src/worker/tableHandler';
import { InProcessWorker } from './inProcessWorker';

const service = () =>
  createTableService(
    () => new InProcessWorker<TableRequest, TableReply>((reply) => createTableHandler(reply)).asWorker(),
    () => ({}),
  );

describe('the table worker hashes the file it read', () => {
  it('gives the SHA-256 of the loaded file’s bytes, on request', async () => {
    const bytes = readFileSync('tests/fixtures/csv/windows-1252-mall.csv');
    const table = service();
    await table.load(new Blob([bytes]), 'windows-1252-mall.csv');
    expect(await table.sha256()).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('refuses before a table is loaded', async () => {
    await expect(service().sha256()).rejects.toThrow('No table is loaded.');
  });
});
