import { ENCODING_CHOICES } from '../../core/text/encodings';
import { useAppStore } from '../../store/appStore';
import { ColumnTable } from './ColumnTable';

/**
 * The one Columns control: which columns to cluster on (two or more numeric ones; the scatter shows
 * the first two) and why the detected pair was chosen, then, folded away, what to do with rows that
 * have a hole, how the file is split into columns and which encoding it is read in, and every
 * column's type.
 */
export function ColumnPicker() {
  const table = useAppStore((s) => s.table);
  const features = useAppStore((s) => s.features);
  const missing = useAppStore((s) => s.missing);
  const setFeatures = useAppStore((s) => s.setFeatures);
  const setMissingPolicy = useAppStore((s) => s.setMissingPolicy);
  const setDelimiter = useAppStore((s) => s.setDelimiter);
  const setEncoding = useAppStore((s) => s.setEncoding);
  if (table === null) return null;

  const candidates = table.columns.filter((c) => c.kind === 'numeric' || c.kind === 'identifier');
  const toggle = (index: number, on: boolean): void => {
    const next = on ? [...features, index].sort((a, b) => a - b) : features.filter((f) => f !== index);
    if (next.length >= 2) void setFeatures(next);
  };

  const isText = (table.format ?? 'csv') === 'csv';
  const choice = table.featureChoice;
  const detectedInUse =
    choice !== null &&
    choice.features.length === features.length &&
    choice.features.every((index) => features.includes(index));

  return (
    <section className="card settings" aria-labelledby="columns-heading" data-testid="columns">
      <h2 id="columns-heading">Columns</h2>
      {choice !== null && (
        <p className="settings__reason" data-testid="feature-reason">
          {detectedInUse ? choice.reason : `Detected at first: ${choice.reason}`}
        </p>
      )}
      <fieldset>
        <legend>Cluster on (at least two numeric columns)</legend>
        {candidates.map((column) => {
          const checked = features.includes(column.index);
          return (
            <label key={column.index} className="choice">
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && features.length <= 2}
                onChange={(event) => toggle(column.index, event.currentTarget.checked)}
              />
              {column.name}
              {column.kind === 'identifier' && (
                <span className="choice__note"> (looks like an identifier)</span>
              )}
              {column.missing > 0 && <span className="choice__note"> · {column.missing} missing</span>}
            </label>
          );
        })}
      </fieldset>
      <details data-testid="settings">
        <summary>Missing values and how the file is read</summary>
        <fieldset>
          <legend>Rows with a missing value in a chosen column</legend>
          <label className="choice">
            <input
              type="radio"
              name="missing"
              checked={missing === 'drop'}
              onChange={() => void setMissingPolicy('drop')}
            />
            Leave them out of clustering (they stay in the download with an empty cluster)
          </label>
          <label className="choice">
            <input
              type="radio"
              name="missing"
              checked={missing === 'mean'}
              onChange={() => void setMissingPolicy('mean')}
            />
            Fill the hole with the column mean
          </label>
        </fieldset>
        {/* A workbook or Parquet file has its own columns and characters: nothing to choose. */}
        {isText && (
          <label className="choice">
            Columns separated by{' '}
            <select
              value={table.delimiter}
              data-testid="delimiter"
              onChange={(event) => void setDelimiter(event.currentTarget.value)}
            >
              <option value=",">comma ( , )</option>
              <option value=";">semicolon ( ; )</option>
              <option value={'\t'}>tab</option>
              <option value="|">bar ( | )</option>
            </select>
            {table.decimalComma && <span className="choice__note"> · decimal commas read as numbers</span>}
          </label>
        )}
        {isText && table.encoding !== undefined && (
          <label className="choice">
            Characters read as{' '}
            <select
              value={table.encoding}
              data-testid="encoding"
              onChange={(event) => void setEncoding(event.currentTarget.value)}
            >
              {/* An encoding not on offer (UTF-16, declared by its BOM) still shows as the current one. */}
              {!ENCODING_CHOICES.some((choice) => choice.label === table.encoding) && (
                <option value={table.encoding}>{table.encoding.toUpperCase()}</option>
              )}
              {ENCODING_CHOICES.map((choice) => (
                <option key={choice.label} value={choice.label}>
                  {choice.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </details>
      <details>
        <summary>Every column: type, missing and distinct values</summary>
        <ColumnTable columns={table.columns} />
      </details>
    </section>
  );
}
