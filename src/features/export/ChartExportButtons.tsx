import { useState } from 'react';
import type { RefObject } from 'react';
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
}

/** "PNG" and "SVG" buttons that save the chart next to them, as the user currently sees it. */
export function ChartExportButtons({ svgRef, baseName, chartName, legend }: ChartExportButtonsProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const save = async (format: 'png' | 'svg'): Promise<void> => {
    const svg = svgRef.current;
    if (svg === null) return;
    try {
      setFailure(null);
      const text = serializeSvg(svg, legend);
      const blob =
        format === 'svg' ? new Blob([text], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(text);
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
          aria-label={`Download the ${chartName} as ${format.toUpperCase()}`}
          onClick={() => void save(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      {failure !== null && <p role="alert">{failure}</p>}
    </div>
  );
}
