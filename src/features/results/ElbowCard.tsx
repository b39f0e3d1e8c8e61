import { useRef } from 'react';
import { ElbowChart } from '../../charts/elbow/ElbowChart';
import { ElbowTable } from '../../charts/elbow/ElbowTable';
import { useAppStore } from '../../store/appStore';
import { ChartExportButtons } from '../export/ChartExportButtons';
import { QualityPanel } from './QualityPanel';
import { RunSettings } from './RunSettings';

/** The elbow curve (click a dot to choose k), why k was suggested, its numbers and how it was run. */
export function ElbowCard() {
  const analysis = useAppStore((s) => s.analysis);
  const k = useAppStore((s) => s.k);
  const fileName = useAppStore((s) => s.table?.fileName ?? '');
  const setK = useAppStore((s) => s.setK);
  const quality = useAppStore((s) => s.quality);
  const svgRef = useRef<SVGSVGElement>(null);
  if (analysis === null) return null;
  const points = analysis.byK.map((r) => ({ k: r.k, inertia: r.inertia }));
  return (
    <section className="card results__elbow" aria-labelledby="elbow-heading">
      <div className="chart-head">
        <h2 id="elbow-heading">Elbow method</h2>
        <ChartExportButtons
          svgRef={svgRef}
          baseName="elbow"
          chartName="elbow chart"
          title={`${fileName} · elbow method, k = 1 to ${points.length}`}
        />
      </div>
      <p data-testid="suggestion">{analysis.suggestion.reason}</p>
      <ElbowChart
        points={points}
        suggestedK={analysis.suggestion.k}
        selectedK={k}
        onSelectK={setK}
        width={440}
        height={320}
        svgRef={svgRef}
      />
      <p className="download__hint">Click a point (or Tab to it and press Enter) to choose k.</p>
      <QualityPanel />
      <div className="elbow__numbers">
        <ElbowTable
          points={points}
          suggestedK={analysis.suggestion.k}
          selectedK={k}
          quality={quality.status === 'ready' ? quality.byK : undefined}
          searches={analysis.byK}
          open={quality.status === 'ready' ? true : undefined}
        />
      </div>
      <RunSettings />
    </section>
  );
}
