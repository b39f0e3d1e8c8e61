import { ANALYSIS_FILE_NAME } from '../../core/analysisFile/format';
import { useAppStore } from '../../store/appStore';
import { useSaveFile } from '../export/useSaveFile';
import './analysisFile.css';

/** Saves the analysis on screen (columns, settings, segments) to reopen it, or score new customers, later. */
export function SaveAnalysisButton() {
  const ready = useAppStore((s) => s.status === 'ready' && s.analysis !== null);
  const saveAnalysis = useAppStore((s) => s.saveAnalysis);
  const { save, failure } = useSaveFile(saveAnalysis);
  if (!ready) return null;

  return (
    <div className="download save-analysis">
      <button
        type="button"
        className="button button--secondary"
        data-testid="save-analysis"
        onClick={() => void save()}
      >
        Save analysis
      </button>
      <p className="download__hint">
        {ANALYSIS_FILE_NAME}: drop it here later to reopen this page or score new customers.
      </p>
      {failure !== null && <p role="alert">{failure}</p>}
    </div>
  );
}
