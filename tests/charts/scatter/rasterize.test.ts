import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packColor, unpackColor } from '../../../src/charts/scatter/pixelColor';
import { createRasterizer, discSpans, rasterizePoints } from '../../../src/charts/scatter/rasterize';

const RED = packColor('#ff0000')!;
const BLUE = packColor('rgb(0, 0, 255)')!;
const GREY = packColor('#808080')!;

function raster(
  px: number[],
  py: number[],
  labels: number[],
  over: Partial<Parameters<typeof rasterizePoints>[1]> = {},
) {
  const out = new Uint32Array(10 * 8);
  const drawn = rasterizePoints(out, {
    px: Float32Array.from(px),
    py: Float32Array.from(py),
    labels: Int32Array.from(labels),
    colors: Uint32Array.from([RED, BLUE]),
    unclustered: GREY,
    width: 10,
    height: 8,
    scale: 1,
    offsetX: 0,
    offsetY: 0,
    radius: 0,
    ...over,
  });
  return { out, drawn, at: (x: number, y: number) => out[y * 10 + x] };
}

describe('packColor', () => {
  it('packs CSS colours as ImageData pixels (RGBA bytes, little-endian)', () => {
    expect(unpackColor(packColor('#0072B2')!)).toEqual([0, 0x72, 0xb2, 255]);
    expect(unpackColor(packColor('#abc')!)).toEqual([0xaa, 0xbb, 0xcc, 255]);
    expect(unpackColor(packColor('rgba(1, 2, 3, 0.5)')!)).toEqual([1, 2, 3, 128]);
    expect(packColor('not a colour')).toBeNull();
  });
});

describe('rasterizePoints', () => {
  it('puts each cluster colour at its pixel, with scale and offset applied', () => {
    const { at, drawn } = raster([1, 3, 2], [1, 2, 3], [0, 1, -1], { scale: 2, offsetX: 1, offsetY: 0 });
    expect(drawn).toBe(3);
    expect(at(3, 2)).toBe(RED); // (1, 1) × 2 + (1, 0)
    expect(at(7, 4)).toBe(BLUE); // (3, 2) × 2 + (1, 0)
    expect(at(5, 6)).toBe(GREY);
    expect(at(0, 0)).toBe(0); // untouched background stays transparent
  });

  it('skips NaN and points outside the buffer', () => {
    const { out, drawn } = raster([Number.NaN, 4, 50, -3], [1, Number.NaN, 2, 2], [0, 0, 0, 0]);
    expect(drawn).toBe(0);
    expect(out.every((p) => p === 0)).toBe(true);
  });

  it('paints clusters over unclustered rows at the same pixel, whatever the row order', () => {
    const { at } = raster([2, 2], [2, 2], [0, -1]);
    expect(at(2, 2)).toBe(RED);
  });

  it('wraps cluster numbers around the palette and clips discs at the edges', () => {
    const { at } = raster([0, 9], [0, 7], [2, 3], { radius: 1.5 });
    expect(at(0, 0)).toBe(RED); // label 2 → colour 0
    expect(at(1, 0)).toBe(RED);
    expect(at(9, 7)).toBe(BLUE);
    expect(at(8, 7)).toBe(BLUE);
  });

  it('stamps a filled disc of the given radius', () => {
    const pixels = (r: number): number => discSpans(r).reduce((s, hw) => s + 2 * hw + 1, 0);
    expect(pixels(0)).toBe(1);
    expect(pixels(1)).toBe(5); // a plus
    expect(pixels(2)).toBe(13);
  });
});

describe('createRasterizer', () => {
  it('paints in slices exactly what rasterizePoints paints at once, whatever the slice size', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.float({ min: -3, max: 13 }),
            fc.float({ min: -3, max: 11 }),
            fc.integer({ min: -1, max: 3 }),
          ),
          {
            maxLength: 60,
          },
        ),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 0, max: 2 }),
        (points, slice, radius) => {
          const input = {
            px: Float32Array.from(points.map((p) => p[0])),
            py: Float32Array.from(points.map((p) => p[1])),
            labels: Int32Array.from(points.map((p) => p[2])),
            colors: Uint32Array.from([RED, BLUE]),
            unclustered: GREY,
            width: 10,
            height: 8,
            scale: 1,
            offsetX: 0,
            offsetY: 0,
            radius,
          };
          const whole = new Uint32Array(80);
          const drawn = rasterizePoints(whole, input);
          const sliced = new Uint32Array(80);
          const raster = createRasterizer(sliced, input);
          let steps = 0;
          while (!raster.step(slice)) steps++;
          expect(sliced).toEqual(whole);
          expect(raster.drawn()).toBe(drawn);
          expect(steps).toBeGreaterThanOrEqual(Math.floor((2 * points.length) / slice) - 1);
        },
      ),
    );
  });
});
