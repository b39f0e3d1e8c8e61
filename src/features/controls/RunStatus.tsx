import { useAppStore } from '../../store/appStore';
import type { AppData } from '../../store/state';
import { formatBytes } from '../upload/formatBytes';

type Progress = NonNullable<AppData['progress']>;

/** Words for how far loading has got: bytes while reading, a percentage while parsing. */
function loadingText(progress: Progress | null): string {
  if (progress === null) return 'Reading the file…';
  if (progress.phase === 'reading') {
    return `Reading the file… ${formatBytes(progress.done)} of ${formatBytes(progress.total)}`;
  }
  const percent = progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 100;
  return `Parsing the rows… ${percent}%`;
}

/** Progress of the current step, a way to stop it, and any failure in words. */
export function RunStatus() {
  const status = useAppStore((s) => s.status);
  const progress = useAppStore((s) => s.progress);
  const error = useAppStore((s) => s.error);
  const notice = useAppStore((s) => s.notice);
  const cancel = useAppStore((s) => s.cancel);
  const loading = progress !== null && progress.phase !== 'clustering' ? progress : null;
  const clustering = progress?.phase === 'clustering' ? progress : null;
  const cancelButton = (
    <button type="button" className="button button--secondary" onClick={cancel} data-testid="cancel">
      Cancel
    </button>
  );

  return (
    <div className="status" aria-live="polite">
      {status === 'parsing' && (
        <div className="status__run" data-testid="load-progress">
          <label>
            {loadingText(loading)}
            <progress max={loading?.total ?? 1} value={loading?.done ?? 0} />
          </label>
          {cancelButton}
        </div>
      )}
      {status === 'computing' && (
        <div className="status__run">
          <label>
            Clustering
            {clustering === null ? '…' : ` (${clustering.done} of ${clustering.total} runs)`}
            <progress max={clustering?.total ?? 1} value={clustering?.done ?? 0} />
          </label>
          {cancelButton}
        </div>
      )}
      {notice !== null && <p className="status__notice">{notice}</p>}
      {error !== null && (
        <p role="alert" className="status__error" data-testid="error">
          {error.message}
        </p>
      )}
    </div>
  );
}
