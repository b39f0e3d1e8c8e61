import { useCallback, useMemo, useRef, useState } from 'react';
import { clusterColor } from '../../charts/palette';
import { ClusterScatter, SVG_POINT_LIMIT, countDrawn } from '../../charts/scatter/ClusterScatter';
import type { PointsLayer } from '../../charts/scatter/pointsLayer';
import type { IdLookup } from '../../charts/scatter/idLookup';
import { useScatterSize } from '../../charts/scatter/useScatterSize';
import { formatValue } from '../../charts/shared/format';
import { idOf } from '../../core/csv/rowIds';
import { inSlotOrder, labelsBySlot } from '../../core/dataset/segmentSlots';
import { useAppStore } from '../../store/appStore';
import { selectChosen } from '../../store/selectChosen';
import { ChartExportButtons } from '../export/ChartExportButtons';
import { axisTitle, toUnits, type Units } from './scatterValues';
import { ScatterTable } from './ScatterTable';
import type { Segments } from './useSegments';

const EMPTY_VALUES = new Float64Array(0);

/** The customers on the first two clustered columns, in original or standardized units. */
export function ScatterCard({ segments }: { readonly segments: Segments }) {
  const analysis = useAppStore((s) => s.analysis);
  const chosen = useAppStore(selectChosen);
  const table = useAppStore((s) => s.table);
  const featureValues = useAppStore((s) => s.featureValues);
  const profileColumns = useAppStore((s) => s.profileColumns);
  const categoricalColumns = useAppStore((s) => s.categoricalColumns);
  const [units, setUnits] = useState<Units>('original');
  const [labelEvery, setLabelEvery] = useState(false);
  const svgRef = useRef<SVGSVGElement>(null);
  const pointsLayerRef = useRef<PointsLayer | null>(null);
  // Drawn at its on-screen size, so ids and ticks are as many CSS px as the theme says.
  const frameRef = useRef<HTMLDivElement>(null);
  const size = useScatterSize(frameRef);
  const { k, names, featureNames } = segments;
  const mean = analysis?.mean;
  const scale = analysis?.scale;

  const [x, y] = useMemo(
    () =>
      [0, 1].map((j) => toUnits(featureValues[j] ?? EMPTY_VALUES, mean?.[j] ?? 0, scale?.[j] ?? 1, units)),
    [featureValues, mean, scale, units],
  );
  const centroids = (chosen?.centroids ?? []).map((c) =>
    [0, 1].map((j) =>
      units === 'original' ? (c[j] ?? NaN) : ((c[j] ?? NaN) - (mean?.[j] ?? 0)) / (scale?.[j] || 1),
    ),
  );
  // Tooltip: every numeric column and every text column with few distinct values of the row.
  const details = useCallback(
    (row: number) => [
      ...profileColumns.map((c) => [c.name, formatValue(c.values[row] ?? NaN)] as const),
      ...categoricalColumns.map((c) => [c.name, c.categories[c.codes[row] ?? -1] ?? ''] as const),
    ],
    [profileColumns, categoricalColumns],
  );
  // Ids decoded one at a time from the packed form: a million-row table is never copied into strings.
  const ids = useMemo<IdLookup>(
    () => ({ length: table?.rowCount ?? 0, at: (row) => (table === null ? undefined : idOf(table, row)) }),
    [table],
  );
  // Drawn by slot, so a segment keeps its colour and shape when k changes (numbers and names stay its own).
  const slots = chosen?.slots;
  const drawnLabels = useMemo(
    () => (chosen === undefined ? null : labelsBySlot(chosen.rowLabels, chosen.slots)),
    [chosen],
  );
  const pointsAsImage = useMemo(
    () => x !== undefined && y !== undefined && countDrawn(x, y) > SVG_POINT_LIMIT,
    [x, y],
  );
  if (chosen === undefined || table === null || x === undefined || y === undefined || drawnLabels === null)
    return null;
  const drawnNames = inSlotOrder(names, slots ?? []);
  const legend = drawnNames.map((name, slot) => ({ name, color: clusterColor(slot) }));

  return (
    <section className="card results__scatter" aria-labelledby="scatter-heading">
      <div className="chart-head">
        <h2 id="scatter-heading">
          {k} customer segment{k === 1 ? '' : 's'}
        </h2>
        <ChartExportButtons
          svgRef={svgRef}
          baseName="segments"
          chartName="segment scatter"
          legend={legend}
          pointsLayer={pointsLayerRef}
          pointsAsImage={pointsAsImage}
        />
      </div>
      {chosen.warnings.map((warning) => (
        <p key={warning} className="status__notice" role="status">
          {warning}
        </p>
      ))}
      <fieldset className="segmented" data-testid="units">
        <legend className="visually-hidden">Axis units</legend>
        {(['original', 'standardized'] as const).map((u) => (
          <label key={u}>
            <input
              type="radio"
              name="units"
              data-testid={`units-${u}`}
              checked={units === u}
              onChange={() => setUnits(u)}
            />
            {u === 'original' ? 'Original units' : 'Standardized'}
          </label>
        ))}
      </fieldset>
      {table.rowCount <= SVG_POINT_LIMIT && (
        <label className="choice choice--inline">
          <input
            type="checkbox"
            data-testid="label-every"
            checked={labelEvery}
            onChange={(event) => setLabelEvery(event.currentTarget.checked)}
          />
          Label every customer (labels may overlap)
        </label>
      )}
      <div ref={frameRef} className="scatter__frame">
        <ClusterScatter
          width={size.width}
          height={size.height}
          labelEvery={labelEvery}
          x={x}
          y={y}
          labels={drawnLabels}
          ids={ids}
          centroids={inSlotOrder(centroids, chosen.slots)}
          xLabel={axisTitle(featureNames[0] ?? 'x', units)}
          yLabel={axisTitle(featureNames[1] ?? 'y', units)}
          clusterNames={drawnNames}
          shapes
          details={profileColumns.length > 0 ? details : undefined}
          svgRef={svgRef}
          pointsLayerRef={pointsLayerRef}
        />
      </div>
      <ScatterTable
        ids={ids}
        labels={chosen.rowLabels}
        names={names}
        columns={featureNames
          .slice(0, 2)
          .map((name, j) => ({ name, values: featureValues[j] ?? EMPTY_VALUES }))}
      />
    </section>
  );
}
