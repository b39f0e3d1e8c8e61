/**
 * How big the scatter is drawn. The drawing's viewBox is the container's width in CSS pixels, so
 * one viewBox unit is one CSS pixel and font sizes in the layout are font sizes on screen (a fixed
 * 720-unit viewBox squeezed into a 350 px phone column shrank 9 px ids to 4 px).
 */

/** Below this the axes and ids no longer fit; a narrower container scrolls rather than squeezes. */
export const MIN_SCATTER_WIDTH = 280;
/** Used before the container has been measured (first render, jsdom). */
export const DEFAULT_SCATTER_WIDTH = 720;

export interface ScatterSize {
  /** Drawing size in CSS pixels (= viewBox units). */
  readonly width: number;
  readonly height: number;
}

/**
 * The drawing size for a container `containerWidth` CSS px wide in a `viewportHeight` px tall
 * window: the full width, and a height of about 5:8 on wide screens (taller, near square, on a phone,
 * where a short wide plot would leave every cluster a few pixels tall), never taller than ~80% of the
 * window so the legend and zoom buttons stay in sight. Non-finite or non-positive input falls back to
 * DEFAULT_SCATTER_WIDTH and no height cap. Whole pixels, so sub-pixel resizes do not redraw.
 */
export function scatterSize(containerWidth: number, viewportHeight: number): ScatterSize {
  const measured = Number.isFinite(containerWidth) && containerWidth > 0;
  const width = Math.max(MIN_SCATTER_WIDTH, Math.floor(measured ? containerWidth : DEFAULT_SCATTER_WIDTH));
  const aspect = width < 560 ? 0.95 : width < 900 ? 0.7 : 0.62;
  const cap = Number.isFinite(viewportHeight) && viewportHeight > 0 ? viewportHeight * 0.8 : Infinity;
  const height = Math.round(Math.max(240, Math.min(width * aspect, cap)));
  return { width, height };
}
