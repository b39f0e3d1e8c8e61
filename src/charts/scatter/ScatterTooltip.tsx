import type { JSX } from 'react';
import type { ScatterLayout, ScatterPoint } from './layout';

export type TooltipRows = readonly (readonly [label: string, value: string])[];

export interface ScatterTooltipProps {
  readonly point: ScatterPoint;
  readonly layout: ScatterLayout;
  readonly heading: string;
  readonly rows: TooltipRows;
}

/**
 * HTML tooltip over the plot, placed in percentages of the drawing so it follows the responsive SVG
 * without measuring anything. It opens to the left/top of the point when the point is in the right
 * half/lower half, so it stays inside the chart. Text only: values come from the user's file.
 */
export function ScatterTooltip({ point, layout, heading, rows }: ScatterTooltipProps): JSX.Element {
  const left = ((layout.margin.left + point.cx) / layout.width) * 100;
  const top = ((layout.margin.top + point.cy) / layout.height) * 100;
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
