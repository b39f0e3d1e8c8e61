/** A picture of the points layer for an export: a PNG data: URL placed over the plot area. */
export interface PointsRaster {
  /** data:image/png;base64,… */
  readonly href: string;
  /** Position and size in the drawing's viewBox units. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * What the canvas renderer hands the export: its points are pixels in a <canvas>, not in the <svg>
 * that is serialized, so without this an export shows axes, ids and centroids and no customers.
 */
export interface PointsLayer {
  /** The SVG drawn under the canvas (background and gridlines). */
  readonly underlay: SVGSVGElement | null;
  /** The points painted afresh at `pixelRatio` device pixels per viewBox unit; null if not drawable. */
  readonly raster: (pixelRatio: number) => PointsRaster | null;
}
