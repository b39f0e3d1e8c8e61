import { useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { JSX, KeyboardEvent, PointerEvent } from 'react';
import { clusterColor, clusterName } from '../palette';
import { Axes } from '../shared/Axes';
import { linearTicks, tickCountFor } from '../shared/axisModel';
import { carrying } from '../../core/schedule/sliced';
import { THEME } from '../shared/theme';
import { runSliced, useSliced } from '../shared/useSliced';
import { baseCoordsSteps, type BaseCoords } from './baseCoords';
import { announcement, centroidTitle, describeRow, missingNote, scatterSummary } from './describe';
import { extentsSteps, frameFromExtents, type ScatterFrame } from './frame';
import { buildGridIndex, nearestPoint, type GridIndex } from './gridIndex';
import { centroidRadius, markerRadius, zoomedRadius } from './layout';
import { legendEntries, legendFromCounts } from './legendEntries';
import { ActiveRing, Centroids, IdLabels, PlotClip, clipIdFrom } from './Overlays';
import { PointsCanvas } from './PointsCanvas';
import type { PointsLayer } from './pointsLayer';
import type { ClusterScatterProps } from './props';
import { ScatterShell } from './ScatterShell';
import { ScatterTooltip } from './ScatterTooltip';
import { step } from './stepOrder';
import type { RowLabel } from './thinLabels';
import { thinLabelsSteps } from './thinLabels';
import { useZoom } from './useZoom';
import { rescaled, transformKey } from './zoom';

/** Labels wait for the view to rest this long: recomputing on every wheel tick would be wasted work. */
const LABEL_DELAY_MS = 90;
const NO_CENTROIDS: readonly (readonly number[])[] = [];
/** Hover picks the nearest point within this many plot pixels. */
const HOVER_REACH = 12;

/**
 * The large-table renderer: points in a canvas (PointsCanvas), everything else in SVG. Ids are
 * shown for a thinned, non-overlapping subset of the points in view; hover finds the nearest point
 * through a grid index, and the arrow keys walk the labelled points in view.
 *
 * The passes over every row (the points' extents, then their plot positions) run a slice at a time
 * (see useSliced): at a million rows each is tens of milliseconds, too long for one main-thread task.
 * Until they are done a note holds the place; after a resize the previous drawing stays meanwhile.
 */
export function CanvasScatter(props: ClusterScatterProps): JSX.Element {
  const { x, y, width = 720, height = 480 } = props;
  const rows = Math.min(x.length, y.length);
  const found = useSliced(
    useCallback(() => carrying({ x, y }, extentsSteps(x, y)), [x, y]),
    rows,
  );
  const extents = found?.x === x && found.y === y ? found.value : undefined;
  // The frame leaves the centroids out: they are means of the points, so inside the points' box, and a
  // frame that does not change with k keeps every per-point array below it (a million entries each)
  // from being rebuilt on each move of the k slider.
  const frame = useMemo(
    () =>
      extents === undefined ? null : frameFromExtents(extents, { centroids: NO_CENTROIDS, width, height }),
    [extents, width, height],
  );
  const placed = useSliced(
    useMemo(
      () =>
        frame === null
          ? null
          : () => carrying({ x, y, frame }, baseCoordsSteps(x, y, frame.xScale, frame.yScale)),
      [x, y, frame],
    ),
    rows,
  );
  if (placed === undefined || placed.x !== x || placed.y !== y) {
    return <ScatterPending width={width} height={height} drawn={extents?.drawn} />;
  }
  const shown = placed.frame;
  return (
    <CanvasScatterView
      {...props}
      width={shown.width}
      height={shown.height}
      frame={shown}
      base={placed.value}
    />
  );
}

/** Holds the chart's place (same shape) while the points are worked out. */
export function ScatterPending(props: {
  readonly width?: number;
  readonly height?: number;
  /** How many points will be drawn, once known. */
  readonly drawn?: number;
}): JSX.Element {
  const { width = 720, height = 480, drawn } = props;
  return (
    <p className="scatter__pending" style={{ aspectRatio: `${width} / ${height}` }}>
      {drawn === undefined ? 'Drawing the customers…' : `Drawing ${drawn.toLocaleString()} customers…`}
    </p>
  );
}

function CanvasScatterView(
  props: ClusterScatterProps & { readonly frame: ScatterFrame; readonly base: BaseCoords },
): JSX.Element {
  const { x, y, labels, ids, centroids, xLabel, yLabel, clusterNames, labelCounts } = props;
  const { width = 720, height = 480, svgRef, frame, base } = props;
  const { margin, innerWidth, innerHeight } = frame;
  // Built on the first hover, not with the chart: at a million points it is tens of milliseconds that
  // the first paint should not wait for, and a reader who never hovers never pays it.
  const indexRef = useRef<{ base: typeof base; index: GridIndex } | null>(null);
  const gridIndex = (): GridIndex => {
    if (indexRef.current?.base !== base) {
      indexRef.current = { base, index: buildGridIndex(base.px, base.py, innerWidth, innerHeight) };
    }
    return indexRef.current.index;
  };
  const legend = useMemo(() => {
    const name = (l: number): string => clusterName(l, clusterNames);
    return labelCounts === undefined
      ? legendEntries(labels, centroids.length, name)
      : legendFromCounts(labelCounts, centroids.length, name);
  }, [labels, labelCounts, centroids.length, clusterNames]);
  const plotRef = useRef<HTMLDivElement>(null);
  const zoom = useZoom(
    frame,
    { width: innerWidth, height: innerHeight, left: margin.left, top: margin.top, drawingWidth: width },
    plotRef,
  );
  const t = zoom.transform;
  const radius = zoomedRadius(markerRadius(frame.drawn), t.k);
  const scales = rescaled(t, frame.xScale, frame.yScale);
  const xTicks = linearTicks(scales.x, tickCountFor(innerWidth, 80));
  const yTicks = linearTicks(scales.y, tickCountFor(innerHeight, 50));

  const [thinned, setThinned] = useState<{ base: unknown; view: string; labels: RowLabel[] } | null>(null);
  useEffect(() => {
    let cancel = (): void => undefined;
    const timer = setTimeout(() => {
      const view = { k: t.k, tx: t.x, ty: t.y, width: innerWidth, height: innerHeight, radius };
      // A slice at a time: before every cell has its label, the scan may visit every row.
      cancel = runSliced(thinLabelsSteps({ px: base.px, py: base.py, ids, ...view }), (labels) =>
        setThinned({ base, view: transformKey(t), labels }),
      );
    }, LABEL_DELAY_MS);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [base, ids, t, innerWidth, innerHeight, radius]);
  const rowLabels = thinned !== null && thinned.base === base ? thinned.labels : [];

  const at = (row: number): [number, number] => [
    (base.px[row] ?? NaN) * t.k + t.x,
    (base.py[row] ?? NaN) * t.k + t.y,
  ];
  const [activeRow, setActiveRow] = useState<number | null>(null);
  const active = activeRow !== null && activeRow < base.px.length ? activeRow : null;
  const [ax, ay] = active === null ? [NaN, NaN] : at(active);
  const activeInView = ax >= 0 && ax <= innerWidth && ay >= 0 && ay <= innerHeight;

  const onHover = (event: PointerEvent<HTMLDivElement>): void => {
    const [qx, qy] = zoom.toPlot(event.currentTarget, event.clientX, event.clientY);
    const row = nearestPoint(gridIndex(), (qx - t.x) / t.k, (qy - t.y) / t.k, HOVER_REACH / t.k);
    setActiveRow(row < 0 ? null : row);
  };
  // Keyboard: the labelled points in view, left to right (a million single steps would help no one).
  const stepRows = rowLabels.map((l) => l.row).sort((a, b) => (base.px[a] ?? 0) - (base.px[b] ?? 0) || a - b);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') return setActiveRow(null);
    const pos = active === null ? -1 : stepRows.indexOf(active);
    const next = step(
      stepRows.map((_, i) => i),
      pos < 0 ? null : pos,
      event.key,
    );
    if (next === undefined) return;
    event.preventDefault();
    setActiveRow(stepRows[next] ?? null);
  };

  const text = active === null ? null : describeRow(props, active);
  const marks = centroids
    .map((c, label) => ({ label, vx: c[0] ?? NaN, vy: c[1] ?? NaN }))
    .filter((c) => Number.isFinite(c.vx) && Number.isFinite(c.vy))
    .map((c) => ({
      label: c.label,
      cx: scales.x(c.vx),
      cy: scales.y(c.vy),
      color: clusterColor(c.label),
      title: centroidTitle(c.label, c.vx, c.vy, clusterNames),
    }));
  const skipped = Math.min(x.length, y.length) - frame.drawn;
  const k = legend.filter((e) => e.label >= 0).length;
  const summary = scatterSummary(frame.drawn, k, skipped);
  const titleId = useId();
  const clipId = clipIdFrom(useId());
  // Export: the canvas is not in the serialized <svg>, so the export asks for the points afresh.
  const underlayRef = useRef<SVGSVGElement>(null);
  const pointsPngRef = useRef<((pixelRatio: number) => string | null) | null>(null);
  useImperativeHandle(
    props.pointsLayerRef,
    (): PointsLayer => ({
      underlay: underlayRef.current,
      raster: (pixelRatio) => {
        const href = pointsPngRef.current?.(pixelRatio) ?? null;
        if (href === null) return null;
        return { href, x: margin.left, y: margin.top, width: innerWidth, height: innerHeight };
      },
    }),
    [margin.left, margin.top, innerWidth, innerHeight],
  );
  const svgStyle = { display: 'block', width: '100%', height: 'auto' } as const;

  return (
    <ScatterShell
      plotRef={plotRef}
      zoom={zoom}
      renderer="canvas"
      domains={`${scales.x.domain().join(',')};${scales.y.domain().join(',')}`}
      ariaLabel={`${summary} Use the arrow keys to read the labelled customers in view, + and − to zoom.`}
      announcement={text === null ? '' : announcement(text)}
      onKeyDown={onKeyDown}
      onHover={onHover}
      onLeave={() => setActiveRow(null)}
      legend={legend}
      shapes={false}
      showCentroid={marks.length > 0}
      note={missingNote(skipped, xLabel, yLabel)}
    >
      {/* Background and gridlines under the points; ticks, ids and centroids over them. */}
      <svg ref={underlayRef} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" style={svgStyle}>
        <rect width={width} height={height} fill={THEME.background} className="chart-bg" />
        <g transform={`translate(${margin.left},${margin.top})`}>
          <Axes
            {...{ innerWidth, innerHeight, margin, xTicks, yTicks }}
            xTitle=""
            yTitle=""
            verticalGrid
            layer="grid"
          />
        </g>
      </svg>
      <PointsCanvas
        {...{
          px: base.px,
          py: base.py,
          labels,
          transform: t,
          radius,
          innerWidth,
          innerHeight,
          width,
          height,
        }}
        left={margin.left}
        top={margin.top}
        exportRef={pointsPngRef}
      />
      <svg
        ref={svgRef}
        data-testid="cluster-scatter"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        style={{ ...svgStyle, position: 'absolute', inset: 0, height: '100%' }}
      >
        <title id={titleId}>{`${summary} x: ${xLabel}, y: ${yLabel}.`}</title>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <PlotClip id={clipId} width={innerWidth} height={innerHeight} />
          <Axes
            {...{ innerWidth, innerHeight, margin, xTicks, yTicks }}
            xTitle={xLabel}
            yTitle={yLabel}
            layer="axes"
          />
          <g clipPath={`url(#${clipId})`}>
            {/* Empty on screen (the canvas is under this svg); an export puts the points' image here. */}
            <g data-export="points" />
            <IdLabels
              view={thinned?.view}
              labels={rowLabels.map((l) => {
                const [lx, ly] = at(l.row);
                return { key: l.row, x: lx + l.dx, y: ly + l.dy, text: l.text };
              })}
            />
            <Centroids centroids={marks} radius={centroidRadius(radius)} />
            {active !== null && activeInView ? <ActiveRing cx={ax} cy={ay} r={radius + 4} /> : null}
          </g>
        </g>
      </svg>
      {text !== null && activeInView ? (
        <ScatterTooltip
          x={margin.left + ax}
          y={margin.top + ay}
          width={width}
          height={height}
          heading={text.heading}
          rows={text.rows}
        />
      ) : null}
    </ScatterShell>
  );
}
