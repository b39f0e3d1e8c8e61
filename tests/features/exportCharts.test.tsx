// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ElbowChart } from '../../src/charts/elbow/ElbowChart';
import { CLUSTER_COLORS } from '../../src/charts/palette';
import { ClusterScatter } from '../../src/charts/scatter/ClusterScatter';
import { markerRadius } from '../../src/charts/scatter/layout';
import { centroidPath, markerPath } from '../../src/charts/shared/markers';
import { serializeSvg } from '../../src/features/export/serializeSvg';
import { exportLegend } from '../../src/features/results/exportLegend';

afterEach(cleanup);

describe('serializeSvg', () => {
  it('writes a stand-alone SVG: namespace, size, no classes, legend as text', () => {
    render(
      <ElbowChart
        points={[
          { k: 1, inertia: 400 },
          { k: 2, inertia: 200 },
          { k: 3, inertia: 150 },
        ]}
        suggestedK={2}
        selectedK={2}
        width={400}
        height={300}
      />,
    );
    const svg = document.querySelector('svg')!;
    const text = serializeSvg(svg, [{ name: '<script>x</script> & co', color: '#0072B2' }]);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('400');
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(300);
    expect(root.querySelector('[class]')).toBeNull();
    expect(root.getElementsByTagName('script')).toHaveLength(0);
    expect(
      [...root.getElementsByTagName('text')].some((t) => t.textContent === '<script>x</script> & co'),
    ).toBe(true);
  });
});

describe('the exported scatter', () => {
  // Three segments of sizes 3, 2, 1 (slot order), one row left out of clustering.
  const x = Float64Array.from([1, 2, 3, 10, 11, 20, 5]);
  const y = Float64Array.from([1, 2, 1, 10, 12, 20, 5]);
  const labels = Int32Array.from([0, 0, 0, 1, 1, 2, -1]);
  const names = ['Careful & thrifty', 'Big spenders', 'Loyal'];

  function exported(): Document {
    render(
      <ClusterScatter
        x={x}
        y={y}
        labels={labels}
        ids={['1', '2', '3', '4', '5', '6', '7']}
        centroids={[
          [2, 1.3],
          [10.5, 11],
          [20, 20],
        ]}
        xLabel="Income"
        yLabel="Score"
        clusterNames={names}
        shapes
        width={600}
        height={400}
      />,
    );
    const svg = document.querySelector<SVGSVGElement>('svg[data-testid="cluster-scatter"]')!;
    const text = serializeSvg(svg, exportLegend(names, [3, 2, 1]), {}, { title: 'customers.csv · k = 3' });
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    return doc;
  }

  it('carries the title with the file and k, above the plot', () => {
    const doc = exported();
    const title = doc.querySelector('[data-export="title"]');
    expect(title?.textContent).toBe('customers.csv · k = 3');
    expect(Number(doc.documentElement.getAttribute('height'))).toBeGreaterThan(400 + 30);
    // The plot moved down under the title: nothing of it is drawn over the title line.
    expect(doc.documentElement.querySelector(':scope > g[transform="translate(0,30)"]')).not.toBeNull();
  });

  it("names each segment with its size and share, marked with the plot's shape and colour", () => {
    const doc = exported();
    const texts = [...doc.querySelectorAll('[data-export="legend-text"]')].map((t) => t.textContent);
    expect(texts).toEqual(['Careful & thrifty3 · 50%', 'Big spenders2 · 33%', 'Loyal1 · 17%', 'Centroid']);
    const all = [...doc.querySelectorAll('[data-export="legend-marker"]')];
    expect(all.map((m) => m.getAttribute('data-shape'))).toEqual([
      'circle',
      'square',
      'triangle',
      'centroid',
    ]);
    expect(all[3]?.getAttribute('d')).toBe(centroidPath(6));
    const markers = all.slice(0, 3);
    markers.forEach((marker, slot) => {
      const shape = marker.getAttribute('data-shape') as 'circle' | 'square' | 'triangle';
      expect(marker.getAttribute('d')).toBe(markerPath(shape, 5));
      expect(marker.getAttribute('fill')).toBe(CLUSTER_COLORS[slot]);
      // The plot draws this segment's customers with the same shape and colour.
      const points = [...doc.querySelectorAll(`[data-testid="point"][data-label="${slot}"]`)];
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) {
        expect(point.getAttribute('fill')).toBe(CLUSTER_COLORS[slot]);
        if (shape === 'circle') expect(point.tagName).toBe('circle');
        else expect(point.getAttribute('d')).toBe(markerPath(shape, markerRadius(x.length)));
      }
    });
  });
});
