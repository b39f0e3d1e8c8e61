import { useDeferredValue, useMemo } from 'react';
import type { JSX } from 'react';
import { CanvasScatter, ScatterPending } from './CanvasScatter';
import type { ClusterScatterProps } from './props';
import { SvgScatter } from './SvgScatter';

export type { ClusterScatterProps } from './props';
export type { IdLookup } from './idLookup';

/**
 * Up to this many drawn points every customer is an SVG element with its id beside it; above it the
 * points go to a canvas (thousands of DOM nodes make every re-render and hover slow, and a million
 * would not fit in memory), with ids for a thinned subset.
 */
export const SVG_POINT_LIMIT = 5_000;

/**
 * Whether more than `limit` rows have both coordinates finite (the points that would be drawn).
 * Stops at the first `limit + 1` found, so deciding that a million rows go to the canvas does not
 * take a pass over them.
 */
export function moreDrawnThan(x: Float64Array, y: Float64Array, limit: number): boolean {
  const n = Math.min(x.length, y.length);
  let drawn = 0;
  for (let i = 0; i < n && drawn <= limit; i++) {
    const vx = x[i] as number;
    const vy = y[i] as number;
    if (vx - vx === 0 && vy - vy === 0) drawn++;
  }
  return drawn > limit;
}

/**
 * Customers on two features, coloured by cluster, centroids marked, with zoom and pan (wheel, drag,
 * "+"/"−" buttons and keys). Hover a point, or focus the chart and use the arrow keys, for a tooltip
 * with the row (announced to screen readers too). SVG with every id for small tables, a canvas with
 * thinned ids above SVG_POINT_LIMIT points.
 */
export function ClusterScatter(props: ClusterScatterProps): JSX.Element {
  const { x, y, centroids } = props;
  // Callers typically rebuild the centroid array on every render (e.g. `.map(c => [c[0], c[1]])`);
  // comparing it by value keeps the layout (and label placement) from being recomputed each time.
  const centroidsKey = centroids.map((c) => c.join(',')).join(';');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately keyed by value, see above
  const stableCentroids = useMemo(() => centroids, [centroidsKey]);
  const big = useMemo(() => moreDrawnThan(x, y, SVG_POINT_LIMIT), [x, y]);
  // A big scatter mounts in a render of its own (a deferred one, in a later task), so the rest of the
  // results page paints first and neither render blocks the page for long.
  const mounted = useDeferredValue(true, false);
  if (big && !mounted) {
    return <ScatterPending width={props.width} height={props.height} />;
  }
  return big ? (
    <CanvasScatter {...props} centroids={stableCentroids} />
  ) : (
    <SvgScatter {...props} centroids={stableCentroids} />
  );
}
