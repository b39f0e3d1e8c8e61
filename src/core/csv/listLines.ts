import { MAX_LISTED_LINES } from './problem';

/**
 * Renders line numbers for a problem message: "line 4", "lines 4, 9 and 12", or the first
 * {@link MAX_LISTED_LINES} followed by "and 37 more".
 */
export function listLines(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  const shown = lines.slice(0, MAX_LISTED_LINES);
  const rest = lines.length - shown.length;
  if (rest > 0) return `lines ${shown.join(', ')} and ${rest} more`;
  return `lines ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
