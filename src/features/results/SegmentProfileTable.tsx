import { useId } from 'react';
import { clusterColor, clusterShape } from '../../charts/palette';
import { formatFixed } from '../../charts/shared/format';
import { markerPath } from '../../charts/shared/markers';
import type { SegmentProfile } from '../../core/profile/profileSegments';

export interface SegmentProfileTableProps {
  readonly profiles: readonly SegmentProfile[];
  readonly fieldValues: readonly string[];
  readonly suggested: readonly string[];
  readonly featureNames: readonly string[];
  /** Each cluster's colour-and-shape slot (as the scatter draws it); its label where absent. */
  readonly slots?: readonly number[];
  readonly onRename: (cluster: number, name: string) => void;
}

const num = (v: number): string => formatFixed(v, 1);
// Name inputs as wide as the longest name (within reason), so "Average income · Average spending" is
// not cut off and the column stays even.
const fieldSize = (names: readonly string[]): number =>
  Math.min(48, Math.max(16, ...names.map((name) => name.length + 2)));

/**
 * One row per segment: its editable name, size, share, mean (median) of every numeric column in
 * original units (the clustered columns' means are the centroid, so it is not repeated), the mix of
 * each categorical column. Scrolls sideways on a phone
 * rather than squeezing the numbers. Names are user text: rendered as input values and text only.
 */
export function SegmentProfileTable(props: SegmentProfileTableProps) {
  const { profiles, fieldValues, suggested, featureNames, slots, onRename } = props;
  const slotOf = (cluster: number): number => slots?.[cluster] ?? cluster;
  const noteId = useId();
  const nameSize = fieldSize([...fieldValues, ...suggested]);
  const first = profiles[0];
  if (first === undefined) return null;
  return (
    <>
      {/* Outside the scrolling box, so a phone shows it whole rather than cut at the screen's edge. */}
      <p className="table-note" id={noteId}>
        Segment profile: mean (median) in original units; the means of the clustered columns are the segment's
        centre. Type a name to rename a segment; the name is used in the legend and the download.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Segment profile table">
        <table className="grid" data-testid="cluster-table" aria-describedby={noteId}>
          <caption className="visually-hidden">Segment profile: mean (median) in original units</caption>
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col">Customers</th>
              <th scope="col">Share</th>
              {first.numeric.map((c) => (
                <th scope="col" key={c.name}>
                  {c.name}
                  {featureNames.includes(c.name) && <span className="muted grid__tag"> clustered</span>}
                </th>
              ))}
              {first.categorical.map((c) => (
                <th scope="col" key={c.name} className="grid__left">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => (
              <tr key={p.cluster} data-testid="segment-row">
                <th scope="row">
                  <span className="segment-name">
                    <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true">
                      <path
                        d={markerPath(clusterShape(slotOf(p.cluster)), 5)}
                        fill={clusterColor(slotOf(p.cluster))}
                        className={`cluster-${slotOf(p.cluster) % 10}`}
                      />
                    </svg>{' '}
                    <span className="muted">{p.cluster + 1}</span>{' '}
                    <input
                      className="name-input"
                      data-testid="segment-name"
                      aria-label={`Name of segment ${p.cluster + 1}`}
                      value={fieldValues[p.cluster] ?? ''}
                      placeholder={suggested[p.cluster]}
                      size={nameSize}
                      maxLength={80}
                      onChange={(event) => onRename(p.cluster, event.currentTarget.value)}
                    />
                  </span>
                </th>
                <td>{p.size}</td>
                <td>{`${(p.share * 100).toFixed(1)}%`}</td>
                {p.numeric.map((c) => (
                  <td key={c.name}>
                    {num(c.mean)} <span className="muted">({num(c.median)})</span>
                  </td>
                ))}
                {p.categorical.map((c) => (
                  <td key={c.name} className="grid__left">
                    {c.shares
                      .slice(0, 3)
                      .map((s) => `${s.value} ${Math.round(s.share * 100)}%`)
                      .join(', ')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
