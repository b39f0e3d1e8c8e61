import { useMemo } from 'react';
import type { SegmentProfile } from '../../core/profile/profileSegments';
import { useAppStore } from '../../store/appStore';
import { featureNames } from '../../store/featureNames';
import { namesInUse, suggestedNames } from '../../store/segmentNames';
import { selectChosen } from '../../store/selectChosen';

const EMPTY: SegmentProfile[] = [];

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
  /** Each cluster's colour-and-shape slot, kept across k. */
  readonly slots: readonly number[];
}

/**
 * The current k's segments: profile and names. Built from narrow store slices with useMemo, because
 * a selector returning a fresh array on every call would re-render forever.
 */
export function useSegments(): Segments | null {
  const analysis = useAppStore((s) => s.analysis);
  const table = useAppStore((s) => s.table);
  // The columns of the clustering shown, not those of one still being computed.
  const features = useAppStore((s) => s.clusteredFeatures);
  const k = useAppStore((s) => s.k);
  const edits = useAppStore((s) => s.segmentNameEdits);
  const profile = useAppStore((s) => s.profile);

  const suggested = useMemo(
    () => suggestedNames({ analysis, table, features, k }),
    [analysis, table, features, k],
  );
  // Until the worker answers for this k, the table shows no stale numbers from another k.
  const profiles =
    profile !== null && profile.analysis === analysis && profile.k === k ? profile.segments : EMPTY;
  const fieldValues = useMemo(() => suggested.map((name, c) => edits[k]?.[c] ?? name), [suggested, edits, k]);
  const names = useMemo(() => namesInUse(suggested, edits[k]), [suggested, edits, k]);
  const columns = useMemo(() => featureNames({ table, features }), [features, table]);
  if (analysis === null || table === null) return null;
  const slots = selectChosen({ analysis, k })?.slots ?? [];
  return { k, profiles, names, fieldValues, suggested, featureNames: columns, slots };
}
