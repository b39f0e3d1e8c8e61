const AS_LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

export type FeatureMatch =
  | { readonly ok: true; readonly indices: number[] }
  | { readonly ok: false; readonly lacking: string[]; readonly message: string };

/**
 * The saved features' column indices in a table, matched by header name (the first column of that
 * name), or a sentence naming the columns the table lacks.
 */
export function matchFeatures(
  fileName: string,
  header: readonly string[],
  features: readonly string[],
): FeatureMatch {
  const indices = features.map((name) => header.indexOf(name));
  const lacking = features.filter((_, j) => indices[j] === -1);
  if (lacking.length === 0) return { ok: true, indices };
  const quoted = lacking.map((name) => `“${name}”`);
  return {
    ok: false,
    lacking,
    message:
      `${fileName} has no column ${AS_LIST.format(quoted)}, which the saved analysis clusters on ` +
      `(${AS_LIST.format(features.map((name) => `“${name}”`))}), so its customers could not be scored.`,
  };
}
