import { parseRange, rangePartBuffers } from '../core/csv/parseRange';
import type { RangeReply, RangeRequest } from './protocol';

/**
 * A range worker's answer to one request, without the worker globals (tests run it in-process): the
 * part of its range, and the part's buffers to transfer rather than copy.
 */
export function handleRangeRequest({ id, job }: RangeRequest): {
  reply: RangeReply;
  transfer: ArrayBuffer[];
} {
  try {
    const part = parseRange(job.text, job.spec);
    return { reply: { id, type: 'parsed', part }, transfer: rangePartBuffers(part) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { reply: { id, type: 'failed', error: { code: 'internal', message } }, transfer: [] };
  }
}
