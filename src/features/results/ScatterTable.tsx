import { useState } from 'react';
import { formatValue } from '../../charts/shared/format';

export interface ScatterTableProps {
  readonly ids: readonly string[];
  readonly labels: Int32Array;
  readonly names: readonly string[];
  readonly columns: readonly { readonly name: string; readonly values: Float64Array }[];
}

/**
 * The scatter as a table (its non-visual equivalent, and where hidden labels can be read). Rendered
 * only once opened: a few thousand rows of DOM nobody asked for would slow every redraw.
 */
export function ScatterTable({ ids, labels, names, columns }: ScatterTableProps) {
  const [open, setOpen] = useState(false);
  return (
    <details data-testid="scatter-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the customers as a table</summary>
      {open && (
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
              {Array.from(labels, (label, row) => (
                <tr key={row}>
                  <th scope="row">{ids[row] ?? row + 1}</th>
                  <td className="grid__left">
                    {label < 0 ? 'Not clustered' : (names[label] ?? `Cluster ${label + 1}`)}
                  </td>
                  {columns.map((c) => (
                    <td key={c.name}>{formatValue(c.values[row] ?? Number.NaN)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
