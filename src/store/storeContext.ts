import type { LatestRequest } from './latestRequest';
import type { Services } from './services';
import type { AppState } from './state';

export type SetState = (partial: Partial<AppState>) => void;
export type GetState = () => AppState;

/** What the store's groups of actions share: the store itself, the outside world, and the analysis tickets. */
export interface StoreContext {
  readonly set: SetState;
  readonly get: GetState;
  readonly services: Services;
  /** One ticket per analysis; the work that follows it (profile columns, quality) joins that ticket. */
  readonly analyses: LatestRequest;
}
