/** A suggested number of clusters and why, in words for a non-statistician. */
export interface KSuggestion {
  /** The elbow, or null when the curve has none worth naming. */
  readonly k: number | null;
  readonly reason: string;
}

/** Below this peak of the Kneedle difference curve the bend is too gentle to call an elbow. */
const MIN_KNEE_STRENGTH = 0.1;

/**
 * Picks the elbow of an inertia curve with Kneedle (Satopää et al., 2011) for a convex, decreasing
 * curve: normalize both axes to [0, 1], flip inertia, and take the k where the flipped curve rises
 * farthest above the diagonal. ks must be increasing and paired with inertias.
 *
 * Returns k = null with a reason when there are fewer than three points, when inertia does not
 * fall overall, or when the bend is weak (the peak stays under 0.1 of the normalized range) —
 * "no clear elbow" is an honest answer, not a failure.
 */
export function suggestK(ks: readonly number[], inertias: readonly number[]): KSuggestion {
  const m = Math.min(ks.length, inertias.length);
  if (m < 3)
    return { k: null, reason: 'No clear elbow: at least three values of k are needed to see a bend.' };
  const x0 = ks[0] as number;
  const x1 = ks[m - 1] as number;
  let yMax = -Infinity;
  let yMin = Infinity;
  for (let i = 0; i < m; i++) {
    yMax = Math.max(yMax, inertias[i] as number);
    yMin = Math.min(yMin, inertias[i] as number);
  }
  if (!(x1 > x0) || !(yMax > yMin) || !((inertias[0] as number) > (inertias[m - 1] as number))) {
    return { k: null, reason: 'No clear elbow: adding clusters does not reduce the spread within them.' };
  }
  let bestIndex = -1;
  let bestGap = -Infinity;
  for (let i = 0; i < m; i++) {
    const xn = ((ks[i] as number) - x0) / (x1 - x0);
    const yn = (yMax - (inertias[i] as number)) / (yMax - yMin);
    const gap = yn - xn;
    if (gap > bestGap) {
      bestGap = gap;
      bestIndex = i;
    }
  }
  if (bestGap < MIN_KNEE_STRENGTH || bestIndex === 0 || bestIndex === m - 1) {
    return {
      k: null,
      reason: 'No clear elbow: each extra cluster lowers the within-cluster spread by a similar amount.',
    };
  }
  const k = ks[bestIndex] as number;
  const before = drop(inertias, bestIndex);
  let after = 0;
  for (let i = bestIndex + 1; i < m; i++) after = Math.max(after, drop(inertias, i));
  return {
    k,
    reason:
      `Past k = ${k} each extra cluster lowers inertia by at most ${percent(after)}, ` +
      `against ${percent(before)} for the step to k = ${k}.`,
  };
}

/** Relative fall of inertia from index i - 1 to i (0 when the previous value is 0). */
function drop(inertias: readonly number[], i: number): number {
  const prev = inertias[i - 1] as number;
  return prev > 0 ? (prev - (inertias[i] as number)) / prev : 0;
}

function percent(f: number): string {
  return `${Math.round(f * 100)}%`;
}
