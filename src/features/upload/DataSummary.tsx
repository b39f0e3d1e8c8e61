import { useAppStore } from '../../store/appStore';
import { featureNames } from '../../store/featureNames';
import { formatBytes } from './formatBytes';
import { SheetPicker } from './SheetPicker';

/** "A and B", "A, B, and C": the clustered columns as a sentence lists them. */
const AS_LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** What was loaded: size, holes, the clustered columns, and any warnings (each column's type is in Columns). */
export function DataSummary() {
  const table = useAppStore((s) => s.table);
  const features = useAppStore((s) => s.features);
  const analysis = useAppStore((s) => s.analysis);
  const scored = useAppStore((s) => s.scoring !== null);
  if (table === null) return null;

  const missingCells = table.columns.reduce((sum, column) => sum + column.missing, 0);
  const names = featureNames({ table, features });
  const alerts = table.problems.filter((p) => p.severity === 'alert');
  const warnings = table.problems.filter((p) => p.severity === 'warning');
  const notes = table.problems.filter((p) => p.severity === 'info');
  const leftOut = analysis?.incompleteRows.length ?? 0;
  const summaryRows = table.summaryRows?.length ?? 0;

  return (
    <section className="card" aria-labelledby="data-heading" data-testid="data-summary">
      <h2 id="data-heading">{table.fileName}</h2>
      <SheetPicker />
      <p className="facts">
        <span data-testid="row-count">{table.rowCount.toLocaleString()} rows</span>
        <span>{table.header.length} columns</span>
        <span>{formatBytes(table.byteSize)}</span>
        <span data-testid="missing-count">
          {missingCells === 0 ? 'no missing cells' : `${missingCells.toLocaleString()} missing cells`}
        </span>
      </p>
      {alerts.length > 0 && (
        <div role="alert" className="status__error file-alert" data-testid="file-alert">
          {alerts.map((alert) => (
            <p key={`${alert.code}-${alert.message}`}>{alert.message}</p>
          ))}
        </div>
      )}
      {names.length > 0 && (
        <p data-testid="features">
          {scored ? (
            <>
              Scored on <strong>{AS_LIST.format(names)}</strong>, with the saved analysis&rsquo;s scaling and
              segments (nothing re-fitted).
            </>
          ) : (
            <>
              Clustering on <strong>{AS_LIST.format(names)}</strong>, each standardized (mean 0, standard
              deviation 1).
            </>
          )}
          {leftOut > 0 &&
            ` ${leftOut} row${leftOut === 1 ? '' : 's'} with a missing value left out of clustering.`}
          {summaryRows > 0 &&
            ` ${summaryRows} summary row${summaryRows === 1 ? '' : 's'} (totals, averages) left out.`}
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="warnings" aria-label="Warnings about the file">
          {warnings.map((warning) => (
            <li key={`${warning.code}-${warning.message}`}>{warning.message}</li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul className="notes" aria-label="How the file was read" data-testid="read-notes">
          {notes.map((note) => (
            <li key={`${note.code}-${note.message}`}>{note.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
