import type { AppData } from './state';

/** The run settings a person chose, kept for the next visit: the seed, the restarts and the search. */
export type RunSettings = Pick<AppData, 'seed' | 'nInit' | 'matchSklearn'>;

export interface RunSettingsStorage {
  /** What was kept last time, field by field; a field that is missing or not valid is left out. */
  load(): Partial<RunSettings>;
  save(settings: RunSettings): void;
}

const KEY = 'customer-segments.run-settings';

/** Only values the setters themselves would accept (see analysisActions). */
export function parseRunSettings(text: string | null): Partial<RunSettings> {
  if (text === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const { seed, nInit, matchSklearn } = value as Record<string, unknown>;
  return {
    ...(Number.isSafeInteger(seed) && (seed as number) >= 0 ? { seed: seed as number } : {}),
    ...(Number.isInteger(nInit) && (nInit as number) >= 1 && (nInit as number) <= 100
      ? { nInit: nInit as number }
      : {}),
    ...(typeof matchSklearn === 'boolean' ? { matchSklearn } : {}),
  };
}

/**
 * The browser's localStorage (it never leaves the machine). Where storage is blocked (private modes,
 * a sandbox) the settings simply start from the defaults each time.
 */
export function browserRunSettingsStorage(): RunSettingsStorage {
  return {
    load() {
      try {
        return parseRunSettings(globalThis.localStorage.getItem(KEY));
      } catch {
        return {};
      }
    },
    save(settings) {
      try {
        globalThis.localStorage.setItem(KEY, JSON.stringify(settings));
      } catch {
        // Not kept: the page works the same, from the defaults next time.
      }
    },
  };
}
