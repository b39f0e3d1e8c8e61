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
 * are, so names stay short. Segments that would get the same name are told apart by what differs:
 * finer bands (z ≥ +1.5 "Very high", z ≤ −1.5 "Very low"), then the column on which they differ most
 * ("… (higher Spending)"), and only then by number ("(1)", "(2)").
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

// Finer bands, used only to tell apart segments the coarse ones name alike.
const FINE_THRESHOLD_SD = 1.5;

function fineBand(z: number): string {
  if (z >= FINE_THRESHOLD_SD) return 'Very high';
  if (z <= -FINE_THRESHOLD_SD) return 'Very low';
  return band(z);
}

export function suggestSegmentNames(input: NamingInput): string[] {
  const { centroids, mean, scale, columnNames } = input;
  const words = columnNames.map(shortColumnName);
  const word = (j: number): string => words[j] ?? `column ${j + 1}`;
  const zs = centroids.map((centre) =>
    centre.map((value, j) => {
      const sd = scale[j] ?? 1;
      const z = (value - (mean[j] ?? 0)) / (sd > 0 ? sd : 1);
      return Number.isFinite(z) ? z : 0;
    }),
  );
  const nameWith = (z: readonly number[], bandOf: (z: number) => string): string => {
    const parts = z.map((value, j) => ({ j, z: value }));
    const chosen =
      parts.length <= NAME_MAX_PARTS
        ? parts
        : [...parts]
            .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.j - b.j)
            .slice(0, NAME_MAX_PARTS)
            .sort((a, b) => a.j - b.j);
    return chosen.map((p) => `${bandOf(p.z)} ${word(p.j)}`).join(' · ');
  };
  const names = zs.map((z) => nameWith(z, band));
  // Segments named alike are told apart by what differs: finer bands first, then the column on which
  // they differ most ("… (higher income)"), numbers only as the last resort.
  for (const group of tiedGroups(names)) for (const c of group) names[c] = nameWith(zs[c] ?? [], fineBand);
  for (const group of tiedGroups(names)) {
    const spread = (j: number): number => {
      const values = group.map((c) => zs[c]?.[j] ?? 0);
      return Math.max(...values) - Math.min(...values);
    };
    const columns = (zs[group[0] ?? 0] ?? []).map((_, j) => j);
    const j = columns.reduce((best, next) => (spread(next) > spread(best) ? next : best), 0);
    const ranks = RANK_WORDS[group.length];
    if (ranks === undefined || spread(j) === 0) continue;
    const order = [...group].sort((a, b) => (zs[a]?.[j] ?? 0) - (zs[b]?.[j] ?? 0));
    order.forEach((c, rank) => {
      names[c] = `${names[c]} (${ranks[rank]} ${word(j)})`;
    });
  }
  return disambiguate(names);
}

/** Relative words by group size, lowest first. */
const RANK_WORDS: Readonly<Record<number, readonly string[]>> = {
  2: ['lower', 'higher'],
  3: ['lowest', 'middle', 'highest'],
};

/** Indices of segments sharing a name, one array per shared name (only names used twice or more). */
function tiedGroups(names: readonly string[]): number[][] {
  const byName = new Map<string, number[]>();
  names.forEach((name, c) => byName.set(name, [...(byName.get(name) ?? []), c]));
  return [...byName.values()].filter((group) => group.length > 1);
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
