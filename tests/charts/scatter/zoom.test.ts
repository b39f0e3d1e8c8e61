import fc from 'fast-check';
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  IDENTITY,
  MAX_ZOOM,
  constrain,
  panBy,
  rescaled,
  zoomAbout,
  zoomCentre,
} from '../../../src/charts/scatter/zoom';

const size = { width: 600, height: 400 };

describe('zoom math', () => {
  it('zooming about a point keeps the data under that point fixed', () => {
    fc.assert(
      fc.property(
        fc.float({ min: 0, max: 600, noNaN: true }),
        fc.float({ min: 0, max: 400, noNaN: true }),
        fc.float({ min: Math.fround(1.01), max: 8, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (px, py, factor, steps) => {
          let t = IDENTITY;
          for (let i = 0; i < steps; i++) t = zoomAbout(t, 1.5, 300, 200, size);
          const [bx, by] = t.invert([px, py]);
          const next = zoomAbout(t, factor, px, py, size);
          const [nx, ny] = next.apply([bx, by]);
          // Fixed unless the constraint had to push the view back inside the data area.
          if (next.x !== 0 && next.x !== 600 * (1 - next.k)) expect(nx).toBeCloseTo(px, 6);
          if (next.y !== 0 && next.y !== 400 * (1 - next.k)) expect(ny).toBeCloseTo(py, 6);
        },
      ),
    );
  });

  it('zooming in then out about the same point returns to the start', () => {
    const t = zoomAbout(zoomAbout(IDENTITY, 4, 150, 100, size), 1 / 4, 150, 100, size);
    expect(t.k).toBeCloseTo(1);
    expect(t.x).toBeCloseTo(0);
    expect(t.y).toBeCloseTo(0);
  });

  it('never zooms out past the whole data nor in past MAX_ZOOM', () => {
    expect(zoomCentre(IDENTITY, 0.5, size)).toBe(IDENTITY);
    let t = IDENTITY;
    for (let i = 0; i < 20; i++) t = zoomCentre(t, 2, size);
    expect(t.k).toBe(MAX_ZOOM);
  });

  it('keeps the view inside the data area when panning', () => {
    const t = zoomCentre(IDENTITY, 2, size);
    expect(panBy(t, 10_000, 10_000, size)).toMatchObject({ k: 2, x: 0, y: 0 });
    expect(panBy(t, -10_000, -10_000, size)).toMatchObject({ k: 2, x: -600, y: -400 });
    expect(panBy(IDENTITY, 50, 50, size)).toMatchObject({ k: 1, x: 0, y: 0 });
    expect(constrain(IDENTITY, size)).toBe(IDENTITY);
  });

  it('reset is the identity and rescales nothing; zoomed scales show the window in data units', () => {
    const xs = scaleLinear().domain([0, 100]).range([0, 600]);
    const ys = scaleLinear().domain([0, 50]).range([400, 0]);
    expect(IDENTITY).toMatchObject({ k: 1, x: 0, y: 0 });
    expect(rescaled(IDENTITY, xs, ys).x.domain()).toEqual([0, 100]);
    const t = zoomCentre(IDENTITY, 2, size);
    const r = rescaled(t, xs, ys);
    expect(r.x.domain()[0]).toBeCloseTo(25);
    expect(r.x.domain()[1]).toBeCloseTo(75);
    expect(r.y.domain()[0]).toBeCloseTo(12.5);
    expect(r.y.domain()[1]).toBeCloseTo(37.5);
  });
});
