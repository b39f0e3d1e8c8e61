import { suggestSegmentNames } from '../core/profile/nameSegments';
import { featureNames } from './featureNames';
import { selectChosen } from './selectChosen';
import type { AppData } from './state';

type NamingSlice = Pick<AppData, 'analysis' | 'k' | 'table' | 'features' | 'segmentNameEdits'>;

/** Names the profile suggests for the current k, before any edit. */
export function suggestedNames(state: Omit<NamingSlice, 'segmentNameEdits'>): string[] {
  const chosen = selectChosen(state);
  if (state.analysis === null || chosen === undefined) return [];
  return suggestSegmentNames({
    centroids: chosen.centroids,
    mean: state.analysis.mean,
    scale: state.analysis.scale,
    columnNames: featureNames(state),
  });
}

/** The names in use for the current k: the user's where they typed one, the suggestion elsewhere. */
export function segmentNames(state: NamingSlice): string[] {
  return namesInUse(suggestedNames(state), state.segmentNameEdits[state.k]);
}

/** Each cluster's name: what the user typed (trimmed), or the suggestion where that is blank. */
export function namesInUse(
  suggested: readonly string[],
  edits: Readonly<Record<number, string>> = {},
): string[] {
  return suggested.map((name, cluster) => {
    const typed = edits[cluster]?.trim() ?? '';
    return typed === '' ? name : typed;
  });
}
