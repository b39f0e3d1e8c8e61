import { Fragment, type JSX } from 'react';
import { formatFixed, foundText } from '../shared/format';
import { FONT_FAMILY, THEME } from '../shared/theme';
import type { ElbowPoint } from './layout';

/** Optional separation scores per k (silhouette, Calinski–Harabasz), shown as extra columns. */
export interface ElbowQuality {
  readonly k: number;
  readonly silhouette: number;
  readonly calinskiHarabasz: number;
}

/** How a k's clustering was searched for: the best of `restarts`, reached by `bestFoundBy` of them. */
export interface ElbowSearch {
  readonly k: number;
  readonly restarts: number;
  readonly bestFoundBy: number;
  /** Set when the best restart was carried on to a fixed point. */
  readonly refined?: object | null;
}

export interface ElbowTableProps {
  readonly points: readonly ElbowPoint[];
  readonly suggestedK: number | null;
  readonly selectedK: number;
  readonly quality?: readonly ElbowQuality[];
  /** Restarts per k, shown as a column when given. */
  readonly searches?: readonly ElbowSearch[];
  /** Open by default (e.g. right after the scores were asked for). */
  readonly open?: boolean;
}

/**
 * The elbow chart's numbers as a real table, collapsed by default: the exact values for people who
 * want them and a non-visual equivalent of the chart for screen-reader users.
 */
export function ElbowTable({
  points,
  suggestedK,
  selectedK,
  quality,
  searches,
  open,
}: ElbowTableProps): JSX.Element {
  const rows = [...points].sort((a, b) => a.k - b.k);
  const cell = {
    // Narrower with the Restarts column, so that the table still fits the elbow card on a laptop.
    padding: searches ? '4px 8px' : '4px 12px',
    textAlign: 'right' as const,
    borderBottom: `1px solid var(--chart-grid, ${THEME.grid})`,
  };
  const head = {
    ...cell,
    color: `var(--muted, ${THEME.muted})`,
    fontWeight: 600,
    borderBottom: `1px solid var(--chart-axis, ${THEME.axis})`,
  };
  return (
    <details
      open={open}
      data-testid="elbow-table"
      style={{ fontFamily: FONT_FAMILY, fontSize: 13, color: 'inherit' }}
    >
      <summary style={{ cursor: 'pointer' }}>Show the numbers</summary>
      {/* Scrolls sideways on a phone once the quality columns are added. */}
      <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="Elbow numbers">
        <table style={{ borderCollapse: 'collapse', marginTop: 8, fontVariantNumeric: 'tabular-nums' }}>
          <caption style={{ textAlign: 'left', color: `var(--muted, ${THEME.muted})`, paddingBottom: 4 }}>
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
              {searches ? (
                <th scope="col" style={head}>
                  Restarts
                </th>
              ) : null}
              {quality ? (
                <>
                  <th scope="col" style={head}>
                    Silhouette
                  </th>
                  <th scope="col" style={head}>
                    Calinski–Harabasz
                  </th>
                </>
              ) : null}
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
                    background: selected ? 'var(--selected-row, #EFF6FF)' : undefined,
                    fontWeight: suggested ? 600 : undefined,
                  }}
                >
                  <th scope="row" style={{ ...cell, fontWeight: 'inherit' }}>
                    {p.k}
                    {suggested ? (
                      <span style={{ color: `var(--chart-highlight, ${THEME.highlight})` }}> (elbow)</span>
                    ) : null}
                  </th>
                  <td style={cell}>{formatFixed(p.inertia, 3)}</td>
                  <td style={cell}>{dropText(rows[i - 1], p)}</td>
                  {searches ? <SearchCell search={searches.find((s) => s.k === p.k)} cell={cell} /> : null}
                  {quality ? <QualityCells q={quality.find((q) => q.k === p.k)} cell={cell} /> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function QualityCells({ q, cell }: { q: ElbowQuality | undefined; cell: object }): JSX.Element {
  return (
    <>
      <td style={cell}>{q && Number.isFinite(q.silhouette) ? formatFixed(q.silhouette, 3) : '—'}</td>
      <td style={cell}>
        {q && Number.isFinite(q.calinskiHarabasz) ? formatFixed(q.calinskiHarabasz, 1) : '—'}
      </td>
    </>
  );
}

/** "best of 240; found 37 times", broken (if at all) after a semicolon: the card is narrow. */
function SearchCell({ search, cell }: { search: ElbowSearch | undefined; cell: object }): JSX.Element {
  const parts = searchText(search).split('; ');
  return (
    <td style={cell}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span style={{ whiteSpace: 'nowrap' }}>{i < parts.length - 1 ? `${part};` : part}</span>
        </Fragment>
      ))}
    </td>
  );
}

/** "best of 240; found 37 times", and "; refined" when the best was carried on to a fixed point. */
export function searchText(search: ElbowSearch | undefined): string {
  if (search === undefined) return '—';
  const refined = search.refined !== undefined && search.refined !== null ? '; refined' : '';
  return `best of ${search.restarts}; ${foundText(search.bestFoundBy)}${refined}`;
}

/** Relative drop from the previous k, the quantity the eye reads as the curve's "bend". */
export function dropText(prev: ElbowPoint | undefined, cur: ElbowPoint): string {
  if (!prev || !(prev.inertia > 0) || !Number.isFinite(cur.inertia)) return '—';
  const pct = ((prev.inertia - cur.inertia) / prev.inertia) * 100;
  return `${pct.toFixed(1)} %`;
}
