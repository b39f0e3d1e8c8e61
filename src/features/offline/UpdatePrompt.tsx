import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

export interface UpdatePromptProps {
  /** A new version's service worker is installed and waiting for this page to let it take over. */
  readonly needRefresh: boolean;
  /** Activates the waiting version; the page reloads once it controls the page. */
  readonly onReload: () => Promise<void>;
  /** Keeps the running version; the new one starts the next time every tab of the app is closed. */
  readonly onDismiss: () => void;
}

/**
 * "A new version is ready — Reload", in a polite live region that is always in the page so screen
 * readers announce the sentence when it appears. It never takes focus (the person may be mid-task);
 * dismissing it from the keyboard (Later or Escape) hands focus back to where it was before it showed.
 */
export function UpdatePrompt({ needRefresh, onReload, onDismiss }: UpdatePromptProps) {
  const [reloading, setReloading] = useState(false);
  /** The element focused just before focus entered the prompt. */
  const focusBefore = useRef<HTMLElement | null>(null);
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) focusBefore.current = from;
  };

  const dismiss = () => {
    onDismiss();
    const target = focusBefore.current;
    if (target?.isConnected === true) target.focus();
  };
  const reload = () => {
    setReloading(true);
    onReload().catch(() => setReloading(false));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !reloading) dismiss();
  };

  return (
    <div role="status" className="update-prompt" data-testid="update-prompt">
      {needRefresh && (
        <div className="update-prompt__box" onKeyDown={onKeyDown} onFocus={onFocus}>
          <p className="update-prompt__text">A new version is ready.</p>
          <div className="update-prompt__actions">
            <button
              type="button"
              className="button button--primary button--small"
              onClick={reload}
              disabled={reloading}
              data-testid="update-reload"
            >
              {reloading ? 'Reloading…' : 'Reload'}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={dismiss}
              disabled={reloading}
            >
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
