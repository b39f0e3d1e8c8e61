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

/** Moves focus to a button that replaces the one just pressed (Cancel), unless focus is somewhere already. */
const takeFocusFromBody = (node: HTMLButtonElement | null): void => {
  if (node !== null && (document.activeElement === null || document.activeElement === document.body))
    node.focus();
};

/** Brings a message that just appeared into view: the person may be scrolled down at the results. */
const showWhenAdded = (node: HTMLElement | null): void => {
  node?.scrollIntoView({ block: 'nearest' });
};

/**
 * Progress of the current step, a way to stop it and to run it again, and any failure in words: a
 * file that could not be read beside the analysis that stays shown names both files.
 */
export function RunStatus() {
  const status = useAppStore((s) => s.status);
  const progress = useAppStore((s) => s.progress);
  const error = useAppStore((s) => s.error);
  const notice = useAppStore((s) => s.notice);
  const cancel = useAppStore((s) => s.cancel);
  const cancelled = useAppStore((s) => s.cancelled);
  const runAgain = useAppStore((s) => s.runAgain);
  const loadError = useAppStore((s) => s.loadError);
  const shownFile = useAppStore((s) => s.table?.fileName);
  const running = status === 'parsing' || status === 'computing';
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
      {cancelled !== null && !running && (
        <p className="status__again">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void runAgain()}
            ref={takeFocusFromBody}
            data-testid="run-again"
          >
            Run again
          </button>{' '}
          {cancelled === 'load'
            ? 'Reads the same file again.'
            : 'With the same file, columns, number of segments, seed and restarts.'}
        </p>
      )}
      {loadError !== null && (
        <p role="alert" className="status__error" data-testid="load-error" ref={showWhenAdded}>
          {`${loadError.fileName} could not be read: ${loadError.message}`}
          {shownFile !== undefined && ` Still showing the analysis of ${shownFile}.`}
        </p>
      )}
      {error !== null && (
        <p role="alert" className="status__error" data-testid="error">
          {error.message}
        </p>
      )}
    </div>
  );
}
