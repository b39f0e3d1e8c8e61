/** A request's claim to be the newest of its kind: it goes stale once a newer one begins. */
export interface Ticket {
  /** True while no newer request has begun, and nothing superseded this one, since the ticket was taken. */
  isLatest(): boolean;
}

/**
 * "Apply only if this is still the latest request." Each request takes a ticket before it awaits
 * anything, and applies its result only while the ticket is the latest: a slow answer about an old
 * file or old columns never reaches the screen.
 */
export interface LatestRequest {
  /** Starts a request: every ticket taken before goes stale. */
  begin(): Ticket;
  /** A ticket for the request that is newest now, without starting one: for work that belongs to it. */
  join(): Ticket;
  /** Makes every ticket taken so far stale, as a cancel or a reset does. */
  supersede(): void;
}

export function createLatestRequest(): LatestRequest {
  let newest = 0;
  const ticketFor = (request: number): Ticket => ({ isLatest: () => request === newest });
  return {
    begin: () => ticketFor(++newest),
    join: () => ticketFor(newest),
    supersede: () => {
      newest += 1;
    },
  };
}
