// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ElbowChart } from '../../src/charts/elbow/ElbowChart';
import { serializeSvg } from '../../src/features/export/serializeSvg';

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
