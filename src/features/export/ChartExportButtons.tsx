import { useState } from 'react';
import type { RefObject } from 'react';
import type { PointsLayer } from '../../charts/scatter/pointsLayer';
import { saveBlob } from './saveBlob';
import type { LegendItem } from './serializeSvg';
import { serializeSvg } from './serializeSvg';
import { svgToPng } from './svgToPng';

export interface ChartExportButtonsProps {
  readonly svgRef: RefObject<SVGSVGElement | null>;
  /** File name without extension. */
  readonly baseName: string;
  /** Said after "Download … as PNG" for screen readers, e.g. "elbow chart". */
  readonly chartName: string;
  readonly legend?: readonly LegendItem[];
  /** Written over the chart in the file (not on screen, where the page says it), e.g. "data.csv · k = 5". */
  readonly title?: string;
  /** The canvas scatter's points, drawn outside the svg: exported as an image inside the file. */
  readonly pointsLayer?: RefObject<PointsLayer | null>;
  /** Whether the points go into the SVG as an image (too many for vector marks): the UI says so. */
  readonly pointsAsImage?: boolean;
}

/** Device pixels per CSS px of the PNG, and of the points image inside an SVG (sharp in slides). */
export const EXPORT_PIXEL_RATIO = 2;

/** "PNG" and "SVG" buttons that save the chart next to them, as the user currently sees it. */
export function ChartExportButtons(props: ChartExportButtonsProps) {
  const { svgRef, baseName, chartName, legend, title, pointsLayer, pointsAsImage = false } = props;
  const [failure, setFailure] = useState<string | null>(null);
  const save = async (format: 'png' | 'svg'): Promise<void> => {
    const svg = svgRef.current;
    if (svg === null) return;
    try {
      setFailure(null);
      const layer = pointsLayer?.current ?? null;
      const text = serializeSvg(
        svg,
        legend,
        { underlay: layer?.underlay, points: layer?.raster(EXPORT_PIXEL_RATIO) },
        { title },
      );
      const blob =
        format === 'svg'
          ? new Blob([text], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(text, EXPORT_PIXEL_RATIO);
      saveBlob(blob, `${baseName}.${format}`);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="chart-actions">
      {(['png', 'svg'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button--secondary button--small"
          data-testid={`export-${baseName}-${format}`}
          aria-label={`Download the ${chartName} as ${format.toUpperCase()}${
            format === 'svg' && pointsAsImage ? ' (points embedded as an image)' : ''
          }`}
          onClick={() => void save(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      {pointsAsImage && (
        <span className="chart-actions__note" data-testid={`export-${baseName}-note`}>
          SVG: points embedded as an image
        </span>
      )}
      {failure !== null && <p role="alert">{failure}</p>}
    </div>
  );
}
