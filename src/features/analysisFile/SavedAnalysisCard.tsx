import { useEffect, useRef } from 'react';
import type { OpenAnalysis } from '../../store/state';
import { formatBytes } from '../upload/formatBytes';
import { quotedFeatures, runSettings, savedOn } from './describeSaved';
import { SavedSegmentsTable } from './SavedSegmentsTable';

/**
 * An analysis file opened on its own: what it was made from, its segments, and what to drop next:
 * the original CSV to restore the page, or a new one to score its customers.
 */
export function SavedAnalysisCard({
  open,
  onClose,
}: {
  readonly open: OpenAnalysis;
  readonly onClose: () => void;
}) {
  const saved = open.file;
  const { input } = saved;
  const heading = useRef<HTMLHeadingElement>(null);
  // The drop zone is above: the saved segments take the focus once, when the file is opened.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [open]);
  return (
    <section className="card saved-analysis" aria-labelledby="saved-heading" data-testid="saved-analysis">
      <div className="chart-head">
        <h2 id="saved-heading" tabIndex={-1} ref={heading}>
          Saved analysis: {open.fileName}
        </h2>
        <button type="button" className="button button--link" onClick={onClose} data-testid="close-analysis">
          Close
        </button>
      </div>
      <p className="facts">
        <span>Saved from {input.fileName}</span>
        <span>{input.rowCount.toLocaleString()} rows</span>
        {input.byteSize !== null && <span>{formatBytes(input.byteSize)}</span>}
        <span>{savedOn(saved)}</span>
        <span>{runSettings(saved)}</span>
        <span>
          {saved.app.name} {saved.app.version}
        </span>
      </p>
      <p>
        {saved.kmeans.k} segment{saved.kmeans.k === 1 ? '' : 's'} of customers, clustered on{' '}
        <strong>{quotedFeatures(saved)}</strong>
        {saved.missing === 'mean' ? ' (holes filled with the column mean)' : ''}.
      </p>
      <SavedSegmentsTable saved={saved} />
      <p className="saved-analysis__next" data-testid="saved-invite">
        {input.sha256 === null
          ? `It was made from a table the app cannot recognise again (no checksum of ${input.fileName}), so a CSV dropped now is scored: `
          : `Drop ${input.fileName} again to restore the page as it was saved, or drop a new CSV to score its customers: `}
        each row with the columns {quotedFeatures(saved)} goes to its nearest saved segment, with the saved
        scaling, and nothing is re-fitted.
      </p>
    </section>
  );
}
