import { useAppStore } from '../../store/appStore';

/** Brings the sentence into view: the person may be scrolled down at the results. */
const showWhenAdded = (node: HTMLElement | null): void => {
  node?.scrollIntoView({ block: 'nearest' });
};

/** Why an analysis file (or a CSV given to it) was not used, in one sentence; the page is otherwise unchanged. */
export function AnalysisFileMessage() {
  const message = useAppStore((s) => s.analysisFileError);
  if (message === null) return null;
  return (
    <p role="alert" className="status__error" data-testid="analysis-file-error" ref={showWhenAdded}>
      {message}
    </p>
  );
}
