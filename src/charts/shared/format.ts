import { format } from 'd3';
import type { Refinement } from '../../core/cluster/results';

/**
 * Short human number for tooltips and annotations: integers stay as typed (customer data is mostly
 * whole numbers: ages, k$, scores), other values get 4 significant digits. No thousands separator,
 * because these values are shown inside "(x, y)" pairs where a comma would be ambiguous.
 */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (Number.isInteger(v)) return String(v);
  if (Math.abs(v) >= 1000) return String(Math.round(v));
  return String(Number.parseFloat(v.toPrecision(4)));
}

/** Fixed decimals with thousands separators, for tables and aria-labels ("157.70", "12,345.679"). */
export function formatFixed(v: number, decimals: number): string {
  if (!Number.isFinite(v)) return '–';
  return format(`,.${decimals}f`)(v);
}

/** Fixed decimals without grouping: aria-labels are read aloud, "157.70" must stay one token. */
export function formatPlain(v: number, decimals: number): string {
  if (!Number.isFinite(v)) return '–';
  return v.toFixed(decimals);
}

/**
 * Tick label formatter for a linear axis. d3's tickFormat already picks the precision the step
 * needs; above 100k we switch to SI ("250k", "1.2M") because raw-unit inertia can be in the millions
 * and long labels would eat the left margin.
 */
export function tickFormatter(
  scale: { tickFormat: (count?: number, specifier?: string) => (d: number) => string },
  count: number,
  maxAbs: number,
): (d: number) => string {
  if (maxAbs >= 1e5) {
    const si = format('~s');
    return (d) => si(d).replace('G', 'B');
  }
  // ',~f': grouped, fixed-point with the precision d3 derives from the step, trailing zeros trimmed
  // (a bare ',' lets d3 pick exponent notation, "6e+2", for round hundreds).
  return scale.tickFormat(count, ',~f');
}

/** How often a k's best partition was reached: "found 37 times", "found once". */
export function foundText(foundBy: number): string {
  return foundBy === 1 ? 'found once' : `found ${foundBy} times`;
}

/**
 * What refining a k's best restart did: "then 24 more iterations to a fixed point, inertia 0.0085%
 * lower". The share keeps two significant figures, so a tiny gain does not read as none.
 */
export function refinedText(refined: Refinement, inertia: number): string {
  const lower = (1 - inertia / refined.inertiaBefore) * 100;
  const extra = refined.iterations - 1; // the last pass only confirmed the fixed point
  return (
    `then ${extra} more iteration${extra === 1 ? '' : 's'} to a fixed point, ` +
    `inertia ${lower.toPrecision(2)}% lower`
  );
}
