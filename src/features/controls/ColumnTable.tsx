import type { TableSummary } from '../../worker/protocol';

const KIND_LABEL = {
  numeric: 'number',
  categorical: 'category',
  identifier: 'identifier',
  empty: 'empty',
} as const;

/** Every column of the file: how it was read (type), its holes, its stray text, its distinct values. */
export function ColumnTable({ columns }: { columns: TableSummary['columns'] }) {
  // On a phone the five columns are wider than the screen: the table scrolls, by keyboard too.
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Every column of the file">
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Type</th>
            <th scope="col">Missing</th>
            <th scope="col">Not numeric</th>
            <th scope="col">Distinct</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.index}>
              <th scope="row">{column.name}</th>
              <td>{KIND_LABEL[column.kind]}</td>
              <td>{column.missing}</td>
              <td>{column.kind === 'numeric' ? column.nonNumeric : '—'}</td>
              <td>
                {column.distinctCapped === true ? `${column.distinct.toLocaleString()}+` : column.distinct}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
