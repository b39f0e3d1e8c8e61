// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClusterScatter } from '../../src/charts/scatter/ClusterScatter';

afterEach(cleanup);

const props = {
  x: Float64Array.from([15, 16, 70]),
  y: Float64Array.from([39, 81, 50]),
  labels: Int32Array.from([0, 0, 1]),
  ids: ['C-1', 'C-2', 'C-3'],
  centroids: [
    [15.5, 60],
    [70, 50],
  ],
  xLabel: 'Income',
  yLabel: 'Spend',
  clusterNames: ['Careful', 'Big spenders'],
  shapes: true,
};

describe('ClusterScatter interaction', () => {
  it('shows a tooltip with the row on hover and hides it on leave', () => {
    render(<ClusterScatter {...props} details={(row) => [['Age', String(20 + row)]]} />);
    const point = document.querySelector('[data-row="2"]')!;
    fireEvent.pointerEnter(point);
    const tooltip = screen.getByTestId('scatter-tooltip');
    expect(tooltip.textContent).toContain('ID C-3 · Big spenders');
    expect(tooltip.textContent).toContain('Age22');
    fireEvent.pointerLeave(point);
    expect(screen.queryByTestId('scatter-tooltip')).toBeNull();
  });

  it('steps through the points left to right with the arrow keys and announces each', () => {
    render(<ClusterScatter {...props} />);
    const plot = screen.getByRole('group');
    fireEvent.keyDown(plot, { key: 'Home' });
    expect(screen.getByTestId('scatter-announcer').textContent).toBe(
      'ID C-1 · Careful. Income: 15, Spend: 39.',
    );
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(screen.getByTestId('scatter-announcer').textContent).toContain('ID C-3 · Big spenders');
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(screen.getByTestId('scatter-announcer').textContent).toContain('C-3');
    fireEvent.keyDown(plot, { key: 'Escape' });
    expect(screen.queryByTestId('scatter-tooltip')).toBeNull();
  });

  it('draws shapes per cluster and names clusters in the legend', () => {
    render(<ClusterScatter {...props} />);
    expect(document.querySelectorAll('path[data-testid="point"]').length).toBe(1); // cluster 2 = square
    expect(screen.getByTestId('legend').textContent).toContain('Big spenders');
  });
});
