import { ENCODING_CHOICES, type DecodedText } from '../text/encodings';
import type { CsvProblem } from './problem';

/** "Western (Windows-1252)" for 'windows-1252'; the label itself, upper-cased, for one not offered. */
export function encodingName(encoding: string): string {
  return ENCODING_CHOICES.find((choice) => choice.label === encoding)?.name ?? encoding.toUpperCase();
}

/**
 * What the page says about a file's encoding: a warning when it was not UTF-8 and its encoding was
 * decided from its bytes (a guess the person can correct), a note when the person chose it, nothing for
 * UTF-8 and BOM-declared files.
 */
export function encodingProblem(decoded: Pick<DecodedText, 'encoding' | 'source'>): CsvProblem[] {
  const name = encodingName(decoded.encoding);
  if (decoded.source === 'detected') {
    return [
      {
        code: 'legacy-encoding',
        severity: 'warning',
        message: `This file is not UTF-8, so its characters were read as ${name}; if names look wrong, choose another under “Characters read as”. The download is written in UTF-8 with every character kept.`,
      },
    ];
  }
  if (decoded.source === 'forced' && decoded.encoding !== 'utf-8') {
    return [
      {
        code: 'legacy-encoding',
        severity: 'info',
        message: `Characters were read as ${name}, as chosen; the download is written in UTF-8.`,
      },
    ];
  }
  return [];
}

/**
 * What the download starts with: nothing for a UTF-8 source, a UTF-8 byte-order mark for any other.
 * A file saved in Windows-1252 or UTF-16 came from a spreadsheet that reads UTF-8 without a BOM as its
 * own code page, which would turn “José” into “JosÃ©” when the download is opened where the file was made.
 */
export function downloadPreamble(sourceEncoding: string): string {
  return sourceEncoding === 'utf-8' ? '' : '\ufeff';
}
