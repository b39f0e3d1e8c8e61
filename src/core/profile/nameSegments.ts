/**
 * A suggested, human name per segment from where its centroid sits against the overall mean of each
 * clustered column, measured in standard deviations (z = (centroid − mean) / sd, the same population
 * sd the clustering standardised with):
 *
 *   z ≥ +0.5  → "High <column>"
 *   z ≤ −0.5  → "Low <column>"
 *   otherwise → "Average <column>"
 *
 * Half a standard deviation is about the smallest gap a marketer would call "different" (in a normal
 * population it splits customers roughly 30 / 40 / 30 into low / average / high), and it is what makes
 * the Mall_Customers k = 5 result read the way analysts describe it. With up to three clustered columns
 * every column is named, in clustering order; with more, only the three furthest from average (by |z|)
 * are, so names stay short. Two segments that would get the same name are told apart with "(2)", "(3)".
 */
import { shortColumnName } from './shortColumnName';

export const NAME_THRESHOLD_SD = 0.5;
export const NAME_MAX_PARTS = 3;

export type Band = 'Low' | 'Average' | 'High';

export function band(z: number, threshold = NAME_THRESHOLD_SD): Band {
  if (z >= threshold) return 'High';
  if (z <= -threshold) return 'Low';
  return 'Average';
}

export interface NamingInput {
  /** Centroids in original units, one value per clustered column. */
  readonly centroids: readonly (readonly number[])[];
  /** Overall mean and (population) standard deviation of each clustered column. */
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly columnNames: readonly string[];
}

export function suggestSegmentNames(input: NamingInput): string[] {
  const { centroids, mean, scale, columnNames } = input;
  const words = columnNames.map(shortColumnName);
  const raw = centroids.map((centre) => {
    const parts = centre.map((value, j) => {
      const sd = scale[j] ?? 1;
      const z = (value - (mean[j] ?? 0)) / (sd > 0 ? sd : 1);
      return { j, z: Number.isFinite(z) ? z : 0 };
    });
    const chosen =
      parts.length <= NAME_MAX_PARTS
        ? parts
        : [...parts]
            .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.j - b.j)
            .slice(0, NAME_MAX_PARTS)
            .sort((a, b) => a.j - b.j);
    return chosen.map((p) => `${band(p.z)} ${words[p.j] ?? `column ${p.j + 1}`}`).join(' · ');
  });
  return disambiguate(raw);
}

/** "A", "A" → "A (1)", "A (2)": a name shared by two segments would make the download ambiguous. */
export function disambiguate(names: readonly string[]): string[] {
  const total = new Map<string, number>();
  for (const name of names) total.set(name, (total.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return names.map((name) => {
    if ((total.get(name) ?? 0) < 2) return name;
    const nth = (seen.get(name) ?? 0) + 1;
    seen.set(name, nth);
    return `${name} (${nth})`;
  });
}
