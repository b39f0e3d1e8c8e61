import { Fragment } from 'react';
import { useAppStore } from '../../store/appStore';

export interface LabeledCsvDownloadProps {
  /** Put before the test ids ("download", "include-segment"), for a second such control on a page. */
  readonly testIdPrefix?: string;
  readonly className?: string;
  readonly fileName: string;
  /** How many clusters the Cluster column numbers. */
  readonly k: number;
  readonly onDownload: () => Promise<void>;
  readonly failure: string | null;
}

/** The labeled CSV's Download button, the Segment-column option and a line on what the file holds. */
export function LabeledCsvDownload({
  testIdPrefix = '',
  className,
  fileName,
  k,
  onDownload,
  failure,
}: LabeledCsvDownloadProps) {
  const includeSegment = useAppStore((s) => s.includeSegmentColumn);
  const setIncludeSegment = useAppStore((s) => s.setIncludeSegmentColumn);
  return (
    <div className={className === undefined ? 'download' : `download ${className}`}>
      <button
        type="button"
        className="button button--primary"
        data-testid={`${testIdPrefix}download`}
        onClick={() => void onDownload()}
      >
        Download {breakAfterUnderscores(fileName)}
      </button>
      <label className="download__option">
        <input
          type="checkbox"
          data-testid={`${testIdPrefix}include-segment`}
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
