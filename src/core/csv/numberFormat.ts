/**
 * Numbers as spreadsheets and reports write them: `15,000`, `1.234,5`, `1 234,5`, `$15k`, `15k$`,
 * `€ 1.234,50`, `45%`, `USD 1,200`. A column's decimal mark is decided once for the whole column
 * ({@link decideDecimalMark}), so `1,234` means one thousand two hundred thirty-four in a column of
 * `1,234.5`-style numbers and one point two three four in a column of `1.234,5`-style ones.
 */

/** The character that separates a number's whole part from its fraction. */
export type DecimalMark = '.' | ',';

/** How one column's numbers are written, decided before its cells are read. */
export interface ColumnNumberFormat {
  readonly decimal: DecimalMark;
  /**
   * True when the header already gives the unit in thousands ("Annual Income (k$)", "Revenue in
   * thousands"): a `15k$` cell then restates the unit and means 15, not 15,000.
   */
  readonly kIsUnit: boolean;
}

/** What a formatted cell carried besides digits, for telling the analyst how it was read. */
export interface NumberDecorations {
  readonly grouping: boolean;
  readonly currency: boolean;
  readonly percent: boolean;
  readonly thousands: boolean;
}

export interface FormattedNumber extends NumberDecorations {
  readonly value: number;
}

// Symbols of the Unicode "Sc" category ($ € £ ¥ ₹ ₩ ₽ …), optionally after a country prefix (US$,
// R$, HK$), or the ISO codes and local words that exports print beside amounts.
const CURRENCY = String.raw`(?:[A-Z]{0,3}\p{Sc}|USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|INR|CNY|RMB|HKD|SGD|SEK|NOK|DKK|PLN|CZK|HUF|RON|BRL|MXN|ZAR|RUB|TRY|KRW|Rs\.?|kr\.?|zł|Kč|Ft|lei|Fr\.)`;
const SIGN = '[+\\-\u2212]';
// Spaces that thousands groups are written with: ordinary, no-break, narrow no-break, thin; apostrophes (Swiss).
const GROUP_SPACE = "[ \u00a0\u202f\u2009'\u2019]";

function numberPattern(decimal: DecimalMark): RegExp {
  const d = decimal === '.' ? '\\.' : ',';
  const other = decimal === '.' ? ',' : '\\.';
  // Western groups of three, the same separator throughout; for a '.' decimal, Indian lakh grouping too.
  const groupSep = `(?:${other}|${GROUP_SPACE})`;
  const western = `\\d{1,3}(?<group>${groupSep})\\d{3}(?:\\k<group>\\d{3})*`;
  const lakh = decimal === '.' ? '|\\d{1,2}(?:,\\d{2})+,\\d{3}' : '';
  const whole = `(?:(?:${western}${lakh})(?:${d}\\d*)?|\\d+(?:${d}\\d*)?|${d}\\d+)`;
  return new RegExp(
    `^(${SIGN})?\\s*(${CURRENCY})?\\s*(${SIGN})?\\s*(${whole})\\s*([kK])?\\s*(${CURRENCY}|%)?\\s*([kK])?$`,
    'u',
  );
}

const PATTERNS: Record<DecimalMark, RegExp> = { '.': numberPattern('.'), ',': numberPattern(',') };
// Cheap pre-check: most text cells ("Male", "Mumbai") have no digit and are refused at once.
const HAS_DIGIT = /\d/;

/**
 * Reads a trimmed, non-missing cell written with thousands separators, a currency, a percent sign or a
 * `k` suffix as the number it shows, in the column's {@link ColumnNumberFormat}. Returns null when the
 * cell is not such a number ("15 thousand", "0x10", "1,5" in a column whose decimal mark is '.'). A
 * percent sign is a unit (`45%` is 45), a `k` multiplies by 1,000 unless the header already says
 * thousands. Plain numbers are left to the strict reader; this one is for what it refuses.
 */
