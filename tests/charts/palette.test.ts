import { describe, expect, it } from 'vitest';
import {
  CLUSTER_COLORS,
  CLUSTER_SHAPES,
  UNCLUSTERED_COLOR,
  clusterColor,
  clusterName,
  clusterShape,
} from '../../src/charts/palette';

describe('palette', () => {
  it('has at least 10 distinct colours and none of them is the "not clustered" grey', () => {
    expect(CLUSTER_COLORS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(CLUSTER_COLORS.map((c) => c.toLowerCase())).size).toBe(CLUSTER_COLORS.length);
    expect(CLUSTER_COLORS).not.toContain(UNCLUSTERED_COLOR);
  });

  it('maps labels to colours cyclically and -1 to grey', () => {
    expect(clusterColor(0)).toBe(CLUSTER_COLORS[0]);
    expect(clusterColor(CLUSTER_COLORS.length + 2)).toBe(CLUSTER_COLORS[2]);
    expect(clusterColor(-1)).toBe(UNCLUSTERED_COLOR);
    expect(clusterColor(Number.NaN)).toBe(UNCLUSTERED_COLOR);
  });

  it('has distinct shapes, cycled per label', () => {
    expect(new Set(CLUSTER_SHAPES).size).toBe(CLUSTER_SHAPES.length);
    expect(clusterShape(1)).toBe(CLUSTER_SHAPES[1]);
    expect(clusterShape(CLUSTER_SHAPES.length)).toBe(CLUSTER_SHAPES[0]);
  });

  it('names clusters from 1 for display, with overrides', () => {
    expect(clusterName(0)).toBe('Cluster 1');
    expect(clusterName(2, ['Savers', 'Spenders'])).toBe('Cluster 3');
    expect(clusterName(1, ['Savers', 'Spenders'])).toBe('Spenders');
    expect(clusterName(-1)).toBe('Not clustered');
  });
});
