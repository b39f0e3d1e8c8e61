import type { JSX } from 'react';
import type { Margin, Tick } from './axisModel';
import { THEME } from './theme';

export interface AxesProps {
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly margin: Margin;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly xTitle: string;
  readonly yTitle: string;
  /** Vertical gridlines help read x in a scatter; in the elbow chart they only add noise. */
  readonly verticalGrid?: boolean;
  /**
   * Which part to draw: everything (default), only the gridlines (drawn under a canvas of points),
   * or everything but the gridlines (drawn over it, so tick labels stay on top).
   */
  readonly layer?: 'all' | 'grid' | 'axes';
}

/**
 * Gridlines, tick labels and axis titles, drawn inside the plot-area group (origin = top-left of the
 * plot). Purely presentational: every position comes from a layout model. Titles are plain text
 * nodes, so column names from user files can never become markup.
 */
export function Axes(props: AxesProps): JSX.Element {
  const { innerWidth: w, innerHeight: h, xTicks, yTicks, verticalGrid } = props;
  const grid = props.layer !== 'axes';
  const axes = props.layer !== 'grid';
  return (
    <g aria-hidden="true" fontSize={THEME.tickFontSize} fill={THEME.muted} className="chart-muted">
      {yTicks.map((t) => (
        <g key={`y${t.value}`} transform={`translate(0,${t.pos})`}>
          {grid ? (
            <line x2={w} stroke={THEME.grid} className="chart-grid" shapeRendering="crispEdges" />
          ) : null}
          {axes ? (
            <text x={-8} dy="0.32em" textAnchor="end">
              {t.label}
            </text>
          ) : null}
        </g>
      ))}
      {xTicks.map((t) => (
        <g key={`x${t.value}`} transform={`translate(${t.pos},0)`}>
          {verticalGrid && grid ? (
            <line y2={h} stroke={THEME.grid} className="chart-grid" shapeRendering="crispEdges" />
          ) : null}
          {axes ? <line y1={h} y2={h + 5} stroke={THEME.axis} className="chart-axis" /> : null}
          {axes ? (
            <text y={h + 8} dy="0.71em" textAnchor="middle">
              {t.label}
            </text>
          ) : null}
        </g>
      ))}
      {axes ? <AxisTitles {...props} /> : null}
    </g>
  );
}

function AxisTitles(props: AxesProps): JSX.Element {
  const { innerWidth: w, innerHeight: h, margin, xTitle, yTitle } = props;
  return (
    <>
      <line y1={h} x2={w} y2={h} stroke={THEME.axis} className="chart-axis" shapeRendering="crispEdges" />
      <text
        x={w / 2}
        y={h + margin.bottom - 10}
        textAnchor="middle"
        fontSize={THEME.axisTitleFontSize}
        fontWeight={500}
        fill={THEME.text}
        className="chart-text"
      >
        {xTitle}
      </text>
      <text
        transform={`translate(${-margin.left + 14},${h / 2}) rotate(-90)`}
        textAnchor="middle"
        dy="0.32em"
        fontSize={THEME.axisTitleFontSize}
        fontWeight={500}
        fill={THEME.text}
        className="chart-text"
      >
        {yTitle}
      </text>
    </>
  );
}
