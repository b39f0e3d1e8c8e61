import { useMemo } from 'react';
import { profileSegments, type SegmentProfile } from '../../core/profile/profileSegments';
import { useAppStore } from '../../store/appStore';
import { suggestedNames } from '../../store/segmentNames';

export interface Segments {
  readonly k: number;
  readonly profiles: SegmentProfile[];
  /** Names in use (the user's where typed, else suggested). */
  readonly names: string[];
  /** What each name field holds: the text as typed (maybe blank), else the suggestion. */
  readonly fieldValues: string[];
  readonly suggested: string[];
  /** Names of the clustered columns, in clustering order. */
  readonly featureNames: string[];
}

/**
 * The current k's segments: profile and names. Built from narrow store slices with useMemo, because
 * a selector returning a fresh array on every call would re-render forever.
 */
export function useSegments(): Segments | null {
  const analysis = useAppStore((s) => s.analysis);
  const table = useAppStore((s) => s.table);
  const features = useAppStore((s) => s.features);
  const k = useAppStore((s) => s.k);
  const edits = useAppStore((s) => s.segmentNameEdits);
  const profileColumns = useAppStore((s) => s.profileColumns);
  const categoricalColumns = useAppStore((s) => s.categoricalColumns);

  const suggested = useMemo(
    () => suggestedNames({ analysis, table, features, k }),
    [analysis, table, features, k],
  );
  const profiles = useMemo(() => {
    const chosen = analysis?.byK[k - 1];
    if (chosen === undefined) return [];
    return profileSegments({
      labels: chosen.rowLabels,
      centroids: chosen.centroids,
      numeric: profileColumns,
      categorical: categoricalColumns,
    });
  }, [analysis, k, profileColumns, categoricalColumns]);
  const fieldValues = useMemo(() => suggested.map((name, c) => edits[k]?.[c] ?? name), [suggested, edits, k]);
  const names = useMemo(
    () => fieldValues.map((value, c) => (value.trim() === '' ? (suggested[c] ?? '') : value.trim())),
    [fieldValues, suggested],
  );
  const featureNames = useMemo(
    () => features.map((index) => table?.header[index] ?? `Column ${index + 1}`),
    [features, table],
  );
  if (analysis === null || table === null) return null;
  return { k, profiles, names, fieldValues, suggested, featureNames };
}
