import {
  encodeLabeledHeader,
  encodeLabeledRow,
  encodeTitles,
  LABELED_LINE_END,
} from '../../../src/core/csv/labeledCsv';
import type { Table } from '../../../src/core/csv/table';

/** A column appended to the export, such as the cluster label. */
export interface LabelColumn {
  readonly name: string;
  /** One value per data row, in table order; '' for a row left out of clustering. */
  readonly values: readonly string[];
}

/**
 * Writes the table with extra columns as comma-delimited RFC 4180 text with CRLF line ends (and a final
 * CRLF), no BOM; title lines found above the header come first, as they were. Every original cell keeps its exact text, so `0001` stays `0001` and a decimal-comma
 * `15,5` stays `15,5` (quoted). Cells are quoted when they contain a comma, quote, line break, `;`, tab
 * or `|`, or start/end with whitespace. Formula-like text gets a `'` prefix (see {@link neutralizeFormula}); numbers
 * are never prefixed. Ragged rows: a short row is padded with empty cells to the header's width so the
 * added columns line up under their names; a long row's extra cells follow the added columns, so nothing
 * is dropped. Throws a RangeError when an added column's length differs from the row count, since
 * misaligned labels would silently put customers in the wrong segment.
 */
export function writeLabeledCsv(table: Table, added: readonly LabelColumn[]): string {
  for (const column of added) {
    if (column.values.length !== table.rows.length) {
      throw new RangeError(
        `Column “${column.name}” has ${column.values.length} values but the table has ${table.rows.length} rows.`,
      );
    }
  }
  const width = table.header.length;
  const out: string[] = [
    ...encodeTitles(table.titles ?? [], table.decimalComma),
    encodeLabeledHeader(
      table.header,
      added.map((column) => column.name),
      table.decimalComma,
    ),
  ];
  table.rows.forEach((row, i) => {
    out.push(
      encodeLabeledRow(
        row,
        width,
        added.map((column) => column.values[i] ?? ''),
        table.decimalComma,
      ),
    );
  });
  return out.join(LABELED_LINE_END) + LABELED_LINE_END;
}
