import type { ClusteringForK } from '../core/dataset/assembleAnalysis';
import type { AppData } from './state';

/**
 * The clustering for the chosen k (`analysis.byK[k - 1]`): undefined before an analysis, or for a k
 * it did not compute. Returns the stored object itself, so it is safe as a zustand selector.
 */
export function selectChosen(state: Pick<AppData, 'analysis' | 'k'>): ClusteringForK | undefined {
  return state.analysis?.byK[state.k - 1];
}
