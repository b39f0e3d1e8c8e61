import { analysisChecksum } from './checksum';
import { findForbiddenKey } from './forbiddenKeys';
import {
  ANALYSIS_FORMAT,
  ANALYSIS_FORMAT_VERSION,
  MAX_ANALYSIS_FILE_BYTES,
  type AnalysisFile,
} from './format';
import { SchemaProblem, validateAnalysis } from './validateAnalysis';

export type AnalysisFileProblemCode =
  'too-large' | 'not-json' | 'forbidden-key' | 'not-analysis' | 'newer-version' | 'tampered' | 'invalid';

export type ReadAnalysis =
  | { readonly ok: true; readonly file: AnalysisFile }
  | { readonly ok: false; readonly code: AnalysisFileProblemCode; readonly message: string };

const megabytes = (bytes: number): string =>
  `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/**
 * Opens an analysis file's text, or says in one sentence why not. In order: the size (before a byte
 * is parsed), JSON, keys that could reach a prototype, "format", "version", the checksum (a file
 * edited by hand is refused, whatever it now says), then every field.
 */
export async function readAnalysisFile(
  fileName: string,
  byteSize: number,
  readText: () => Promise<string>,
): Promise<ReadAnalysis> {
  const refuse = (code: AnalysisFileProblemCode, message: string): ReadAnalysis => ({
    ok: false,
    code,
    message,
  });
  if (byteSize > MAX_ANALYSIS_FILE_BYTES)
    return refuse(
      'too-large',
      `${fileName} is ${megabytes(byteSize)}, far too large for an analysis file (they are a few kilobytes; ` +
        `the limit is ${megabytes(MAX_ANALYSIS_FILE_BYTES)}), so it was not opened.`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse((await readText()).replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse(
      'not-json',
      `${fileName} is not JSON, so it is not an analysis file saved by this app (${reason}).`,
    );
  }
  const forbidden = findForbiddenKey(parsed);
  if (forbidden !== null)
    return refuse(
      'forbidden-key',
      `${fileName} contains the key "${forbidden.key}" (at ${forbidden.path}), which no analysis file has; it was not opened.`,
    );
  const record =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  if (record === null || record['format'] !== ANALYSIS_FORMAT)
    return refuse(
      'not-analysis',
      `${fileName} is JSON, but not a customer-segments analysis file ` +
        `(${record === null || !Object.hasOwn(record, 'format') ? 'it has no "format" field' : `its "format" is ${JSON.stringify(record['format'])}`}).`,
    );
  const version = record['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > ANALYSIS_FORMAT_VERSION)
    return refuse(
      'newer-version',
      `${fileName} was saved by a newer version of the app (analysis format ${version}; this one reads format ` +
        `${ANALYSIS_FORMAT_VERSION}). Open it with the newer version.`,
    );
  const checksum = record['checksum'];
  let expected: string;
  try {
    expected = await analysisChecksum(record);
  } catch {
    // Only a value nested thousands deep gets here (the canonical form is written recursively).
    return refuse('invalid', `${fileName} is not a valid analysis file: it is nested far too deeply.`);
  }
  if (typeof checksum !== 'string' || checksum !== expected)
    return refuse(
      'tampered',
      typeof checksum === 'string'
        ? `${fileName} was changed after it was saved: its checksum does not match its contents, so it was not opened. Save the analysis again, or undo the edit.`
        : `${fileName} has no checksum, so the app cannot tell whether it was changed after it was saved; it was not opened.`,
    );
  try {
    return { ok: true, file: validateAnalysis(parsed) };
  } catch (error) {
    if (!(error instanceof SchemaProblem)) throw error;
    return refuse('invalid', `${fileName} is not a valid analysis file: ${error.message}.`);
  }
}
