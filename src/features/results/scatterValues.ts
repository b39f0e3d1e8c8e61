/** Axis units for the scatter: the file's own units, or standard deviations from the mean. */
export type Units = 'original' | 'standardized';

/** z = (v − mean) / scale, the transform the clustering itself used (NaN stays NaN). */
export function toUnits(values: Float64Array, mean: number, scale: number, units: Units): Float64Array {
  if (units === 'original') return values;
  const s = scale || 1;
  return values.map((v) => (v - mean) / s);
}

export function axisTitle(name: string, units: Units): string {
  return units === 'original' ? name : `${name} (standardized, SD from mean)`;
}
