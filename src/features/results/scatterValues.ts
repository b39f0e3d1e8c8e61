import { atSliceEnd, runToEnd, type Sliced } from '../../core/schedule/sliced';

/** Axis units for the scatter: the file's own units, or standard deviations from the mean. */
export type Units = 'original' | 'standardized';

/** z = (v − mean) / scale, the transform the clustering itself used (NaN stays NaN). */
export function toUnits(values: Float64Array, mean: number, scale: number, units: Units): Float64Array {
  return runToEnd(toUnitsSteps(values, mean, scale, units));
}

/** {@link toUnits} a slice of rows at a time (see core/schedule/sliced). */
export function* toUnitsSteps(
  values: Float64Array,
  mean: number,
  scale: number,
  units: Units,
): Sliced<Float64Array> {
  if (units === 'original') return values;
  const s = scale || 1;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if (atSliceEnd(i)) yield;
    out[i] = ((values[i] as number) - mean) / s;
  }
  return out;
}

export function axisTitle(name: string, units: Units): string {
  return units === 'original' ? name : `${name} (standardized, SD from mean)`;
}
