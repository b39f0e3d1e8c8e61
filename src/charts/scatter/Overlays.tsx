import type { JSX } from 'react';
import { centroidPath } from '../shared/markers';
import { THEME } from '../shared/theme';

/** A centroid as drawn: plot-area position, colour and its native tooltip. */
export interface CentroidMark {
  readonly label: number;
  readonly cx: number;
  readonly cy: number;
  readonly color: string;
  readonly title: string;
}

/** The k centroid crosses, over the points (SVG and canvas path alike). */
export function Centroids(props: {
  readonly centroids: readonly CentroidMark[];
  readonly radius: number;
}): JSX.Element {
  return (
    <g>
      {props.centroids.map((c) => (
        <path
          key={c.label}
          data-testid="centroid"
          data-label={c.label}
          d={centroidPath(props.radius)}
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
  );
}

/** A drawn id label: text start x, vertical centre y (plot-area pixels). */
export interface LabelMark {
  readonly key: number;
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** Id labels as text nodes (ids are user data: never markup), with a halo for legibility. */
export function IdLabels(props: {
  readonly labels: readonly LabelMark[];
  readonly view?: string;
}): JSX.Element {
  return (
    <g
      data-testid="point-labels"
      data-view={props.view}
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
      {props.labels.map((l) => (
        <text key={l.key} data-testid="point-label" x={l.x} y={l.y} dy="0.32em">
          {l.text}
        </text>
      ))}
    </g>
  );
}

/** Ring around the point the tooltip is about. */
export function ActiveRing(props: {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}): JSX.Element {
  return (
    <circle
      data-testid="active-point"
      cx={props.cx}
      cy={props.cy}
      r={props.r}
      fill="none"
      stroke={THEME.ink}
      className="chart-ink-stroke"
      strokeWidth={2}
      pointerEvents="none"
    />
  );
}

/** A clip rectangle for the plot area, so zoomed-out-of-view marks do not spill over the axes. */
export function PlotClip(props: {
  readonly id: string;
  readonly width: number;
  readonly height: number;
}): JSX.Element {
  return (
    <defs>
      <clipPath id={props.id}>
        <rect width={props.width} height={props.height} />
      </clipPath>
    </defs>
  );
}

/** useId output made safe for an url(#…) reference. */
export function clipIdFrom(reactId: string): string {
  return `scatter-clip-${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;
}
