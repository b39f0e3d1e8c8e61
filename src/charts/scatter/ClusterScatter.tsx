import { useId, useMemo } from 'react';
import type { JSX } from 'react';
import { Axes } from '../shared/Axes';
import { centroidPath, markerPath } from '../shared/markers';
import { FONT_FAMILY, THEME } from '../shared/theme';
import type { ScatterPoint } from './layout';
import { computeScatterLayout } from './layout';
import { Legend } from './Legend';

export interface ClusterScatterProps {
  /** Original units, one per table row; NaN for rows with a missing value (not drawn). */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Cluster per row, -1 = not clustered (drawn grey if x and y are finite). */
  readonly labels: Int32Array;
  /** Identifier per row, shown next to each point (text only, never markup). */
  readonly ids: readonly string[];
  /** k entries of [x, y], same units as x and y. */
  readonly centroids: readonly (readonly number[])[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** Legend names; default "Cluster 1".."Cluster k". */
  readonly clusterNames?: readonly string[];
  /** Drawing size in viewBox units; the svg always fills its container's width. */
  readonly width?: number;
  readonly height?: number;
  /**
   * Give each cluster its own marker shape as well as its colour (helps in greyscale print and for
   * colour-vision deficiencies). Off by default: points are then plain <circle> elements.
   */
  readonly shapes?: boolean;
}

/**
 * Customers on two features, coloured by cluster, each annotated with its id, centroids marked.
 * SVG throughout: fine for the few thousand rows this app targets; a canvas layer would be the next
 * step for tables far beyond that.
 */
export function ClusterScatter(props: ClusterScatterProps): JSX.Element {
  const { x, y, labels, ids, centroids, xLabel, yLabel, clusterNames, shapes = false } = props;
  const { width = 720, height = 480 } = props;
  // Callers typically rebuild the centroid array on every render (e.g. `.map(c => [c[0], c[1]])`);
  // comparing it by value keeps the layout (and label placement) from being recomputed each time.
  const centroidsKey = centroids.map((c) => c.join(',')).join(';');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately keyed by value, see above
  const stableCentroids = useMemo(() => centroids, [centroidsKey]);
  const layout = useMemo(
    () =>
      computeScatterLayout({ x, y, labels, ids, centroids: stableCentroids, clusterNames, width, height }),
    [x, y, labels, ids, stableCentroids, clusterNames, width, height],
  );
  const titleId = useId();
  const { margin, innerWidth, innerHeight, radius } = layout;
  const centroidRadius = Math.max(7, radius + 3);
  const note =
    layout.skipped > 0
      ? `${layout.skipped} row${layout.skipped === 1 ? '' : 's'} with a missing ${xLabel} or ${yLabel} not shown`
      : undefined;

  return (
    <figure data-testid="cluster-scatter-figure" style={{ margin: 0, fontFamily: FONT_FAMILY }}>
      <svg
        data-testid="cluster-scatter"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        style={{ display: 'block', width: '100%', height: 'auto' }}
      >
        <title id={titleId}>{`${layout.summary} x: ${xLabel}, y: ${yLabel}.`}</title>
        <rect width={width} height={height} fill={THEME.background} />
        <g transform={`translate(${margin.left},${margin.top})`}>
          <Axes
            innerWidth={innerWidth}
            innerHeight={innerHeight}
            margin={margin}
            xTicks={layout.xTicks}
            yTicks={layout.yTicks}
            xTitle={xLabel}
            yTitle={yLabel}
            verticalGrid
          />
          <g>
            {layout.points.map((p) => (
              <Point key={p.index} point={p} radius={radius} shapes={shapes} />
            ))}
          </g>
          <g
            fontSize={THEME.annotationFontSize}
            fill={THEME.text}
            pointerEvents="none"
            // White halo keeps ids legible where they cross gridlines or other markers.
            stroke={THEME.background}
            strokeWidth={2.5}
            strokeOpacity={0.85}
            paintOrder="stroke"
          >
            {layout.idLabels.map((l) => (
              <text key={l.index} data-testid="point-label" x={l.x} y={l.y} dy="0.32em">
                {l.text}
              </text>
            ))}
          </g>
          <g>
            {layout.centroids.map((c) => (
              <path
                key={c.label}
                data-testid="centroid"
                data-label={c.label}
                d={centroidPath(centroidRadius)}
                transform={`translate(${c.cx},${c.cy})`}
                fill={c.color}
                stroke={THEME.ink}
                strokeWidth={1.5}
                strokeLinejoin="round"
              >
                <title>{c.title}</title>
              </path>
            ))}
          </g>
        </g>
      </svg>
      <Legend
        entries={layout.legend}
        shapes={shapes}
        showCentroid={layout.centroids.length > 0}
        note={note}
      />
    </figure>
  );
}

function Point({
  point: p,
  radius,
  shapes,
}: {
  point: ScatterPoint;
  radius: number;
  shapes: boolean;
}): JSX.Element {
  const common = {
    'data-testid': 'point',
    'data-label': p.label,
    fill: p.color,
    // Unclustered rows are context, not data of interest: keep them quieter than the clusters.
    fillOpacity: p.label < 0 ? 0.55 : 0.85,
    stroke: THEME.background,
    strokeWidth: 0.75,
  };
  const title = <title>{p.title}</title>;
  if (!shapes || p.shape === 'circle') {
    return (
      <circle {...common} cx={p.cx} cy={p.cy} r={radius}>
        {title}
      </circle>
    );
  }
  return (
    <path {...common} d={markerPath(p.shape, radius)} transform={`translate(${p.cx},${p.cy})`}>
      {title}
    </path>
  );
}
