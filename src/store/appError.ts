import { CancelledError } from '../worker/client';
import type { Ticket } from './latestRequest';
import type { AppError } from './state';

/** Any thrown value as the error the page shows: its code where it has one, else 'internal'. */
export function toAppError(error: unknown): AppError {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : 'internal';
    return { code, message: error.message };
  }
  return { code: 'internal', message: String(error) };
}

/** Whether a failure should reach the screen: not once a newer request replaced it, nor when it was cancelled. */
export function isReportable(ticket: Ticket, error: unknown): boolean {
  return ticket.isLatest() && !(error instanceof CancelledError);
}
