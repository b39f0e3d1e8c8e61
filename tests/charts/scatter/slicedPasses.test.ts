import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseCoords, baseCoordsSteps } from '../../../src/charts/scatter/baseCoords';
import { moreDrawnThan } from '../../../src/charts/scatter/ClusterScatter';
import { computeFrame, extentsSteps, frameFromExtents } from '../../../src/charts/scatter/frame';
import { countLabels, legendEntries, legendFromCounts } from '../../../src/charts/scatter/legendEntries';
import { thinLabels, thinLabelsSteps } from '../../../src/charts/scatter/thinLabels';
import { runSliced } from '../../../src/charts/shared/useSliced';
import { runToEnd, SLICE_ROWS, type Sliced } from '../../../src/core/schedule/sliced';
import * as before from '../../reference/charts/scatterPasses';

/** Runs a sliced job one step at a time, counting the yields. */
function stepped<T>(job: Sliced<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = job.next();
    if (step.done === true) return { value: step.value, yields };
    yields++;
  }
}

/** Seeded columns with NaN and ±Infinity here and there, long enough to cross several slices. */
function columns(seed: number, n: number): { x: Float64Array; y: Float64Array } {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const value = (): number => {
    const r = rand();
    if (r < 0.02) return NaN;
    if (r < 0.025) return r < 0.0225 ? Infinity : -Infinity;
    return (rand() - 0.3) * 1000;
  };
  return { x: Float64Array.from({ length: n }, value), y: Float64Array.from({ length: n }, value) };
}

const sizes = fc.record({ seed: fc.integer(), n: fc.integer({ min: 0, max: 3 * SLICE_ROWS + 7 }) });
const sameNumbers = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

describe('the scatter passes run a slice at a time', () => {
  it('extents: the frame of the sliced pass is the frame computeFrame makes', () => {
    fc.assert(
      fc.property(sizes, ({ seed, n }) => {
        const { x, y } = columns(seed, n);
        const { value, yields } = stepped(extentsSteps(x, y));
        expect(yields).toBe(Math.floor(n / SLICE_ROWS));
        expect(value.drawn).toBe(before.countDrawn(x, y));
        const input = { x, y, centroids: [[2000, -5]], width: 640, height: 420 };
        const frame = frameFromExtents(value, input);
        const whole = computeFrame(input);
        expect(frame.xScale.domain()).toEqual(whole.xScale.domain());
        expect(frame.yScale.domain()).toEqual(whole.yScale.domain());
        expect(frame.margin).toEqual(whole.margin);
        expect(frame.drawn).toBe(whole.drawn);
      }),
      { numRuns: 15 },
    );
  });

  it('base coordinates: the same Float32 positions as the one-loop pass', () => {
    fc.assert(
      fc.property(sizes, ({ seed, n }) => {
        const { x, y } = columns(seed, n);
        const { xScale, yScale } = computeFrame({ x, y, centroids: [], width: 700, height: 480 });
        const old = before.baseCoords(x, y, xScale, yScale);
        const { value } = stepped(baseCoordsSteps(x, y, xScale, yScale));
        expect(sameNumbers(value.px, old.px) && sameNumbers(value.py, old.py)).toBe(true);
        const once = baseCoords(x, y, xScale, yScale);
        expect(sameNumbers(once.px, old.px) && sameNumbers(once.py, old.py)).toBe(true);
      }),
      { numRuns: 15 },
    );
  });

  it('labels in view: the same labels, in the same places, stepped or at once', () => {
    const { x, y } = columns(7, 3 * SLICE_ROWS);
    const { xScale, yScale } = computeFrame({ x, y, centroids: [], width: 700, height: 480 });
    const { px, py } = baseCoords(x, y, xScale, yScale);
    const ids = Array.from({ length: x.length }, (_, i) => `C${i}`);
    // Zoomed in, so few points are in view and the scan runs through every row.
    const input = { px, py, ids, k: 40, tx: -12_000, ty: -8_000, width: 620, height: 430, radius: 2 };
    const { value, yields } = stepped(thinLabelsSteps(input));
    expect(yields).toBeGreaterThan(0);
    expect(value.length).toBeGreaterThan(0);
    expect(value).toEqual(thinLabels(input));
  });

  it('legend: entries from counts made elsewhere are those the chart makes from the labels', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.integer({ min: -1, max: 14 }), { maxLength: 400 }),
        (k, values) => {
          const labels = Int32Array.from(values);
          const name = (l: number): string => `segment ${l}`;
          const entries = legendFromCounts(countLabels(labels), k, name);
          expect(entries).toEqual(legendEntries(labels, k, name));
          const { maxLabel, counts } = before.legendCounts(labels, k);
          const expected = Array.from({ length: maxLabel + 1 }, (_, l) => counts[l + 1] ?? 0);
          if ((counts[0] ?? 0) > 0) expected.push(counts[0] ?? 0);
          expect(entries.map((e) => e.count)).toEqual(expected);
          expect(legendFromCounts(countLabels(Int8Array.from(values)), k, name)).toEqual(entries);
        },
      ),
    );
  });

  it('canvas or SVG: decided without counting every row, as counting them would', () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 0, max: 5_000 }), ({ seed, n }, limit) => {
        const { x, y } = columns(seed, n);
        expect(moreDrawnThan(x, y, limit)).toBe(before.countDrawn(x, y) > limit);
      }),
      { numRuns: 15 },
    );
  });

  it('runSliced gives the result in tasks of its own, and not at all once cancelled', async () => {
    const { x, y } = columns(3, 4 * SLICE_ROWS);
    const whole = runToEnd(extentsSteps(x, y));
    const result = await new Promise((resolve) => runSliced(extentsSteps(x, y), resolve));
    expect(result).toEqual(whole);
    let called = false;
    const cancel = runSliced(extentsSteps(x, y), () => (called = true));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(called).toBe(false);
  });
});
