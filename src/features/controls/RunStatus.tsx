import { useAppStore } from '../../store/appStore';

/** Progress of the current step, a way to stop it, and any failure in words. */
export function RunStatus() {
  const status = useAppStore((s) => s.status);
  const progress = useAppStore((s) => s.progress);
  const error = useAppStore((s) => s.error);
  const notice = useAppStore((s) => s.notice);
  const cancel = useAppStore((s) => s.cancel);

  return (
    <div className="status" aria-live="polite">
      {status === 'parsing' && <p>Reading the file…</p>}
      {status === 'computing' && (
        <div className="status__run">
          <label>
            Clustering
            {progress === null ? '…' : ` (${progress.done} of ${progress.total} runs)`}
            <progress max={progress?.total ?? 1} value={progress?.done ?? 0} />
          </label>
          <button type="button" className="button button--secondary" onClick={cancel}>
            Cancel
          </button>
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
