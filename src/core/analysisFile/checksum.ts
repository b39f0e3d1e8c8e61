import { canonicalJson } from './canonicalJson';
import { sha256Hex } from './sha256';
import type { AnalysisFile, UnsealedAnalysisFile } from './format';

/** SHA-256 of the canonical JSON (UTF-8) of everything in `value` but its "checksum" key. */
export async function analysisChecksum(value: Readonly<Record<string, unknown>>): Promise<string> {
  const rest: Record<string, unknown> = { ...value };
  delete rest['checksum'];
  return sha256Hex(canonicalJson(rest));
}

/** The file with its checksum added, ready to write. */
export async function sealAnalysisFile(unsealed: UnsealedAnalysisFile): Promise<AnalysisFile> {
  return { ...unsealed, checksum: await analysisChecksum({ ...unsealed }) };
}

/** The file's text: indented for a person to read, the keys in the order the format lists them. */
export function analysisFileText(file: AnalysisFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