export function readFormattedNumber(trimmed: string, format: ColumnNumberFormat): FormattedNumber | null {
  if (!HAS_DIGIT.test(trimmed)) return null;
  const match = PATTERNS[format.decimal].exec(trimmed);
  if (match === null) return null;
  const [, sign1, prefix, sign2, body = '', , k1, suffix, k2] = match;
  if (sign1 !== undefined && sign2 !== undefined) return null;
  if (k1 !== undefined && k2 !== undefined) return null;
  if (prefix !== undefined && suffix !== undefined) return null;
  const percent = suffix === '%';
  const currency = prefix !== undefined || (suffix !== undefined && !percent);
  const thousands = k1 !== undefined || k2 !== undefined;
  if (percent && (currency || thousands)) return null;
  const groupChars =
    format.decimal === '.' ? /[, \u00a0\u202f\u2009'\u2019]/g : /[. \u00a0\u202f\u2009'\u2019]/g;
  const digits = body.replace(groupChars, '');
  const grouping = digits.length !== body.length;
  const plain = format.decimal === ',' ? digits.replace(',', '.') : digits;
  const negative = (sign1 ?? sign2) === '-' || (sign1 ?? sign2) === '\u2212';
  // Scaling by exponent keeps 1.1k exact (1100), where 1.1 * 1000 would not be.
  const scaled = thousands && !format.kIsUnit ? `${plain}e3` : plain;
  const value = Number(scaled);
  if (!Number.isFinite(value)) return null;
  return { value: negative ? -value : value, grouping, currency, percent, thousands };
}

// "(k$)", "k€", "in thousands", "'000", "000s", "Tsd.", "en milliers", "en miles": the unit is already thousands.
const THOUSANDS_UNIT =
  /(?:^|[^\p{L}])k\s*(?:\p{Sc}|usd|eur|gbp|inr)|\(\s*k\s*\)|thousand|tausend|tsd\.?(?:[^\p{L}]|$)|milliers|miles|['’]000|\b000s\b/iu;

/** True when a column's header gives its unit in thousands (see {@link ColumnNumberFormat.kIsUnit}). */
export function headerCountsThousands(name: string): boolean {
  return THOUSANDS_UNIT.test(name);
}

// The digit-and-separator core of a cell; the evidence about its decimal mark is read from it alone.
const CORE = /\d[\d.,]*\d|\d/;

/**
 * What one cell says about its column's decimal mark: '.' for `1,234.5`, `1,234,567` or `15.25`, ','
 * for `1.234,5`, `1.234.567` or `15,5`, and null when it cannot tell (`1,234` and `1.234` read either
 * way; a plain integer has no mark).
 */
export function decimalEvidence(cell: string): DecimalMark | null {
  const core = CORE.exec(cell)?.[0];
  if (core === undefined) return null;
  const lastDot = core.lastIndexOf('.');
  const lastComma = core.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return null;
  const first = core.indexOf(mark);
  if (first !== core.lastIndexOf(mark)) return mark === '.' ? ',' : '.';
  const before = first;
  const after = core.length - first - 1;
  // Only "1 to 3 digits, mark, exactly 3 digits" (not starting with 0) can be a thousands group.
  const couldGroup = after === 3 && before >= 1 && before <= 3 && core[0] !== '0';
  return couldGroup ? null : mark;
}

/**
 * The decimal mark of a column from its cells: the mark most unambiguous cells use, or `fallback` (the
 * file's own style) when none tells or both are equally common.
 */
export function decideDecimalMark(cells: Iterable<string | undefined>, fallback: DecimalMark): DecimalMark {
  let dot = 0;
  let comma = 0;
  for (const cell of cells) {
    if (cell === undefined) continue;
    const evidence = decimalEvidence(cell);
    if (evidence === '.') dot++;
    else if (evidence === ',') comma++;
  }
  if (dot === comma) return fallback;
  return dot > comma ? '.' : ',';
}

/**
 * Every column's {@link ColumnNumberFormat} from the first rows of the file: its decimal mark from its
 * own cells (the file's style where they do not tell), and whether its header counts in thousands.
 */
export function decideColumnFormats(
  header: readonly string[],
  width: number,
  rows: readonly (readonly string[])[],
  decimalComma: boolean,
): ColumnNumberFormat[] {
  const fallback: DecimalMark = decimalComma ? ',' : '.';
  return Array.from({ length: width }, (_, c) => ({
    decimal: decideDecimalMark(
      rows.map((row) => row[c]),
      fallback,
    ),
    kIsUnit: headerCountsThousands(header[c] ?? ''),
  }));
}

/**
 * The format of column `index` of a table: the one decided when it was read, or for a hand-built table
 * its file-wide decimal style and its header's unit.
 */
export function columnFormat(
  table: {
    readonly header: readonly string[];
    readonly decimalComma: boolean;
    readonly numberFormats?: readonly ColumnNumberFormat[];
  },
  index: number,
): ColumnNumberFormat {
  return (
    table.numberFormats?.[index] ?? {
      decimal: table.decimalComma ? ',' : '.',
      kIsUnit: headerCountsThousands(table.header[index] ?? ''),
    }
  );
}
