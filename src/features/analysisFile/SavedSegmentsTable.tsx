import { clusterColor, clusterShape } from '../../charts/palette';
import { formatFixed } from '../../charts/shared/format';
import { markerPath } from '../../charts/shared/markers';
import type { AnalysisFile } from '../../core/analysisFile/format';

export interface SavedSegmentsTableProps {
  readonly saved: AnalysisFile;
  /** With scored customers: how many of them fell into each segment, and how many are unlike it. */
  readonly scored?: { readonly counts: readonly number[]; readonly unlike: readonly number[] };
}

const percent = (part: number, whole: number): string =>
  whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–';

/**
 * The saved segments, cluster 1 first: name, size when saved, centre in original units; beside them,
 * once a CSV is scored, its customers per segment. Colours and shapes follow the cluster number.
 */
export function SavedSegmentsTable({ saved, scored }: SavedSegmentsTableProps) {
  const savedTotal = saved.segments.reduce((sum, s) => sum + s.size, 0);
  const scoredTotal = scored?.counts.reduce((sum, n) => sum + n, 0) ?? 0;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Saved segments">
      <table className="grid" data-testid="saved-segments">
        <caption>
          {scored === undefined
            ? 'The saved segments: size when saved and centre in original units.'
            : 'Customers of the scored file per saved segment, beside the segment as it was saved.'}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="grid__left">
              Segment
            </th>
            {scored !== undefined && (
              <>
                <th scope="col">Customers now</th>
                <th scope="col">Share now</th>
                <th scope="col">Unlike any segment</th>
              </>
            )}
            <th scope="col">Customers when saved</th>
            <th scope="col">Share when saved</th>
            {saved.features.map((name) => (
              <th scope="col" key={name}>
                {name} <span className="muted grid__tag">centre</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {saved.segments.map((segment, c) => (
            <tr key={segment.cluster} data-testid="saved-segment">
              <th scope="row" className="grid__left">
                <span className="segment-name">
                  <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true">
                    <path
                      d={markerPath(clusterShape(c), 5)}
                      fill={clusterColor(c)}
                      className={`cluster-${c % 10}`}
                    />
                  </svg>{' '}
                  <span className="muted">{segment.cluster}</span> {segment.name}
                </span>
              </th>
              {scored !== undefined && (
                <>
                  <td data-testid="scored-count">{(scored.counts[c] ?? 0).toLocaleString()}</td>
                  <td>{percent(scored.counts[c] ?? 0, scoredTotal)}</td>
                  <td>{(scored.unlike[c] ?? 0).toLocaleString()}</td>
                </>
              )}
              <td>{segment.size.toLocaleString()}</td>
              <td>{percent(segment.size, savedTotal)}</td>
              {segment.centroid.map((value, j) => (
                <td key={saved.features[j] ?? j}>{formatFixed(value, 1)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
