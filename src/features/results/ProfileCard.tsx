import { profileTsv } from '../../core/profile/profileTsv';
import { useAppStore } from '../../store/appStore';
import { CopySummaryButton } from '../export/CopySummaryButton';
import { SegmentProfileTable } from './SegmentProfileTable';
import type { Segments } from './useSegments';

/** The segments a marketer acts on: named, sized and described, with a copyable summary. */
export function ProfileCard({ segments }: { readonly segments: Segments }) {
  const setSegmentName = useAppStore((s) => s.setSegmentName);
  const resetSegmentNames = useAppStore((s) => s.resetSegmentNames);
  const { profiles, names, fieldValues, suggested, featureNames, slots } = segments;
  return (
    <section className="card results__wide" aria-labelledby="profile-heading">
      <div className="chart-head">
        <h2 id="profile-heading">Segment profiles</h2>
        <div className="chart-actions">
          <button type="button" className="button button--link" onClick={resetSegmentNames}>
            Use suggested names
          </button>
          <CopySummaryButton text={() => profileTsv(profiles, names, featureNames)} />
        </div>
      </div>
      <p className="status__notice">
        Names are suggested from where each centre sits against the average customer: “High” or “Low” when it
        is at least half a standard deviation above or below the mean, “Average” otherwise.
      </p>
      <SegmentProfileTable
        profiles={profiles}
        fieldValues={fieldValues}
        suggested={suggested}
        featureNames={featureNames}
        slots={slots}
        onRename={setSegmentName}
      />
      <p className="table-scroll__hint" aria-hidden="true">
        Scroll the table sideways for every column →
      </p>
    </section>
  );
}
