import { useAppStore } from '../../store/appStore';
import { downloadName } from '../../store/featureNames';
import { LabeledCsvDownload } from './LabeledCsvDownload';
import { useSaveFile } from './useSaveFile';

/** Downloads every original row and column plus the cluster of the chosen k. */
export function DownloadButton() {
  const ready = useAppStore((s) => s.status === 'ready' && s.analysis !== null);
  const exportCsv = useAppStore((s) => s.exportCsv);
  const k = useAppStore((s) => s.k);
  const fileName = useAppStore(downloadName);
  const { save: download, failure } = useSaveFile(exportCsv);
  if (!ready) return null;

  return <LabeledCsvDownload fileName={fileName} k={k} onDownload={download} failure={failure} />;
}
