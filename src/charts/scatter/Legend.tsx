import type { JSX } from 'react';
import { centroidPath, markerPath } from '../shared/markers';
import { FONT_FAMILY, THEME } from '../shared/theme';
import type { LegendEntry } from './layout';

export interface LegendProps {
  readonly entries: readonly LegendEntry[];
  /** Draw swatches with the cluster's marker shape (true) or as plain circles. */
  readonly shapes: boolean;
  readonly showCentroid: boolean;
  readonly note?: string;
}

/**
 * HTML legend under the plot: wraps naturally on narrow screens (an SVG legend would not) and its
 * text is real, selectable text. Names may come from user input and are rendered as text nodes only.
 */
export function Legend({ entries, shapes, showCentroid, note }: LegendProps): JSX.Element {
  const total = entries.reduce((s, e) => s + e.count, 0);
  return (
    <div
      data-testid="legend"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: '6px 18px',
        padding: '8px 4px 0',
        fontFamily: FONT_FAMILY,
        fontSize: 13,
        color: 'inherit',
      }}
    >
      <ul aria-label="Clusters" style={{ display: 'contents', listStyle: 'none', margin: 0, padding: 0 }}>
        {entries.map((e) => (
          <li
            key={e.label}
            data-testid="legend-item"
            data-label={e.label}
            style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}
          >
            <Swatch>
              <path
                d={markerPath(shapes ? e.shape : 'circle', 5)}
                fill={e.color}
                className={`chart-halo-stroke ${e.label < 0 ? 'cluster-none' : `cluster-${e.label % 10}`}`}
                stroke={THEME.background}
                strokeWidth={0.75}
              />
            </Swatch>
            <span>{e.name}</span>
            <span style={{ color: `var(--muted, ${THEME.muted})`, fontVariantNumeric: 'tabular-nums' }}>
              {e.count.toLocaleString()}
              {total > 0 ? ` · ${Math.round((e.count / total) * 100)}%` : ''}
            </span>
          </li>
        ))}
      </ul>
      {showCentroid ? (
        <span data-testid="legend-centroid" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <Swatch>
            <path
              d={centroidPath(6)}
              fill={THEME.background}
              stroke={THEME.ink}
              className="chart-bg chart-ink-stroke"
              strokeWidth={1.25}
            />
          </Swatch>
          <span>Centroid</span>
        </span>
      ) : null}
      {note ? (
        <span data-testid="scatter-note" style={{ color: `var(--muted, ${THEME.muted})`, fontSize: 12 }}>
          {note}
        </span>
      ) : null}
    </div>
  );
}

function Swatch({ children }: { readonly children: JSX.Element }): JSX.Element {
  return (
    <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true" style={{ flex: 'none' }}>
      {children}
    </svg>
  );
}
