import { strToU8, zipSync } from 'fflate';

/** A cell as the tiny writer takes it: the `<c>` element's attributes and inner XML, after `r`. */
export type RawCell = string;

/**
 * A minimal .xlsx written by hand (test-only), for cells the fixtures from openpyxl cannot show:
 * cached formula values, rich and inline strings, date styles, the 1904 date system. Sheets are
 * given as rows of raw `<c>` bodies (e.g. `t="s"><v>0</v>`), or as the whole sheetData XML.
 */
export function writeXlsx(options: {
  sheets: { name: string; rows?: (RawCell | null)[][]; sheetData?: string; state?: string }[];
  sharedStrings?: string[];
  /** numFmtId per cell style (s = index); custom codes by id. */
  styles?: number[];
  formats?: Record<number, string>;
  date1904?: boolean;
}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const add = (path: string, xml: string): void => {
    files[path] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
  };
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  add(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    'xl/workbook.xml',
    `<workbook ${ns}><workbookPr${options.date1904 === true ? ' date1904="1"' : ''}/><sheets>${options.sheets
      .map(
        (sheet, i) =>
          `<sheet name="${sheet.name}" sheetId="${i + 1}"${sheet.state === undefined ? '' : ` state="${sheet.state}"`} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  const n = options.sheets.length;
  add(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${options.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId${n + 1}" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="${rel}/styles" Target="/xl/styles.xml"/></Relationships>`,
  );
  add(
    'xl/sharedStrings.xml',
    `<sst ${ns}>${(options.sharedStrings ?? []).map((s) => `<si>${s.startsWith('<') ? s : `<t>${s}</t>`}</si>`).join('')}</sst>`,
  );
  const formats = Object.entries(options.formats ?? {});
  add(
    'xl/styles.xml',
    `<styleSheet ${ns}><numFmts count="${formats.length}">${formats
      .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`)
      .join('')}</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs>${(
      options.styles ?? [0]
    )
      .map((id) => `<xf numFmtId="${id}" fontId="0"/>`)
      .join('')}</cellXfs></styleSheet>`,
  );
  options.sheets.forEach((sheet, i) => {
    const data =
      sheet.sheetData ??
      (sheet.rows ?? [])
        .map(
          (row, r) =>
            `<row r="${r + 1}">${row
              .map((cell, c) =>
                cell === null ? '' : `<c r="${String.fromCharCode(65 + c)}${r + 1}" ${cell}</c>`,
              )
              .join('')}</row>`,
        )
        .join('');
    add(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet ${ns}><sheetData>${data}</sheetData></worksheet>`);
  });
  return zipSync(files, { level: 1 });
}
