import { useEffect, useRef } from 'react';
import { exportFileName } from '../../core/dataset/exportFileName';
import { useAppStore } from '../../store/appStore';
import type { OpenAnalysis, Scoring } from '../../store/state';
import { LabeledCsvDownload } from '../export/LabeledCsvDownload';
import { useSaveFile } from '../export/useSaveFile';
import { quotedFeatures, savedOn } from './describeSaved';
import { SavedSegmentsTable } from './SavedSegmentsTable';

/** Ids listed on the page at most; the count says how many there are in all. */
const MAX_LISTED = 300;

/**
 * A new CSV's customers assigned to the saved segments: how many went where, which customers are
 * unlike any segment, and the labeled download (same name and columns as the usual one).
 */
export function ScoreCard({
  open,
  scoring,
  onClose,
}: {
  readonly open: OpenAnalysis;
  readonly scoring: Scoring;
  readonly onClose: () => void;
}) {
  const exportScored = useAppStore((s) => s.exportScored);
  const { save: download, failure } = useSaveFile(exportScored);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const node = heading.current;
    if (node === null) return;
    node.scrollIntoView({ block: 'start' });
    node.focus({ preventScroll: true });
  }, [scoring]);

  const saved = open.file;
  const scored = scoring.counts.reduce((sum, n) => sum + n, 0);
  const unlikeBySegment = saved.segments.map((_, c) => scoring.unlike.filter((u) => u.cluster === c).length);
  const listed = scoring.unlike.slice(0, MAX_LISTED);
  const fileName = exportFileName(saved.features);

  return (
    <section className="card saved-analysis" aria-labelledby="score-heading" data-testid="score-card">
      <div className="chart-head">
        <h2 id="score-heading" tabIndex={-1} ref={heading}>
          {scoring.table.fileName} scored with the saved segments
        </h2>
        <button type="button" className="button button--link" onClick={onClose} data-testid="close-analysis">
          Close the analysis file
        </button>
      </div>
      <p data-testid="score-summary">
        {scored.toLocaleString()} customer{scored === 1 ? '' : 's'} assigned to the nearest of the{' '}
        {saved.kmeans.k} segments of {open.fileName} (saved from {saved.input.fileName} on {savedOn(saved)}),
        with its scaling of {quotedFeatures(saved)}: nothing was re-fitted.
        {scoring.unscored > 0 &&
          ` ${scoring.unscored.toLocaleString()} row${scoring.unscored === 1 ? ' was' : 's were'} not scored (a missing value in a saved column, or a totals row): ${scoring.unscored === 1 ? 'its' : 'their'} cluster is empty in the download.`}
      </p>
      <SavedSegmentsTable saved={saved} scored={{ counts: scoring.counts, unlike: unlikeBySegment }} />
      <div className="score-unlike" data-testid="unlike">
        <h3>
          {scoring.unlike.length === 0
            ? 'No customer is unlike every segment'
            : `${scoring.unlike.length.toLocaleString()} customer${scoring.unlike.length === 1 ? ' is' : 's are'} unlike any segment`}
        </h3>
        <p className="status__notice">
          Unlike any segment: farther from the nearest centre than 99% of that segment's customers were when
          the analysis was saved. They are still given that segment in the download.
        </p>
        {listed.length > 0 && (
          <p data-testid="unlike-ids">
            {listed.map((u) => u.id).join(', ')}
            {scoring.unlike.length > listed.length &&
              ` … and ${(scoring.unlike.length - listed.length).toLocaleString()} more.`}
          </p>
        )}
      </div>
      <LabeledCsvDownload
        testIdPrefix="score-"
        className="score-download"
        fileName={fileName}
        k={saved.kmeans.k}
        onDownload={download}
        failure={failure}
      />
    </section>
  );
}
