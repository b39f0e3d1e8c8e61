import type { SeedingRun } from './seedingRun';

/**
 * Statistics of box v when all its D^2 are distances to centre c: the box corners nearest and
 * farthest from c bound every D^2 in it (minC, maxC), and the centred second moment gives their
 * total (potC) without visiting a point. Marks c as the box's capturer.
 */
export function boundBoxTo(run: SeedingRun, v: number, c: number): void {
  const { d, centres } = run;
  const { lo, hi, bmin, bmax, sum, m2 } = run.tree;
  const { maxC, minC, potC, capturer } = run.scratch;
  let near = 0;
  let far = 0;
  let spread = 0;
  const count = (hi[v] as number) - (lo[v] as number);
  for (let j = 0; j < d; j++) {
    const z = centres[c * d + j] as number;
    const a = bmin[v * d + j] as number;
    const b = bmax[v * d + j] as number;
    const gap = z < a ? a - z : z > b ? z - b : 0;
    near += gap * gap;
    const reach = Math.max(z - a, b - z);
    far += reach * reach;
    spread += ((sum[v * d + j] as number) / count - z) ** 2;
  }
  maxC[v] = far;
  minC[v] = near;
  potC[v] = (m2[v] as number) + count * spread;
  capturer[v] = c;
}

/**
 * Rows of the first centre's D^2 summed per row block, from the blocks' moments
 * (sum |x|^2 - 2 c . sum x + m |c|^2) rather than a pass over the points; and the root bounded to it.
 */
export function startFromFirstCentre(run: SeedingRun): void {
  const { d, centres } = run;
  const { blockSum, blockS1, blockS2, blockCount } = run.scratch;
  let cc = 0;
  for (let j = 0; j < d; j++) cc += (centres[j] as number) ** 2;
  for (let b = 0; b < blockSum.length; b++) {
    let dot = 0;
    for (let j = 0; j < d; j++) dot += (centres[j] as number) * (blockS1[b * d + j] as number);
    blockSum[b] = Math.max(0, (blockS2[b] as number) - 2 * dot + (blockCount[b] as number) * cc);
  }
  boundBoxTo(run, 0, 0);
}
