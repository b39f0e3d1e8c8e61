import type { OpenAnalysis } from '../../store/state';
import { runSettings } from './describeSaved';

/** Says the page was restored from an analysis file, and whether the re-run found the saved segments. */
export function RestoredNote({
  open,
  onClose,
}: {
  readonly open: OpenAnalysis;
  readonly onClose: () => void;
}) {
  const difference = open.restored?.difference ?? null;
  const saved = open.file;
  return (
    <section className="card saved-analysis" aria-label="Restored analysis" data-testid="restored-note">
      <p className="saved-analysis__line">
        <strong>Restored from {open.fileName}.</strong>{' '}
        {difference === null
          ? `${saved.input.fileName} is the file it was saved from (same SHA-256), so the saved columns and ${runSettings(saved)} ran again: the segments and labels are the saved ones.`
          : `${saved.input.fileName} is the file it was saved from (same SHA-256), and the saved columns and ${runSettings(saved)} ran again.`}{' '}
        Drop another CSV to score its customers against these segments.{' '}
        <button type="button" className="button button--link" onClick={onClose} data-testid="close-analysis">
          Close the analysis file
        </button>
      </p>
      {difference !== null && (
        <p role="alert" className="status__error" data-testid="restore-difference">
          {difference}
        </p>
      )}
    </section>
  );
}
