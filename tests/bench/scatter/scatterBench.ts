/**
 * Medians of the canvas path's pure steps at 1e5 and 1e6 points, in Node:
 *   npx tsx tests/bench/scatter/scatterBench.ts
 * Not a test (timings depend on the machine); the budget is 100 ms per main-thread task in total.
 */
import { baseCoords } from '../../../src/charts/scatter/baseCoords';
import { computeFrame } from '../../../src/charts/scatter/frame';
import { markerRadius } from '../../../src/charts/scatter/layout';
import { buildGridIndex, nearestPoint } from '../../../src/charts/scatter/gridIndex';
import { packColor } from '../../../src/charts/scatter/pixelColor';
import { rasterizePoints } from '../../../src/charts/scatter/rasterize';
import { thinLabels } from '../../../src/charts/scatter/thinLabels';
import { CLUSTER_COLORS } from '../../../src/charts/palette';

function data(n: number): { x: Float64Array; y: Float64Array; labels: Int32Array; ids: string[] } {
  let s = 42;
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 5;
    x[i] = c * 20 + (rand() + rand() + rand() - 1.5) * 15;
    y[i] = ((c * 37) % 100) + (rand() + rand() + rand() - 1.5) * 15;
    labels[i] = i % 97 === 0 ? -1 : c;
  }
  const ids = Array.from({ length: n }, (_, i) => `C${i + 1}`);
  return { x, y, labels, ids };
}

function median(fn: () => unknown, runs = 9): number {
  fn(); // warm-up (JIT)
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? NaN;
}

const colors = Uint32Array.from(CLUSTER_COLORS.map((c) => packColor(c) ?? 0));
for (const n of process.argv[2] ? [Number(process.argv[2])] : [100_000, 1_000_000]) {
  const { x, y, labels, ids } = data(n);
  const frame = computeFrame({ x, y, centroids: [], width: 720, height: 480 });
  const base = baseCoords(x, y, frame.xScale, frame.yScale);
  const index = buildGridIndex(base.px, base.py, frame.innerWidth, frame.innerHeight);
  // A 2× device-pixel-ratio canvas over the plot area, as on a laptop's high-density screen.
  const w = Math.round(frame.innerWidth * 2);
  const h = Math.round(frame.innerHeight * 2);
  const out = new Uint32Array(w * h);
  const view = {
    k: 1,
    tx: 0,
    ty: 0,
    width: frame.innerWidth,
    height: frame.innerHeight,
    radius: markerRadius(n),
  };
  const rows: [string, number][] = [
    [
      'computeFrame (extents, scales)',
      median(() => computeFrame({ x, y, centroids: [], width: 720, height: 480 })),
    ],
    ['baseCoords (typed positions)', median(() => baseCoords(x, y, frame.xScale, frame.yScale))],
    ['buildGridIndex', median(() => buildGridIndex(base.px, base.py, frame.innerWidth, frame.innerHeight))],
    [
      `rasterizePoints (2× DPR, r=${markerRadius(n) * 2} px)`,
      median(() => {
        out.fill(0);
        rasterizePoints(out, {
          px: base.px,
          py: base.py,
          labels,
          colors,
          unclustered: 0xff9ca3af,
          width: w,
          height: h,
          scale: 2,
          offsetX: 0,
          offsetY: 0,
          radius: 3.6,
        });
      }),
    ],
    ['thinLabels (zoom 1)', median(() => thinLabels({ px: base.px, py: base.py, ids, ...view }))],
    [
      'thinLabels (zoom 16)',
      median(() =>
        thinLabels({
          px: base.px,
          py: base.py,
          ids,
          ...view,
          k: 16,
          tx: -frame.innerWidth * 7.5,
          ty: -frame.innerHeight * 7.5,
        }),
      ),
    ],
    [
      '1,000 nearestPoint queries',
      median(() => {
        for (let q = 0; q < 1000; q++)
          nearestPoint(index, (q * 7.3) % frame.innerWidth, (q * 3.1) % frame.innerHeight, 12);
      }),
    ],
  ];
  console.log(
    `\nn = ${n.toLocaleString('en')}  (plot ${frame.innerWidth}×${frame.innerHeight}, canvas ${w}×${h})`,
  );
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(38)} ${ms.toFixed(1).padStart(7)} ms`);
}
