/**
 * Draws a million points into a pixel buffer in one typed-array loop. A canvas `fillRect` per point
 * would be a million calls (a long task on its own); writing 32-bit pixels directly is ~10–20 ms.
 * Pure and DOM-free: the canvas component only copies the buffer into an ImageData.
 */
import type { ClusterLabels } from './props';

export interface RasterInput {
  /** Point positions in base plot coordinates (zoom 1); NaN = not drawn. */
  readonly px: Float32Array;
  readonly py: Float32Array;
  /** Cluster per row; -1 = not clustered. */
  readonly labels: ClusterLabels;
  /** Packed pixel colour per cluster (wraps around, like the palette); see packColor. */
  readonly colors: Uint32Array;
  readonly unclustered: number;
  /** Buffer size in device pixels. */
  readonly width: number;
  readonly height: number;
  /** Device pixel = base coordinate × scale + offset (zoom, pan and devicePixelRatio in one). */
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
  /** Marker radius in device pixels (at least one pixel is always drawn). */
  readonly radius: number;
}

/**
 * Half-widths of the rows of a filled disc, from dy = -r to r: every marker is this stamp, written
 * as short horizontal runs (a tight loop over adjacent pixels, not a list of scattered offsets).
 */
export function discSpans(radius: number): Int32Array {
  const r = Math.max(0, Math.floor(radius));
  const limit = radius * radius + 0.5; // +0.5 rounds small discs to a plus/square instead of a dot
  return Int32Array.from({ length: 2 * r + 1 }, (_, j) =>
    Math.floor(Math.sqrt(Math.max(0, limit - (j - r) ** 2))),
  );
}

/**
 * Paints every finite point into `out` (width × height pixels, row-major, top row first), points
 * outside the buffer are skipped. Unclustered rows are painted first so the clusters sit on top of
 * them, as in the SVG path. Returns how many points landed in the buffer.
 */
export function rasterizePoints(out: Uint32Array, input: RasterInput): number {
  const raster = createRasterizer(out, input);
  while (!raster.step(Infinity));
  return raster.drawn();
}

/** {@link rasterizePoints} a slice at a time, so a million points need not be one long task. */
export interface Rasterizer {
  /** Paints up to `points` more points (of both passes); true once every point is painted. */
  step(points: number): boolean;
  /** How many points landed in the buffer so far. */
  drawn(): number;
}

/** A {@link Rasterizer} that paints into `out` exactly what rasterizePoints paints, in the same order. */
export function createRasterizer(out: Uint32Array, input: RasterInput): Rasterizer {
  const { px, py, labels, colors, unclustered, width: w, height: h, scale, offsetX, offsetY } = input;
  const spans = discSpans(input.radius);
  const r = (spans.length - 1) / 2;
  const nColors = colors.length;
  const n = Math.min(px.length, py.length, labels.length);
  let drawn = 0;
  let pass = 0;
  let i = 0;
  return {
    drawn: () => drawn,
    step(points) {
      let budget = points;
      for (; pass < 2; pass++, i = 0) {
        for (; i < n; i++) {
          if (budget-- <= 0) return false;
          const label = labels[i] as number;
          if (label < 0 !== (pass === 0)) continue;
          // Comparisons with NaN are false, so non-finite points fall out here without a separate test.
          const cx = Math.round((px[i] as number) * scale + offsetX);
          const cy = Math.round((py[i] as number) * scale + offsetY);
          if (!(cx >= -r && cx < w + r && cy >= -r && cy < h + r)) continue;
          const color = label < 0 || nColors === 0 ? unclustered : (colors[label % nColors] as number);
          const inside = cx >= r && cx < w - r && cy >= r && cy < h - r;
          for (let j = 0; j <= 2 * r; j++) {
            const y = cy + j - r;
            const hw = spans[j] as number;
            let x0 = cx - hw;
            let x1 = cx + hw;
            if (!inside) {
              // Near an edge: clip the run instead of testing every pixel in the common case.
              if (y < 0 || y >= h) continue;
              if (x0 < 0) x0 = 0;
              if (x1 >= w) x1 = w - 1;
            }
            const row = y * w;
            for (let p = row + x0; p <= row + x1; p++) out[p] = color;
          }
          if (cx >= 0 && cx < w && cy >= 0 && cy < h) drawn++;
        }
      }
      return true;
    },
  };
}

/**
 * The scale, offsets and radius of rasterizePoints for a buffer `pixelsPerUnit` device pixels per
 * plot unit, under zoom `t` (screen: CSS size × devicePixelRatio ÷ plot width; export: its ratio).
 */
export function rasterView(
  t: { readonly k: number; readonly x: number; readonly y: number },
  radius: number,
  pixelsPerUnit: number,
): Pick<RasterInput, 'scale' | 'offsetX' | 'offsetY' | 'radius'> {
  const s = pixelsPerUnit;
  return { scale: t.k * s, offsetX: t.x * s, offsetY: t.y * s, radius: radius * s };
}
