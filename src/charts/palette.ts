/**
 * Cluster colours and marker shapes shared by every chart, so that "Cluster 3" looks the same in the
 * scatter, the legend and anywhere else the app shows a cluster.
 *
 * The first six are Okabe–Ito (reordered a little) (designed to stay distinguishable under the common colour-vision
 * deficiencies); the rest come from Paul Tol's "muted" scheme. Okabe–Ito's yellow and black are left
 * out on purpose: yellow vanishes on a light background and black is reserved for centroids and text.
 * Grey is not in the list either, because grey means "not clustered".
 */
export const CLUSTER_COLORS: readonly string[] = Object.freeze([
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#D55E00', // vermillion
  '#56B4E9', // sky blue (after vermillion: next to blue at k = 5 it read too similar in dense clouds)
  '#332288', // indigo
  '#999933', // olive
  '#882255', // wine
  '#44AA99', // teal
]);

/** Rows left out of clustering (label -1, e.g. a missing value in a feature column). */
export const UNCLUSTERED_COLOR = '#9CA3AF';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';

/**
 * Marker shapes, so clusters stay distinguishable when colour alone is not enough (printouts in grey,
 * colour-vision deficiencies). Seven shapes and ten colours are coprime-ish in practice: the pair
 * (colour, shape) only repeats after 70 clusters.
 */
export const CLUSTER_SHAPES: readonly MarkerShape[] = Object.freeze([
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'star',
  'wye',
] as const);

function wrap(index: number, length: number): number {
  return ((index % length) + length) % length;
}

export function clusterColor(label: number): string {
  if (!Number.isInteger(label) || label < 0) return UNCLUSTERED_COLOR;
  return CLUSTER_COLORS[wrap(label, CLUSTER_COLORS.length)] ?? UNCLUSTERED_COLOR;
}

export function clusterShape(label: number): MarkerShape {
  if (!Number.isInteger(label) || label < 0) return 'circle';
  return CLUSTER_SHAPES[wrap(label, CLUSTER_SHAPES.length)] ?? 'circle';
}

/** Display name: clusters are numbered from 1 for people, labels are 0-based in data. */
export function clusterName(label: number, names?: readonly string[]): string {
  if (label < 0) return 'Not clustered';
  return names?.[label] ?? `Cluster ${label + 1}`;
}
