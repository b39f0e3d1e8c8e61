import { Fragment, useState } from 'react';
import { useAppStore } from '../../store/appStore';
import { downloadName } from '../../store/featureNames';
import { saveBlob } from './saveBlob';

/** Downloads every original row and column plus the cluster of the chosen k. */
export function DownloadButton() {
  const ready = useAppStore((s) => s.status === 'ready' && s.analysis !== null);
  const exportCsv = useAppStore((s) => s.exportCsv);
  const k = useAppStore((s) => s.k);
  const fileName = useAppStore(downloadName);
  const includeSegment = useAppStore((s) => s.includeSegmentColumn);
  const setIncludeSegment = useAppStore((s) => s.setIncludeSegmentColumn);
  const [failure, setFailure] = useState<string | null>(null);
  if (!ready) return null;

  const download = async (): Promise<void> => {
    try {
      setFailure(null);
      const { blob, fileName: name } = await exportCsv();
      saveBlob(blob, name);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="download">
      <button
        type="button"
        className="button button--primary"
        data-testid="download"
        onClick={() => void download()}
      >
        Download {breakAfterUnderscores(fileName)}
      </button>
      <label className="download__option">
        <input
          type="checkbox"
          data-testid="include-segment"
          checked={includeSegment}
          onChange={(event) => setIncludeSegment(event.currentTarget.checked)}
        />{' '}
        Add the segment names as a column
      </label>
      <p className="download__hint">
        All original rows and columns, in order, plus a Cluster column (1–{k})
        {includeSegment ? ' and a Segment column' : ''}.
      </p>
      {failure !== null && <p role="alert">{failure}</p>}
    </div>
  );
}

/** The long file name may wrap after an underscore (a word break point), not in the middle of a word. */
function breakAfterUnderscores(name: string) {
  return name.split(/(?<=_)/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
