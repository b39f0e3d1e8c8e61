import { clusterColor, clusterShape } from '../../charts/palette';
import type { LegendItem } from '../export/serializeSvg';

/**
 * The legend an exported scatter carries, in slot order as the plot draws it: per segment the plot's
 * colour (its class, so a dark-mode export takes the dark-mode colour) and marker shape, its name
 * and its size; then the centroid's cross.
 */
export function exportLegend(names: readonly string[], sizes: readonly number[]): LegendItem[] {
  const segments = names.map((name, slot) => ({
    name,
    color: clusterColor(slot),
    colorClass: `cluster-${slot % 10}`,
    shape: clusterShape(slot),
    count: sizes[slot] ?? 0,
  }));
  return [...segments, { name: 'Centroid', color: '', shape: 'centroid' }];
}
