/**
 * The segment profile as tab-separated text for the clipboard: pastes into a spreadsheet as a table
 * and reads fine in an e-mail. Tabs and line breaks inside names are replaced by spaces so a
 * user-typed name can never shift the columns.
 */
import type { SegmentProfile } from './profileSegments';

const clean = (text: string): string => text.replace(/[\t\r\n]+/g, ' ').trim();

const fixed = (v: number, decimals: number): string => (Number.isFinite(v) ? v.toFixed(decimals) : '');

export function profileTsv(
  profiles: readonly SegmentProfile[],
  names: readonly string[],
  featureNames: readonly string[],
): string {
  const first = profiles[0];
  if (first === undefined) return '';
  // Every category seen in any segment, so each row has the same columns.
  const categories = first.categorical.map((_, j) => {
    const values = new Set<string>();
    for (const p of profiles) for (const s of p.categorical[j]?.shares ?? []) values.add(s.value);
    return [...values];
  });
  const header = [
    'Cluster',
    'Segment',
    'Customers',
    'Share (%)',
    ...first.numeric.flatMap((c) => [`${clean(c.name)} mean`, `${clean(c.name)} median`]),
    ...first.categorical.flatMap((c, j) =>
      (categories[j] ?? []).map((value) => `${clean(c.name)} ${clean(value)} (%)`),
    ),
    ...featureNames.map((name) => `Centroid ${clean(name)}`),
  ];
  const rows = profiles.map((p) => [
    String(p.cluster + 1),
    clean(names[p.cluster] ?? `Cluster ${p.cluster + 1}`),
    String(p.size),
    fixed(p.share * 100, 1),
    ...p.numeric.flatMap((c) => [fixed(c.mean, 2), fixed(c.median, 2)]),
    ...categories.flatMap((values, j) =>
      values.map((value) =>
        fixed((p.categorical[j]?.shares.find((s) => s.value === value)?.share ?? 0) * 100, 1),
      ),
    ),
    ...featureNames.map((_, j) => fixed(p.centroid[j] ?? Number.NaN, 2)),
  ]);
  return [header, ...rows].map((row) => row.join('\t')).join('\n') + '\n';
}
