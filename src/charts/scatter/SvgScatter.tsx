import { useId, useMemo, useRef, useState } from 'react';
import type { JSX, KeyboardEvent } from 'react';
import { Axes } from '../shared/Axes';
import { THEME } from '../shared/theme';
import { announcement, describeRow, missingNote } from './describe';
import { centroidRadius, computeScatterLayout } from './layout';
import { ActiveRing, Centroids, IdLabels, PlotClip, clipIdFrom } from './Overlays';
import type { ClusterScatterProps } from './props';
import { ScatterMarker } from './ScatterMarker';
import { ScatterShell } from './ScatterShell';
import { ScatterTooltip } from './ScatterTooltip';
import { step, stepOrder } from './stepOrder';
import { useZoom } from './useZoom';

/**
 * The small-table renderer: every customer is an SVG marker with its id next to it where there is
 * room. Zooming re-runs the (pure) layout through the transform, so labels are re-placed for the
 * points in view.
 */
export function SvgScatter(props: ClusterScatterProps): JSX.Element {
  const { x, y, labels, ids, centroids, xLabel, yLabel, clusterNames, shapes = false } = props;
  const { width = 720, height = 480, svgRef, labelEvery = false } = props;
  const base = useMemo(
    () => computeScatterLayout({ x, y, labels, ids, centroids, clusterNames, width, height, labelEvery }),
    [x, y, labels, ids, centroids, clusterNames, width, height, labelEvery],
  );
  const plotRef = useRef<HTMLDivElement>(null);
  const { margin, innerWidth, innerHeight } = base;
  const zoom = useZoom(
    base,
    { width: innerWidth, height: innerHeight, left: margin.left, top: margin.top, drawingWidth: width },
    plotRef,
  );
  const t = zoom.transform;
  const zoomed = t.k !== 1 || t.x !== 0 || t.y !== 0;
  const layout = useMemo(
    () =>
      zoomed
        ? computeScatterLayout({
            x,
            y,
            labels,
            ids,
            centroids,
            clusterNames,
            width,
            height,
            transform: t,
            labelEvery,
          })
        : base,
    [zoomed, base, x, y, labels, ids, centroids, clusterNames, width, height, t, labelEvery],
  );
  const { radius } = layout; // grows with the zoom (zoomedRadius)
  const order = useMemo(() => stepOrder(layout.points), [layout.points]);
  const [activeRow, setActiveRow] = useState<number | null>(null);
  const current = activeRow === null ? null : (layout.points.find((p) => p.index === activeRow) ?? null);
  const titleId = useId();
  const clipId = clipIdFrom(useId());
  const note = missingNote(layout.skipped, xLabel, yLabel);
  const text = current === null ? null : describeRow(props, current.index);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') return setActiveRow(null);
    const next = step(order, current === null ? null : layout.points.indexOf(current), event.key);
    if (next === undefined) return;
    event.preventDefault(); // arrows would otherwise scroll the page
    setActiveRow(layout.points[next]?.index ?? null);
  };
  const domains = `${layout.xDomain.join(',')};${layout.yDomain.join(',')}`;

  return (
    <ScatterShell
      plotRef={plotRef}
      zoom={zoom}
      renderer="svg"
      domains={domains}
      ariaLabel={`${layout.summary} Use the arrow keys to read the customers one by one, + and − to zoom.`}
      announcement={text === null ? '' : announcement(text)}
      onKeyDown={onKeyDown}
      onLeave={() => setActiveRow(null)}
      legend={layout.legend}
      shapes={shapes}
      showCentroid={layout.centroids.length > 0}
      note={note}
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
          <PlotClip id={clipId} width={innerWidth} height={innerHeight} />
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
          <g clipPath={`url(#${clipId})`}>
            <g>
              {layout.points.map((p) => (
                <ScatterMarker
                  key={p.index}
                  point={p}
                  radius={radius}
                  shapes={shapes}
                  onHover={(hit) => setActiveRow(hit?.index ?? null)}
                />
              ))}
            </g>
            <IdLabels labels={layout.idLabels.map((l) => ({ key: l.index, x: l.x, y: l.y, text: l.text }))} />
            <Centroids centroids={layout.centroids} radius={centroidRadius(radius)} />
            {current !== null ? <ActiveRing cx={current.cx} cy={current.cy} r={radius + 4} /> : null}
          </g>
        </g>
      </svg>
      {current !== null && text !== null ? (
        <ScatterTooltip
          x={margin.left + current.cx}
          y={margin.top + current.cy}
          width={width}
          height={height}
          heading={text.heading}
          rows={text.rows}
        />
      ) : null}
    </ScatterShell>
  );
}
