// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClusterScatter } from '../../../src/charts/scatter/ClusterScatter';
import type { ClusterScatterProps } from '../../../src/charts/scatter/ClusterScatter';
import { CLUSTER_COLORS } from '../../../src/charts/palette';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>';

function props(over: Partial<ClusterScatterProps> = {}): ClusterScatterProps {
  return {
    x: Float64Array.from([15, 16, 70, 72, 120, Number.NaN]),
    y: Float64Array.from([39, 81, 50, 48, 20, 10]),
    labels: Int32Array.from([0, 0, 1, 1, -1, 2]),
    ids: ['C-001', 'C-002', 'C-003', 'C-004', 'C-005', 'C-006'],
    centroids: [
      [15.5, 60],
      [71, 49],
      [0, 0],
    ],
    xLabel: 'Annual Income (k$)',
    yLabel: 'Spending Score (1-100)',
    ...over,
  };
}

describe('ClusterScatter', () => {
  it('draws one point per finite row, coloured and tagged by cluster', () => {
    render(<ClusterScatter {...props()} />);
    const points = screen.getAllByTestId('point');
    expect(points).toHaveLength(5);
    expect(points.map((p) => p.getAttribute('data-label')).sort()).toEqual(['-1', '0', '0', '1', '1']);
    expect(points.find((p) => p.getAttribute('data-label') === '1')!.getAttribute('fill')).toBe(
      CLUSTER_COLORS[1],
    );
    expect(screen.getByTestId('cluster-scatter').tagName.toLowerCase()).toBe('svg');
  });

  it('annotates each drawn point with its id and gives it a tooltip title', () => {
    render(<ClusterScatter {...props()} />);
    for (const id of ['C-001', 'C-002', 'C-003', 'C-004', 'C-005']) expect(screen.getByText(id)).toBeTruthy();
    expect(screen.queryByText('C-006')).toBeNull(); // NaN x: not drawn, not labelled
    const titles = screen.getAllByTestId('point').map((p) => p.querySelector('title')?.textContent);
    expect(titles).toContain('ID C-002 · Cluster 1 · (16, 81)');
    expect(titles).toContain('ID C-005 · Not clustered · (120, 20)');
  });

  it('marks k centroids', () => {
    render(<ClusterScatter {...props()} />);
    expect(screen.getAllByTestId('centroid')).toHaveLength(3);
  });

  it('renders axis titles and a legend with names and sizes', () => {
    render(<ClusterScatter {...props({ clusterNames: ['Careful', 'Standard'] })} />);
    expect(screen.getByText('Annual Income (k$)')).toBeTruthy();
    expect(screen.getByText('Spending Score (1-100)')).toBeTruthy();
    const legend = screen.getByTestId('legend');
    const items = within(legend).getAllByTestId('legend-item');
    expect(items.map((i) => i.textContent)).toEqual([
      'Careful2 · 33%',
      'Standard2 · 33%',
      'Cluster 31 · 17%',
      'Not clustered1 · 17%',
    ]);
    expect(within(legend).getByText('Centroid')).toBeTruthy();
    expect(within(legend).getByTestId('scatter-note').textContent).toMatch(/^1 row with a missing/);
  });

  it('renders hostile ids and column names literally, as text', () => {
    const { container } = render(
      <ClusterScatter
        {...props({ ids: [HOSTILE, 'b', 'c', 'd', 'e', 'f'], xLabel: HOSTILE, clusterNames: [HOSTILE] })}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(HOSTILE).length).toBeGreaterThanOrEqual(3); // point label, axis, legend
    expect(container.innerHTML).not.toContain('<img');
  });

  it('can use a distinct marker shape per cluster', () => {
    render(<ClusterScatter {...props({ shapes: true })} />);
    const tags = screen.getAllByTestId('point').map((p) => `${p.getAttribute('data-label')}:${p.tagName}`);
    expect(tags).toContain('0:circle');
    expect(tags).toContain('1:path');
  });

  it('renders an empty table without crashing', () => {
    const empty = new Float64Array(0);
    render(
      <ClusterScatter
        {...props({ x: empty, y: empty, labels: new Int32Array(0), ids: [], centroids: [] })}
      />,
    );
    expect(screen.queryAllByTestId('point')).toHaveLength(0);
    expect(screen.queryAllByTestId('centroid')).toHaveLength(0);
  });
});
