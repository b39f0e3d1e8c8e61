// Excel's built-in number formats that show a date or time (ECMA-376 Part 1, 18.8.30), including
// the East Asian ones.
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/**
 * Whether a cell with number format `id` (and, for custom formats, `code`) shows a date or time. A
 * custom code is a date when, outside quoted text, escapes and [colour]/[locale] sections, it has a
 * day, month, year, hour or second token. Elapsed-time codes ([h]:mm) are durations, not dates.
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATE_FORMATS.has(id)) return true;
  if (code === undefined) return false;
  if (/\[(h+|m+|s+)\]/i.test(code)) return false;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare.split(';')[0] ?? '');
}

const DAY_MS = 86_400_000;
// Day 0 of each date system, in Unix milliseconds. The 1900 system counts 1900-02-29, a day that never
// was (Lotus 1-2-3's bug, kept by Excel), so from serial 61 on its day 0 is 1899-12-30.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1900_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * An Excel date serial (days, with the time as the fraction) as ISO 8601 text: `YYYY-MM-DD` for a
 * whole day, `HH:MM:SS` for a time alone (serial below 1), else `YYYY-MM-DDTHH:MM:SS`. Rounded to
 * the millisecond, as Excel stores times; a serial that is not finite is empty.
 */
export function excelSerialText(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial)) return '';
  const epoch = date1904 ? EPOCH_1904 : serial < 61 ? EPOCH_1900_BEFORE_LEAP_BUG : EPOCH_1900;
  const ms = Math.round(serial * DAY_MS);
  const iso = new Date(epoch + ms).toISOString();
  const time = iso.slice(11, 19) + (iso.endsWith('.000Z') ? '' : iso.slice(19, 23));
  if (serial >= 0 && serial < 1 && !date1904) return time;
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}
