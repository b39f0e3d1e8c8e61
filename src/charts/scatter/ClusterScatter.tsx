import { useId, useMemo, useState } from 'react';
import type { JSX, KeyboardEvent, Ref } from 'react';
import { clusterName } from '../palette';
import { Axes } from '../shared/Axes';
import { centroidPath } from '../shared/markers';
import { FONT_FAMILY, THEME } from '../shared/theme';
import type { ScatterPoint } from './layout';
import { computeScatterLayout } from './layout';
import { Legend } from './Legend';
import { ScatterMarker } from './ScatterMarker';
import type { TooltipRows } from './ScatterTooltip';
import { ScatterTooltip } from './ScatterTooltip';
import { step, stepOrder } from './stepOrder';
import { formatValue } from '../shared/format';

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
  /** Extra tooltip lines for a table row (e.g. every numeric column); default: x and y. */
  readonly details?: (row: number) => TooltipRows;
  /** The <svg> element, for exporting the chart as an image. */
  readonly svgRef?: Ref<SVGSVGElement>;
}

/**
 * Customers on two features, coloured by cluster, each annotated with its id where there is room,
 * centroids marked. Hover a point, or focus the chart and use the arrow keys, for a tooltip with the
 * row (announced to screen readers too). SVG throughout: fine for the few thousand rows this app
 * targets; a canvas layer would be the next step for tables far beyond that.
 */
export function ClusterScatter(props: ClusterScatterProps): JSX.Element {
  const { x, y, labels, ids, centroids, xLabel, yLabel, clusterNames, shapes = false, details } = props;
  const { width = 720, height = 480, svgRef } = props;
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
  const order = useMemo(() => stepOrder(layout.points), [layout.points]);
  const [active, setActive] = useState<ScatterPoint | null>(null);
  // A point from an older layout (k changed under the pointer) is dropped rather than shown stale.
  const current = active !== null && layout.points.includes(active) ? active : null;
  const titleId = useId();
  const { margin, innerWidth, innerHeight, radius } = layout;
  const centroidRadius = Math.max(7, radius + 3);
  const note =
    layout.skipped > 0
      ? `${layout.skipped} row${layout.skipped === 1 ? '' : 's'} with a missing ${xLabel} or ${yLabel} not shown`
      : undefined;

  const rowsFor = (p: ScatterPoint): TooltipRows =>
    details?.(p.index) ?? [
      [xLabel, formatValue(p.vx)],
      [yLabel, formatValue(p.vy)],
    ];
  const headingFor = (p: ScatterPoint): string => `ID ${p.id} · ${clusterName(p.label, clusterNames)}`;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') return setActive(null);
    const next = step(order, current === null ? null : layout.points.indexOf(current), event.key);
    if (next === undefined) return;
    event.preventDefault(); // arrows would otherwise scroll the page
    setActive(layout.points[next] ?? null);
  };

  return (
    <figure data-testid="cluster-scatter-figure" style={{ margin: 0, fontFamily: FONT_FAMILY }}>
      <div
        className="scatter__plot"
        tabIndex={0}
        role="group"
        aria-label={`${layout.summary} Use the arrow keys to read the customers one by one.`}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
      >
        <svg
          ref={svgRef}
          data-testid="cluster-scatter"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={titleId}
          style={{ display: 'block', width: '100%', height: 'auto' }}
        >
          <title id={titleId}>{`${layout.summary} x: ${xLabel}, y: ${yLabel}.`}</title>
          <rect width={width} height={height} fill={THEME.background} className="chart-bg" />
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
                <ScatterMarker key={p.index} point={p} radius={radius} shapes={shapes} onHover={setActive} />
              ))}
            </g>
            <g
              fontSize={THEME.annotationFontSize}
              fill={THEME.text}
              className="chart-label"
              pointerEvents="none"
              // A halo in the background colour keeps ids legible where they cross gridlines or markers.
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
                  className={`chart-ink-stroke cluster-${c.label % 10}`}
                  stroke={THEME.ink}
                  strokeWidth={1.5}
                  strokeLinejoin="round"
                >
                  <title>{c.title}</title>
                </path>
              ))}
            </g>
            {current !== null ? (
              <circle
                data-testid="active-point"
                cx={current.cx}
                cy={current.cy}
                r={radius + 4}
                fill="none"
                stroke={THEME.ink}
                className="chart-ink-stroke"
                strokeWidth={2}
                pointerEvents="none"
              />
            ) : null}
          </g>
        </svg>
        {current !== null ? (
          <ScatterTooltip
            point={current}
            layout={layout}
            heading={headingFor(current)}
            rows={rowsFor(current)}
          />
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="scatter-announcer">
        {current === null
          ? ''
          : `${headingFor(current)}. ${rowsFor(current)
              .map(([label, value]) => `${label}: ${value}`)
              .join(', ')}.`}
      </p>
      <Legend
        entries={layout.legend}
        shapes={shapes}
        showCentroid={layout.centroids.length > 0}
        note={note}
      />
    </figure>
  );
}
