import { useDeferredValue, useMemo } from 'react';
import type { JSX } from 'react';
import { CanvasScatter } from './CanvasScatter';
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

/** Rows with both coordinates finite: the points that would be drawn. */
export function countDrawn(x: Float64Array, y: Float64Array): number {
  const n = Math.min(x.length, y.length);
  let drawn = 0;
  for (let i = 0; i < n; i++) {
    const vx = x[i] as number;
    const vy = y[i] as number;
    if (vx - vx === 0 && vy - vy === 0) drawn++;
  }
  return drawn;
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
  const drawn = useMemo(() => countDrawn(x, y), [x, y]);
  // A big scatter mounts in a render of its own (a deferred one, in a later task), so the rest of the
  // results page paints first and neither render blocks the page for long.
  const mounted = useDeferredValue(true, false);
  if (drawn > SVG_POINT_LIMIT && !mounted) {
    return <p className="scatter__pending">Drawing {drawn.toLocaleString()} customers…</p>;
  }
  return drawn > SVG_POINT_LIMIT ? (
    <CanvasScatter {...props} centroids={stableCentroids} />
  ) : (
    <SvgScatter {...props} centroids={stableCentroids} />
  );
}
