/** What the browser says about its memory, where it says anything (Chromium only). */
export interface MemoryHints {
  /** navigator.deviceMemory: RAM in GB, rounded down and capped at 8 by the browser. */
  readonly deviceMemoryGb?: number;
  /** performance.memory.jsHeapSizeLimit: the most one JavaScript heap may grow to. */
  readonly heapLimitBytes?: number;
}

// The longest string V8 can hold (2^29 - 24 characters): the decoded file is one string.
export const MAX_TEXT_CHARS = 2 ** 29 - 24;
// Bytes needed per file byte while reading: the text (1 byte per ASCII character), a number column per
// column (8 bytes per cell, a cell being at least ~4 file bytes with its delimiter: ~2x), the export
// being written (~1.2x) and headroom for the garbage a parse leaves behind.
export const BYTES_PER_FILE_BYTE = 5;
// Share of the device's memory one tab may reasonably take.
const DEVICE_SHARE = 0.5;

/**
 * A plain-language reason why a file of `bytes` cannot be read on this machine, or null when it fits.
 * Checked before reading, so a too-large file fails at once with a message instead of crashing the tab.
 */
export function checkFileFits(bytes: number, hints: MemoryHints = {}): string | null {
  const size = describeSize(bytes);
  if (bytes > MAX_TEXT_CHARS) {
    return `This file is ${size}; the browser can read CSV files of up to ${describeSize(MAX_TEXT_CHARS)} here. Split it, or keep only the columns and rows you need, and drop the smaller file.`;
  }
  const budgets: number[] = [];
  if (hints.heapLimitBytes !== undefined && hints.heapLimitBytes > 0) budgets.push(hints.heapLimitBytes);
  if (hints.deviceMemoryGb !== undefined && hints.deviceMemoryGb > 0) {
    budgets.push(hints.deviceMemoryGb * 2 ** 30 * DEVICE_SHARE);
  }
  if (budgets.length === 0) return null;
  const budget = Math.min(...budgets);
  const needed = bytes * BYTES_PER_FILE_BYTE;
  if (needed <= budget) return null;
  return `This file is ${size} and needs about ${describeSize(needed)} of memory to analyse, more than this browser can give a tab (about ${describeSize(budget)}). Split it, or keep only the columns and rows you need, and drop the smaller file.`;
}

/** "25.3 MB", "1.2 GB" (decimal units, as file managers show them). */
function describeSize(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}
