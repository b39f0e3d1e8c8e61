import type { JSX } from 'react';

export type TooltipRows = readonly (readonly [label: string, value: string])[];

export interface ScatterTooltipProps {
  /** The point, in drawing (viewBox) units including the margins. */
  readonly x: number;
  readonly y: number;
  /** The drawing's size in the same units. */
  readonly width: number;
  readonly height: number;
  readonly heading: string;
  readonly rows: TooltipRows;
}

/**
 * HTML tooltip over the plot, placed in percentages of the drawing so it follows the responsive SVG
 * without measuring anything. It opens to the left/top of the point when the point is in the right
 * half/lower half, so it stays inside the chart. Text only: values come from the user's file.
 */
export function ScatterTooltip({ x, y, width, height, heading, rows }: ScatterTooltipProps): JSX.Element {
  // Clamped: a keyboard-stepped point may lie outside a zoomed view.
  const left = Math.min(100, Math.max(0, (x / width) * 100));
  const top = Math.min(100, Math.max(0, (y / height) * 100));
  const dx = left > 55 ? 'calc(-100% - 12px)' : '12px';
  const dy = top > 55 ? 'calc(-100% - 8px)' : '8px';
  return (
    <div
      className="tooltip"
      data-testid="scatter-tooltip"
      aria-hidden="true"
      style={{ left: `${left}%`, top: `${top}%`, transform: `translate(${dx}, ${dy})` }}
    >
      <p className="tooltip__heading">{heading}</p>
      <dl className="tooltip__rows">
        {rows.map(([label, value]) => (
          <div key={label} className="tooltip__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
