import type { OpenAnalysis } from '../../store/state';

/** A reminder, over a fresh analysis, that a CSV dropped now is scored against the open file's segments. */
export function OpenAnalysisNote({
  open,
  onClose,
}: {
  readonly open: OpenAnalysis;
  readonly onClose: () => void;
}) {
  return (
    <p className="status__notice" data-testid="open-analysis-note">
      {open.fileName} is open: a CSV dropped now is scored against its {open.file.kmeans.k} saved segments.{' '}
      <button type="button" className="button button--link" onClick={onClose} data-testid="close-analysis">
        Close it
      </button>
    </p>
  );
}
