import { isEncryptedOffice } from './ole2';
import { sheetCsv, sheetHasValues } from './sheetCsv';
import { SourceError } from './sourceError';
import { openWorkbook, type WorkbookSheet } from './xlsxWorkbook';

/** One sheet of a workbook as CSV text, and the sheets the person can choose among. */
export interface WorkbookText {
  readonly text: string;
  /** Visible sheets that hold at least one value, in tab order. */
  readonly sheets: string[];
  /** The sheet `text` is from. */
  readonly sheet: string;
}

/**
 * Reads sheet `wanted` (by default the first that holds a value) of an .xlsx workbook as CSV text
 * (see {@link sheetCsv}). Throws a SourceError naming `fileName` for a damaged archive, a zip that is
 * no workbook, a workbook with no values, a sheet it does not have, or a sheet too large for memory.
 */
export function workbookCsv(
  bytes: Uint8Array,
  fileName: string,
  wanted: string | undefined,
  onProgress: (fraction: number) => void = () => {},
): WorkbookText {
  const book = openWorkbook(bytes, fileName);
  // Empty sheets are not offered; the first with values is read unless another is asked for.
  const filled: { sheet: WorkbookSheet; xml: Uint8Array | null }[] = [];
  for (const sheet of book.sheets) {
    const xml = book.sheetXml(sheet);
    // Only the sheet that may be read keeps its XML.
    if (sheetHasValues(xml))
      filled.push({ sheet, xml: filled.length === 0 || sheet.name === wanted ? xml : null });
  }
  const chosen =
    filled.find(({ sheet }) => sheet.name === wanted) ?? (wanted === undefined ? filled[0] : undefined);
  if (chosen === undefined) {
    throw wanted === undefined
      ? new SourceError('empty-workbook', `${fileName} has no filled cells in any sheet.`)
      : new SourceError('sheet-not-found', `${fileName} has no sheet named “${wanted}” with values.`);
  }
  const sheets = filled.map(({ sheet }) => sheet.name);
  const { name } = chosen.sheet;
  const xml = chosen.xml ?? book.sheetXml(chosen.sheet);
  try {
    return { text: sheetCsv(book, xml, onProgress), sheets, sheet: name };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new SourceError(
      'too-large',
      `The sheet “${name}” of ${fileName} is too large to read in this browser's memory. Save a part of its rows as a separate workbook or CSV.`,
    );
  }
}

/**
 * The sentence for an OLE2 compound file: a password-protected workbook (Office encrypts .xlsx into
 * one), or a legacy Excel 97–2003 .xls, which this app does not read.
 */
export function compoundFileError(bytes: Uint8Array, fileName: string): SourceError {
  return isEncryptedOffice(bytes)
    ? new SourceError(
        'password-protected',
        `${fileName} is protected with a password, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save it, and drop it again.`,
      )
    : new SourceError(
        'legacy-xls',
        `${fileName} is a legacy Excel 97–2003 workbook (.xls), which this app does not read. Open it in Excel and save it as .xlsx or CSV.`,
      );
}
