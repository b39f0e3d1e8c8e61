import { useCallback, useMemo, useRef, useState } from 'react';
import { ScatterPending } from '../../charts/scatter/CanvasScatter';
import { ClusterScatter, SVG_POINT_LIMIT, moreDrawnThan } from '../../charts/scatter/ClusterScatter';
import type { PointsLayer } from '../../charts/scatter/pointsLayer';
import type { IdLookup } from '../../charts/scatter/idLookup';
import { useScatterSize } from '../../charts/scatter/useScatterSize';
import { formatValue } from '../../charts/shared/format';
import { useSliced } from '../../charts/shared/useSliced';
import { idOf } from '../../core/csv/rowIds';
import { inSlotOrder } from '../../core/dataset/segmentSlots';
import { carrying, type Sliced } from '../../core/schedule/sliced';
import { useAppStore } from '../../store/appStore';
import { selectChosen } from '../../store/selectChosen';
import { ChartExportButtons } from '../export/ChartExportButtons';
import { exportLegend } from './exportLegend';
import { columnAxesSteps, pcaAxesSteps, type PlotInput, type PlottedAxes } from './plotView';
import { PlotControls, type AxisChoice } from './PlotControls';
import type { Units } from './scatterValues';
import { ScatterTable } from './ScatterTable';
import type { Segments } from './useSegments';

const EMPTY_LABELS = new Int32Array(0);
const EMPTY_VALUES = new Float64Array(0);
const FIRST_TWO: AxisChoice = { x: 0, y: 1, pca: false };

interface AxesRequest {
  readonly pca: boolean;
  readonly input: PlotInput;
  readonly clusteredRows: Int32Array;
  readonly choice: AxisChoice;
  readonly units: Units;
}

const axesSteps = (r: AxesRequest): Sliced<PlottedAxes> =>
  r.pca ? pcaAxesSteps(r.input, r.clusteredRows) : columnAxesSteps(r.input, r.choice, r.units);

/**
 * The customers on two clustered columns (the first two unless the person picks others), in original
 * or standardized units, or on the first two principal components of all of them.
 */
export function ScatterCard({ segments }: { readonly segments: Segments }) {
  const analysis = useAppStore((s) => s.analysis);
  const chosen = useAppStore(selectChosen);
  const table = useAppStore((s) => s.table);
  const featureValues = useAppStore((s) => s.featureValues);
  const profileColumns = useAppStore((s) => s.profileColumns);
  const categoricalColumns = useAppStore((s) => s.categoricalColumns);
  const [units, setUnits] = useState<Units>('original');
  const [labelEvery, setLabelEvery] = useState(false);
  // The axes chosen for these columns; another set of columns starts again from its first two.
  const [axisChoice, setAxisChoice] = useState<{ features: readonly number[]; choice: AxisChoice }>({
    features: [],
    choice: FIRST_TWO,
  });
  const svgRef = useRef<SVGSVGElement>(null);
  const pointsLayerRef = useRef<PointsLayer | null>(null);
  // Drawn at its on-screen size, so ids and ticks are as many CSS px as the theme says.
  const frameRef = useRef<HTMLDivElement>(null);
  const size = useScatterSize(frameRef);
  const { k, names, featureNames } = segments;
  const features = useAppStore((s) => s.clusteredFeatures);
  const fileName = table?.fileName ?? '';
  const choice = axisChoice.features === features ? axisChoice.choice : FIRST_TWO;
  const manyColumns = featureNames.length >= 3;
  const pca = manyColumns && choice.pca;

  // Every k clusters the same rows: the first k's labels say which (PCA is fitted on them).
  const clusteredRows = analysis?.byK[0]?.rowLabels ?? EMPTY_LABELS;
  const input = useMemo<PlotInput>(
    () => ({ featureNames, featureValues, mean: analysis?.mean ?? [], scale: analysis?.scale ?? [] }),
    [featureNames, featureValues, analysis],
  );
  // Not keyed by k: changing k recolours the points, it does not move them. Worked out a slice at a
  // time (the PCA fit at a million rows is a quarter second and more); columns in their own units
  // need no pass at all, so they are there at once.
  const request = useMemo<AxesRequest>(
    () => ({ pca, input, clusteredRows, choice, units }),
    [pca, input, clusteredRows, choice, units],
  );
  const computed = useSliced(
    useMemo(() => () => carrying({ request }, axesSteps(request)), [request]),
    !pca && units === 'original' ? 0 : clusteredRows.length,
  );
  const axes = computed?.request === request ? computed.value : null;
  const x = axes?.x ?? EMPTY_VALUES;
  const y = axes?.y ?? EMPTY_VALUES;
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
  // Drawn by slot, so a segment keeps its colour and shape when k changes (numbers and names stay its
  // own); the analysis worker renumbered the rows and counted them per slot.
  const slots = chosen?.slots;
  const pointsAsImage = useMemo(() => moreDrawnThan(x, y, SVG_POINT_LIMIT), [x, y]);
  if (chosen === undefined || table === null) return null;
  const drawnNames = inSlotOrder(names, slots ?? []);
  const legend = exportLegend(drawnNames, inSlotOrder(chosen.sizes, chosen.slots));

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
          title={`${fileName} · k = ${k}`}
          pointsLayer={pointsLayerRef}
          pointsAsImage={pointsAsImage}
        />
      </div>
      {chosen.warnings.map((warning) => (
        <p key={warning} className="status__notice" role="status">
          {warning}
        </p>
      ))}
      {manyColumns && (
        <PlotControls
          featureNames={featureNames}
          choice={choice}
          onChange={(next) => setAxisChoice({ features, choice: next })}
        />
      )}
      {axes !== null && axes.caption !== null && (
        <p className="scatter__caption" data-testid="plotted-caption">
          {axes.caption}
        </p>
      )}
      {!pca && (
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
      )}
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
        {axes === null ? (
          <ScatterPending width={size.width} height={size.height} />
        ) : (
          <ClusterScatter
            width={size.width}
            height={size.height}
            labelEvery={labelEvery}
            x={x}
            y={y}
            labels={chosen.drawing.labels}
            labelCounts={chosen.drawing}
            ids={ids}
            centroids={inSlotOrder(chosen.centroids.map(axes.place), chosen.slots)}
            xLabel={axes.xTitle}
            yLabel={axes.yTitle}
            clusterNames={drawnNames}
            shapes
            details={profileColumns.length > 0 ? details : undefined}
            svgRef={svgRef}
            pointsLayerRef={pointsLayerRef}
          />
        )}
      </div>
      <ScatterTable
        ids={ids}
        labels={chosen.rowLabels}
        names={names}
        columns={
          pca
            ? [
                // Until the components are fitted their cells are empty.
                { name: axes?.xName ?? 'PC1', values: x },
                { name: axes?.yName ?? 'PC2', values: y },
              ]
            : [choice.x, choice.y].map((j) => ({
                name: featureNames[j] ?? '',
                values: featureValues[j] ?? new Float64Array(0),
              }))
        }
      />
    </section>
  );
}
