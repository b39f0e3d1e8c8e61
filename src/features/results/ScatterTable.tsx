import { useState } from 'react';
import type { IdLookup } from '../../charts/scatter/idLookup';
import { idAt } from '../../charts/scatter/idLookup';
import { formatValue } from '../../charts/shared/format';

export interface ScatterTableProps {
  readonly ids: IdLookup;
  readonly labels: Int32Array;
  readonly names: readonly string[];
  readonly columns: readonly { readonly name: string; readonly values: Float64Array }[];
}

/** Rows per page: a readable screenful, and cheap to render whatever the table's size. */
export const SCATTER_TABLE_PAGE = 250;

/**
 * The scatter as a table (its non-visual equivalent, and where hidden labels can be read), a page at
 * a time. Rendered only once opened: rows of DOM nobody asked for would slow every redraw.
 */
export function ScatterTable({ ids, labels, names, columns }: ScatterTableProps) {
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(labels.length / SCATTER_TABLE_PAGE));
  const current = Math.min(page, pages - 1);
  const first = current * SCATTER_TABLE_PAGE;
  const rows = Array.from(
    { length: Math.min(SCATTER_TABLE_PAGE, labels.length - first) },
    (_, i) => first + i,
  );
  return (
    <details data-testid="scatter-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the customers as a table</summary>
      {open && (
        <>
          {pages > 1 && (
            <div className="pager">
              <button
                type="button"
                className="button button--secondary"
                disabled={current === 0}
                onClick={() => setPage(current - 1)}
              >
                Previous
              </button>
              <span aria-live="polite">
                Rows {(first + 1).toLocaleString()}–{(first + rows.length).toLocaleString()} of{' '}
                {labels.length.toLocaleString()}
              </span>
              <button
                type="button"
                className="button button--secondary"
                disabled={current >= pages - 1}
                onClick={() => setPage(current + 1)}
              >
                Next
              </button>
            </div>
          )}
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Customers by segment">
            <table className="grid">
              <caption>Every customer with its segment and the plotted values</caption>
              <thead>
                <tr>
                  <th scope="col">ID</th>
                  <th scope="col" className="grid__left">
                    Segment
                  </th>
                  {columns.map((c) => (
                    <th scope="col" key={c.name}>
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const label = labels[row] ?? -1;
                  return (
                    <tr key={row}>
                      <th scope="row">{idAt(ids, row)}</th>
                      <td className="grid__left">
                        {label < 0 ? 'Not clustered' : (names[label] ?? `Cluster ${label + 1}`)}
                      </td>
                      {columns.map((c) => (
                        <td key={c.name}>{formatValue(c.values[row] ?? Number.NaN)}</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </details>
  );
}
