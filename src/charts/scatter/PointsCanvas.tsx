import { memo, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { JSX, Ref } from 'react';
import { CLUSTER_COLORS, UNCLUSTERED_COLOR } from '../palette';
import { packColor } from './pixelColor';
import type { ClusterLabels } from './props';
import { createRasterizer, rasterView } from './rasterize';
import type { ZoomTransform } from './zoom';

export interface PointsCanvasProps {
  /** Base plot coordinates of every row (zoom 1, viewBox units); NaN = not drawn. */
  readonly px: Float32Array;
  readonly py: Float32Array;
  readonly labels: ClusterLabels;
  readonly transform: ZoomTransform;
  /** Plot area inside the drawing (viewBox units), to place the canvas over it. */
  readonly left: number;
  readonly top: number;
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly width: number;
  readonly height: number;
  /** Marker radius in viewBox units, as in the SVG path. */
  readonly radius: number;
  /** Set to a function that paints the points at a pixel ratio into a PNG data: URL (for export). */
  readonly exportRef?: Ref<((pixelRatio: number) => string | null) | null>;
}

// Painting stops for the frame after about this long, checking the clock every this many points.
const PAINT_SLICE_MS = 12;
const PAINT_SLICE_POINTS = 20_000;

const PROBES = [...CLUSTER_COLORS.map((_, i) => `cluster-${i}`), 'cluster-none'];

/**
 * Colours as the stylesheet has them right now (dark mode lightens some palette entries through the
 * cluster-N classes), read off hidden SVG probes so the canvas matches the SVG legend and centroids.
 */
function readColors(probes: SVGGElement | null): { palette: Uint32Array; none: number } {
  const fallback = [...CLUSTER_COLORS, UNCLUSTERED_COLOR];
  const packed = fallback.map((hex, i) => {
    const el = probes?.children[i];
    const css = el ? getComputedStyle(el).fill : '';
    return packColor(css) ?? packColor(hex) ?? 0xff808080;
  });
  return { palette: Uint32Array.from(packed.slice(0, -1)), none: packed.at(-1) ?? 0xff808080 };
}

/**
 * The points of a large table, painted into one canvas under the SVG overlay. Sized to the device's
 * pixels (CSS size × devicePixelRatio) so points stay crisp on high-density screens; redrawn at
 * most once per animation frame, however fast the wheel turns.
 */
export const PointsCanvas = memo(function PointsCanvas(props: PointsCanvasProps): JSX.Element {
  const { px, py, labels, transform: t, radius, innerWidth, innerHeight } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const probesRef = useRef<SVGGElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const [scheme, setScheme] = useState(0);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => {
      const dpr = window.devicePixelRatio || 1;
      setSize({ w: Math.round(canvas.clientWidth * dpr), h: Math.round(canvas.clientHeight * dpr) });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(canvas);
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onScheme = (): void => setScheme((s) => s + 1);
    dark?.addEventListener('change', onScheme);
    return () => {
      observer.disconnect();
      dark?.removeEventListener('change', onScheme);
    };
  }, []);

  // The same pixels the screen shows (colours of the current theme, zoom, radius), at any density:
  // an image and the rasterizer that fills it.
  const start = useCallback(
    (ctx: CanvasRenderingContext2D, w: number, h: number, pixelsPerUnit: number) => {
      const image = ctx.createImageData(w, h);
      const { palette, none } = readColors(probesRef.current);
      const raster = createRasterizer(new Uint32Array(image.data.buffer), {
        px,
        py,
        labels,
        colors: palette,
        unclustered: none,
        width: w,
        height: h,
        ...rasterView(t, radius, pixelsPerUnit),
      });
      return { image, raster };
    },
    [px, py, labels, t, radius],
  );
  useImperativeHandle(props.exportRef, () => (pixelRatio: number) => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(innerWidth * pixelRatio));
    canvas.height = Math.max(1, Math.round(innerHeight * pixelRatio));
    const ctx = canvas.getContext('2d');
    if (ctx === null) return null;
    const { image, raster } = start(ctx, canvas.width, canvas.height, canvas.width / innerWidth);
    while (!raster.step(Infinity));
    ctx.putImageData(image, 0, 0);
    return canvas.toDataURL('image/png');
  });

  // Painted a slice a frame (a million points would block the page for a long task), then shown
  // at once; a newer paint (zoom, resize, new labels) cancels the one in progress.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null || size.w === 0 || size.h === 0) return undefined;
    let painting: ReturnType<typeof start> | null = null;
    let frame = 0;
    const paintSome = (): void => {
      const ctx = canvas.getContext('2d');
      if (ctx === null) return;
      painting ??= start(ctx, size.w, size.h, size.w / innerWidth);
      const until = performance.now() + PAINT_SLICE_MS;
      let done = false;
      while (!done && performance.now() < until) done = painting.raster.step(PAINT_SLICE_POINTS);
      if (!done) {
        frame = requestAnimationFrame(paintSome);
        return;
      }
      if (canvas.width !== size.w) canvas.width = size.w;
      if (canvas.height !== size.h) canvas.height = size.h;
      ctx.putImageData(painting.image, 0, 0);
    };
    frame = requestAnimationFrame(paintSome);
    return () => cancelAnimationFrame(frame);
  }, [start, innerWidth, size, scheme]);

  const pct = (v: number, of: number): string => `${(v / of) * 100}%`;
  return (
    <>
      <canvas
        ref={canvasRef}
        data-testid="scatter-canvas"
        aria-hidden="true"
        style={{
          position: 'absolute',
          left: pct(props.left, props.width),
          top: pct(props.top, props.height),
          width: pct(innerWidth, props.width),
          height: pct(innerHeight, props.height),
          pointerEvents: 'none',
        }}
      />
      <svg aria-hidden="true" width={0} height={0} style={{ position: 'absolute' }}>
        <g ref={probesRef}>
          {PROBES.map((c, i) => (
            <rect
              key={c}
              className={c}
              fill={i < CLUSTER_COLORS.length ? CLUSTER_COLORS[i] : UNCLUSTERED_COLOR}
            />
          ))}
        </g>
      </svg>
    </>
  );
});
