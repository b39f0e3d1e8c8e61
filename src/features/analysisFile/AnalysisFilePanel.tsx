import { useAppStore } from '../../store/appStore';
import './analysisFile.css';
import { OpenAnalysisNote } from './OpenAnalysisNote';
import { RestoredNote } from './RestoredNote';
import { SavedAnalysisCard } from './SavedAnalysisCard';
import { ScoreCard } from './ScoreCard';

/**
 * What the open analysis file shows: alone, its saved segments and what to drop next; after its CSV
 * was restored, a note saying so; a new CSV's customers scored against its segments; otherwise a
 * reminder that it is open.
 */
export function AnalysisFilePanel() {
  const open = useAppStore((s) => s.openAnalysis);
  const table = useAppStore((s) => s.table);
  const analysis = useAppStore((s) => s.analysis);
  const scoring = useAppStore((s) => s.scoring);
  const busy = useAppStore((s) => s.status === 'parsing' || s.status === 'computing');
  const close = useAppStore((s) => s.closeAnalysis);
  if (open === null) return null;
  if (scoring !== null && scoring.table === table && analysis === null)
    return <ScoreCard open={open} scoring={scoring} onClose={close} />;
  if (table === null && analysis === null)
    return busy ? null : <SavedAnalysisCard open={open} onClose={close} />;
  if (open.restored !== null && open.restored.analysis === analysis)
    return <RestoredNote open={open} onClose={close} />;
  return <OpenAnalysisNote open={open} onClose={close} />;
}
