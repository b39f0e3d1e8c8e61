import { useId, useMemo, useState } from 'react';
import type { JSX, Ref } from 'react';
import { Axes } from '../shared/Axes';
import { FONT_FAMILY, THEME } from '../shared/theme';
import { Dot } from './ElbowDot';
import type { ElbowPoint } from './layout';
import { ELBOW_X_TITLE, ELBOW_Y_TITLE, computeElbowLayout } from './layout';

export type { ElbowPoint } from './layout';

export interface ElbowChartProps {
  readonly points: readonly ElbowPoint[];
  readonly suggestedK: number | null;
  readonly selectedK: number;
  readonly onSelectK?: (k: number) => void;
  /** Drawing size in viewBox units; the svg itself always fills its container's width. */
  readonly width?: number;
  readonly height?: number;
  /** The <svg> element, for exporting the chart as an image. */
  readonly svgRef?: Ref<SVGSVGElement>;
}

/**
 * Inertia against k, with the suggested elbow ringed and the chosen k highlighted. When onSelectK is
 * given every dot is a button (click, Enter or Space); the svg then has role "group" rather than
 * "img", because an img role would hide those buttons from assistive technology.
 */
export function ElbowChart(props: ElbowChartProps): JSX.Element {
  const { points, suggestedK, selectedK, onSelectK, width = 640, height = 360, svgRef } = props;
  const layout = useMemo(
    () => computeElbowLayout({ points, suggestedK, selectedK, width, height }),
    [points, suggestedK, selectedK, width, height],
  );
  const titleId = useId();
  // Focus ring drawn by us: browsers' default outline on SVG shapes is inconsistent (often a box).
  const [focusedK, setFocusedK] = useState<number | null>(null);
  const { margin, innerWidth, innerHeight, suggested, selected } = layout;
  const interactive = onSelectK !== undefined;

  return (
    <svg
      ref={svgRef}
      data-testid="elbow-chart"
      viewBox={`0 0 ${width} ${height}`}
      role={interactive ? 'group' : 'img'}
      aria-labelledby={titleId}
      style={{ display: 'block', width: '100%', height: 'auto', fontFamily: FONT_FAMILY }}
    >
      <title id={titleId}>{layout.summary}</title>
      <rect width={width} height={height} fill={THEME.background} className="chart-bg" />
      <g transform={`translate(${margin.left},${margin.top})`}>
        <Axes
          innerWidth={innerWidth}
          innerHeight={innerHeight}
          margin={margin}
          xTicks={layout.xTicks}
          yTicks={layout.yTicks}
          xTitle={ELBOW_X_TITLE}
          yTitle={ELBOW_Y_TITLE}
        />
        {layout.dots.length === 0 ? (
          <text
            x={innerWidth / 2}
            y={innerHeight / 2}
            textAnchor="middle"
            fill={THEME.muted}
            className="chart-muted"
            fontSize={THEME.axisTitleFontSize}
          >
            Run the clustering to see the elbow curve.
          </text>
        ) : null}
        {selected ? (
          <line
            x1={selected.cx}
            x2={selected.cx}
            y1={selected.cy}
            y2={innerHeight}
            stroke={THEME.accent}
            className="chart-accent-stroke"
            strokeOpacity={0.45}
            strokeDasharray="3 3"
            aria-hidden="true"
          />
        ) : null}
        <path
          d={layout.path}
          fill="none"
          stroke={THEME.accent}
          className="chart-accent-stroke"
          strokeWidth={2}
          strokeLinejoin="round"
          aria-hidden="true"
        />
        {suggested ? (
          <g aria-hidden="true" pointerEvents="none" data-testid="elbow-suggested">
            <circle
              cx={suggested.cx}
              cy={suggested.cy}
              r={11}
              fill="none"
              stroke={THEME.highlight}
              className="chart-highlight-stroke"
              strokeWidth={2}
            />
            <text
              x={suggested.textX}
              y={suggested.textY}
              textAnchor={suggested.anchor}
              fontSize={THEME.axisTitleFontSize}
              fontWeight={600}
              fill={THEME.highlight}
              className="chart-highlight-text"
              paintOrder="stroke"
              stroke={THEME.background}
              strokeWidth={3}
            >
              {suggested.text}
            </text>
          </g>
        ) : null}
        {layout.dots.map((d) => (
          <Dot
            key={d.k}
            dot={d}
            selected={d.k === selectedK}
            focused={d.k === focusedK}
            onSelect={onSelectK}
            onFocusChange={setFocusedK}
          />
        ))}
      </g>
    </svg>
  );
}
