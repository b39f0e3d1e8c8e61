/**
 * The steps every Lloyd loop is made of — assign, relocate empty clusters, move the centres, test
 * the stopping rules — in scikit-learn 1.2's semantics. The plain loop is nothing but these; the
 * kd-tree and bounds loops replace only the assignment and call the others, so every strategy
 * updates the centres, reseeds empty clusters and stops exactly as the plain loop does.
 */

/**
 * scikit-learn's two stopping rules, in its order: 'stable' when no label changed and no empty
 * cluster was reseeded (strict convergence: labels already match the centres), 'tol' when the summed
 * squared centre shift is at most tolAbs (a final assignment is then due), null to go on.
 */
export function stopRule(
  stable: boolean,
  relocated: boolean,
  shift: number,
  tolAbs: number,
): 'stable' | 'tol' | null {
  if (stable && !relocated) return 'stable';
  return shift <= tolAbs ? 'tol' : null;
}

/**
 * Moves every centre to its cluster's mean (a centre whose cluster is empty, which happens only when
 * no donor point exists, stays where it is) and returns the summed squared shift, the quantity
 * scikit-learn's tol is compared with. Every Lloyd variant updates through here, so they accumulate
 * the shift in the same order and reach the same tol verdict. `moved`, when given, receives each
 * centre's own squared shift (0 for an unmoved centre).
 */
export function moveCentres(
  centers: Float64Array,
  sums: Float64Array,
  counts: Float64Array,
  k: number,
  d: number,
  moved?: Float64Array,
): number {
  let shift = 0;
  for (let c = 0; c < k; c++) {
    const count = counts[c] as number;
    let own = 0;
    if (count > 0) {
      for (let j = 0; j < d; j++) {
        const value = (sums[c * d + j] as number) / count;
        const diff = value - (centers[c * d + j] as number);
        shift += diff * diff;
        own += diff * diff;
        centers[c * d + j] = value;
      }
    }
    if (moved !== undefined) moved[c] = own;
  }
  return shift;
}

/**
 * Assigns each point to its nearest centre (strictly smaller distance wins, so ties go to the lowest
 * index), records the squared distance, accumulates cluster sums and counts. Returns how many labels
 * changed.
 */
export function assign(
  x: Float64Array,
  n: number,
  d: number,
  centers: Float64Array,
  k: number,
  labels: Int32Array,
  dist: Float64Array,
  sums: Float64Array,
  counts: Float64Array,
): number {
  sums.fill(0);
  counts.fill(0);
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let best = 0;
    let bestD = Infinity;
    for (let c = 0; c < k; c++) {
      let s = 0;
      const co = c * d;
      for (let j = 0; j < d; j++) {
        const diff = (x[o + j] as number) - (centers[co + j] as number);
        s += diff * diff;
      }
      if (s < bestD) {
        bestD = s;
        best = c;
      }
    }
    dist[i] = bestD;
    if (labels[i] !== best) {
      changed++;
      labels[i] = best;
    }
    counts[best] = (counts[best] as number) + 1;
    const so = best * d;
    for (let j = 0; j < d; j++) sums[so + j] = (sums[so + j] as number) + (x[o + j] as number);
  }
  return changed;
}

/**
 * scikit-learn's `_relocate_empty_clusters_dense`: each empty cluster takes over one of the points
 * farthest from their centre (ties: lowest row), which leaves its old cluster's sum and count. Labels
 * are not changed, as in scikit-learn; the caller treats a relocation as "not converged". Returns
 * whether anything moved.
 */
export function relocateEmpty(
  x: Float64Array,
  n: number,
  d: number,
  k: number,
  labels: Int32Array,
  dist: Float64Array,
  sums: Float64Array,
  counts: Float64Array,
): boolean {
  let moved = false;
  for (let c = 0; c < k; c++) {
    if (counts[c] !== 0) continue;
    let far = -1;
    let farD = -1;
    for (let i = 0; i < n; i++) {
      const di = dist[i] as number;
      // A donor must keep a point, and each point is donated once (its dist is then set to -1).
      if (di > farD && (counts[labels[i] as number] as number) > 1) {
        farD = di;
        far = i;
      }
    }
    if (far < 0) continue;
    const old = labels[far] as number;
    for (let j = 0; j < d; j++) {
      const v = x[far * d + j] as number;
      sums[old * d + j] = (sums[old * d + j] as number) - v;
      sums[c * d + j] = v;
    }
    counts[old] = (counts[old] as number) - 1;
    counts[c] = 1;
    dist[far] = -1;
    moved = true;
  }
  return moved;
}
