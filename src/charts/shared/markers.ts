/**
 * SVG path data for marker shapes, centred on (0, 0). Pure (d3-shape only) so it can be used by the
 * scatter, the legend swatches and tests alike.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3';
import type { SymbolType } from 'd3';
import type { MarkerShape } from '../palette';

const SYMBOLS: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
  wye: symbolWye,
};

/**
 * `radius` is the radius of the circle with the same area: d3 sizes symbols by area, which keeps
 * every shape at a similar visual weight, so no cluster looks "bigger" because of its marker.
 */
export function markerPath(shape: MarkerShape, radius: number): string {
  return (
    symbol()
      .type(SYMBOLS[shape])
      .size(Math.PI * radius * radius)() ?? ''
  );
}

/**
 * Centroid marker: a filled "X" (a plus sign turned 45°) of half-length `radius`. Filled rather than
 * stroked so it can carry the cluster colour inside a dark outline and still read as "not a
 * customer". Built by hand because d3 has no filled X symbol and a rotate() transform would make
 * hit-testing and tests depend on transforms.
 */
export function centroidPath(radius: number): string {
  const a = radius;
  const b = radius * 0.3;
  // prettier-ignore
  const plus: [number, number][] = [
    [-b, -a], [b, -a], [b, -b], [a, -b], [a, b], [b, b],
    [b, a], [-b, a], [-b, b], [-a, b], [-a, -b], [-b, -b],
  ];
  const r2 = Math.SQRT1_2;
  const pts = plus.map(([x, y]) => `${round((x - y) * r2)},${round((x + y) * r2)}`);
  return `M${pts.join('L')}Z`;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
