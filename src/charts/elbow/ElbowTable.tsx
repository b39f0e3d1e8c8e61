import type { JSX } from 'react';
import { formatFixed } from '../shared/format';
import { FONT_FAMILY, THEME } from '../shared/theme';
import type { ElbowPoint } from './layout';

export interface ElbowTableProps {
  readonly points: readonly ElbowPoint[];
  readonly suggestedK: number | null;
  readonly selectedK: number;
}

/**
 * The elbow chart's numbers as a real table, collapsed by default: the exact values for people who
 * want them and a non-visual equivalent of the chart for screen-reader users.
 */
export function ElbowTable({ points, suggestedK, selectedK }: ElbowTableProps): JSX.Element {
  const rows = [...points].sort((a, b) => a.k - b.k);
  const cell = { padding: '4px 12px', textAlign: 'right' as const, borderBottom: `1px solid ${THEME.grid}` };
  const head = { ...cell, color: THEME.muted, fontWeight: 600, borderBottom: `1px solid ${THEME.axis}` };
  return (
    <details data-testid="elbow-table" style={{ fontFamily: FONT_FAMILY, fontSize: 13, color: THEME.text }}>
      <summary style={{ cursor: 'pointer', color: THEME.accent }}>Show the numbers</summary>
      <table style={{ borderCollapse: 'collapse', marginTop: 8, fontVariantNumeric: 'tabular-nums' }}>
        <caption style={{ textAlign: 'left', color: THEME.muted, paddingBottom: 4 }}>
          Inertia (within-cluster sum of squares) by number of clusters k
        </caption>
        <thead>
          <tr>
            <th scope="col" style={head}>
              k
            </th>
            <th scope="col" style={head}>
              Inertia
            </th>
            <th scope="col" style={head}>
              Drop vs previous
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p, i) => {
            const suggested = p.k === suggestedK;
            const selected = p.k === selectedK;
            return (
              <tr
                key={p.k}
                data-row-k={p.k}
                data-suggested={suggested ? 'true' : undefined}
                aria-current={selected ? 'true' : undefined}
                style={{
                  background: selected ? '#EFF6FF' : undefined,
                  fontWeight: suggested ? 600 : undefined,
                }}
              >
                <th scope="row" style={{ ...cell, fontWeight: 'inherit' }}>
                  {p.k}
                  {suggested ? <span style={{ color: THEME.highlight }}> (elbow)</span> : null}
                </th>
                <td style={cell}>{formatFixed(p.inertia, 3)}</td>
                <td style={cell}>{dropText(rows[i - 1], p)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

/** Relative drop from the previous k, the quantity the eye reads as the curve's "bend". */
export function dropText(prev: ElbowPoint | undefined, cur: ElbowPoint): string {
  if (!prev || !(prev.inertia > 0) || !Number.isFinite(cur.inertia)) return '—';
  const pct = ((prev.inertia - cur.inertia) / prev.inertia) * 100;
  return `${pct.toFixed(1)} %`;
}
