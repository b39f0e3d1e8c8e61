import { strFromU8, unzipSync } from 'fflate';
import { isDateFormat } from './excelDate';
import { SourceError } from './sourceError';
import { xmlAttribute, xmlRunText } from './xmlText';

/** A worksheet as the workbook lists it: its tab name and where its XML is in the archive. */
export interface WorkbookSheet {
  readonly name: string;
  readonly path: string;
}

/**
 * What reading any sheet of an .xlsx workbook needs: its visible worksheets in tab order, the shared
 * strings, which cell styles show dates, the date system, and the archive to inflate a sheet from.
 */
export interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
  readonly sharedStrings: readonly string[];
  /** By style index (a cell's `s`): whether its number format shows a date or time. */
  readonly dateStyles: readonly boolean[];
  /** Serials count from 1904-01-01 (old Mac workbooks) rather than 1900. */
  readonly date1904: boolean;
  /** The sheet's XML, inflated from the archive; throws a SourceError when the archive is damaged. */
  sheetXml(sheet: WorkbookSheet): Uint8Array;
}

// The small parts that describe the workbook; worksheets are inflated one at a time, when asked for.
const DESCRIBING_PART = /(^|\/)(_rels\/[^/]*\.rels|workbook\.xml|sharedStrings\.xml|styles\.xml)$/;

function inflate(
  bytes: Uint8Array,
  fileName: string,
  wanted: (name: string) => boolean,
): Map<string, Uint8Array> {
  try {
    return new Map(Object.entries(unzipSync(bytes, { filter: (file) => wanted(file.name) })));
  } catch {
    throw new SourceError(
      'corrupt-workbook',
      `${fileName} looks like an Excel workbook, but its zip archive is damaged and cannot be opened. Open it in Excel and save it again, or save it as CSV.`,
    );
  }
}

const text = (part: Uint8Array | undefined): string => (part === undefined ? '' : strFromU8(part));

/** `target` of a relationship, resolved against the folder of the part that declares it. */
function resolvePart(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${folder}${target}`.split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.') resolved.push(part);
  }
  return resolved.join('/');
}

function relationships(xml: string, folder: string): Map<string, { type: string; path: string }> {
  const byId = new Map<string, { type: string; path: string }>();
  for (const [, attributes = ''] of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = xmlAttribute(attributes, 'Id');
    const target = xmlAttribute(attributes, 'Target');
    if (id === undefined || target === undefined) continue;
    byId.set(id, { type: xmlAttribute(attributes, 'Type') ?? '', path: resolvePart(folder, target) });
  }
  return byId;
}

function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g))
    strings.push(xmlRunText(match[1] ?? ''));
  return strings;
}

function readDateStyles(xml: string): boolean[] {
  const codes = new Map<number, string>();
  for (const [, attributes = ''] of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    codes.set(Number(xmlAttribute(attributes, 'numFmtId')), xmlAttribute(attributes, 'formatCode') ?? '');
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map(([, attributes = '']) => {
    const id = Number(xmlAttribute(attributes, 'numFmtId') ?? 0);
    return isDateFormat(id, codes.get(id));
  });
}

/**
 * Opens an .xlsx (or .xlsm) workbook from its bytes: the sheet list, shared strings and styles, not
 * yet any worksheet. Throws a SourceError with a sentence naming `fileName` when the archive is
 * damaged or is not a workbook.
 */
export function openWorkbook(bytes: Uint8Array, fileName: string): Workbook {
  const parts = inflate(bytes, fileName, (name) => DESCRIBING_PART.test(name));
  const main = [...relationships(text(parts.get('_rels/.rels')), '').values()].find((rel) =>
    rel.type.endsWith('/officeDocument'),
  );
  const bookPath = main?.path ?? 'xl/workbook.xml';
  const bookXml = text(parts.get(bookPath));
  if (bookXml === '') {
    throw new SourceError(
      'not-a-workbook',
      `${fileName} is a zip archive, but not an Excel workbook. If it holds a spreadsheet, save that as .xlsx or CSV.`,
    );
  }
  const folder = bookPath.slice(0, bookPath.lastIndexOf('/') + 1);
  const rels = relationships(text(parts.get(`${folder}_rels/${bookPath.slice(folder.length)}.rels`)), folder);
  const listed = [...bookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)].flatMap(([, attributes = '']) => {
    const relId = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(` ${attributes}`)?.[1];
    const rel = relId === undefined ? undefined : rels.get(relId);
    // Chart sheets hold no cells.
    if (rel === undefined || !rel.type.endsWith('/worksheet')) return [];
    const hidden = (xmlAttribute(attributes, 'state') ?? 'visible') !== 'visible';
    return [{ name: xmlAttribute(attributes, 'name') ?? rel.path, path: rel.path, hidden }];
  });
  const visible = listed.filter((sheet) => !sheet.hidden);
  const sheets = (visible.length > 0 ? visible : listed).map(({ name, path }) => ({ name, path }));
  const bookPr = /<workbookPr\b([^>]*?)\/?>/.exec(bookXml)?.[1] ?? '';
  const date1904 = ['1', 'true'].includes(xmlAttribute(bookPr, 'date1904') ?? '');
  const stylesPath = [...rels.values()].find((rel) => rel.type.endsWith('/styles'))?.path;
  const stringsPath = [...rels.values()].find((rel) => rel.type.endsWith('/sharedStrings'))?.path;
  return {
    sheets,
    sharedStrings: readSharedStrings(text(stringsPath === undefined ? undefined : parts.get(stringsPath))),
    dateStyles: readDateStyles(text(stylesPath === undefined ? undefined : parts.get(stylesPath))),
    date1904,
    sheetXml(sheet) {
      const xml = inflate(bytes, fileName, (name) => name === sheet.path).get(sheet.path);
      if (xml === undefined) {
        throw new SourceError(
          'corrupt-workbook',
          `${fileName} lists the sheet “${sheet.name}”, but the sheet is missing from the file.`,
        );
      }
      return xml;
    },
  };
}
