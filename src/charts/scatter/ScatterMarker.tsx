import type { JSX } from 'react';
import { markerPath } from '../shared/markers';
import { THEME } from '../shared/theme';
import type { ScatterPoint } from './layout';

export interface ScatterMarkerProps {
  readonly point: ScatterPoint;
  readonly radius: number;
  readonly shapes: boolean;
  readonly onHover: (point: ScatterPoint | null) => void;
}

/** Colour-class per cluster: styles.css lightens the darkest palette entries on a dark background. */
export const clusterClass = (label: number): string => (label < 0 ? 'cluster-none' : `cluster-${label % 10}`);

/** One customer: a circle, or the cluster's shape when `shapes` is on. */
export function ScatterMarker({ point: p, radius, shapes, onHover }: ScatterMarkerProps): JSX.Element {
  const common = {
    'data-testid': 'point',
    'data-label': p.label,
    'data-row': p.index,
    fill: p.color,
    className: `chart-halo-stroke ${clusterClass(p.label)}`,
    // Unclustered rows are context, not data of interest: keep them quieter than the clusters.
    fillOpacity: p.label < 0 ? 0.55 : 0.85,
    stroke: THEME.background,
    strokeWidth: 0.75,
    onPointerEnter: () => onHover(p),
    onPointerLeave: () => onHover(null),
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
