import { useRef, useState, type DragEvent } from 'react';
import { useAppStore } from '../../store/appStore';

/** Where a file comes in: drag-and-drop, a real file input, or the bundled sample. */
export function DropZone() {
  const openFiles = useAppStore((s) => s.openFiles);
  const loadSample = useAppStore((s) => s.loadSample);
  const busy = useAppStore((s) => s.status === 'parsing');
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // A customer file, or a saved analysis (.json) alone or with its CSV: the store tells them apart.
  const take = (files: FileList | null): void => {
    if (files !== null && files.length > 0) void openFiles(Array.from(files));
  };

  const onDrop = (event: DragEvent<HTMLLabelElement>): void => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };

  return (
    <section className="intake" aria-label="Load customer data">
      <label
        className={dragging ? 'dropzone dropzone--over' : 'dropzone'}
        data-testid="dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span className="dropzone__title">Drop a customer CSV, Excel (.xlsx) or Parquet file here</span>
        <span className="dropzone__hint">or click to browse — the file never leaves this computer</span>
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          multiple
          accept=".csv,.tsv,.txt,.xlsx,.xlsm,.parquet,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          onChange={(event) => {
            take(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
      </label>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void loadSample()}
        disabled={busy}
      >
        Try the sample (Mall_Customers.csv)
      </button>
    </section>
  );
}
