import type { ScatterPoint } from './layout';

/**
 * Keyboard reading order of the points: left to right, then bottom to top, so arrow keys walk the
 * cloud the way the eye scans the x axis. Returns positions in `points`.
 */
export function stepOrder(points: readonly ScatterPoint[]): number[] {
  return points
    .map((_, j) => j)
    .sort((a, b) => {
      const pa = points[a] as ScatterPoint;
      const pb = points[b] as ScatterPoint;
      return pa.cx - pb.cx || pb.cy - pa.cy || pa.index - pb.index;
    });
}

/** Next position in the reading order for a key, or undefined when the key does not move. */
export function step(order: readonly number[], current: number | null, key: string): number | undefined {
  if (order.length === 0) return undefined;
  const at = current === null ? -1 : order.indexOf(current);
  const last = order.length - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return order[at < 0 ? 0 : Math.min(last, at + 1)];
    case 'ArrowLeft':
    case 'ArrowDown':
      return order[at < 0 ? 0 : Math.max(0, at - 1)];
    case 'Home':
      return order[0];
    case 'End':
      return order[last];
    default:
      return undefined;
  }
}
