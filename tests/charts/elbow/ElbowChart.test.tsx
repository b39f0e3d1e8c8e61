// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ElbowChart } from '../../../src/charts/elbow/ElbowChart';
import type { ElbowPoint } from '../../../src/charts/elbow/layout';

afterEach(cleanup);

const POINTS: ElbowPoint[] = [600, 389.4, 157.7, 140.2, 120.1].map((inertia, i) => ({ k: i + 1, inertia }));

function dot(container: HTMLElement, k: number): Element {
  const el = container.querySelector(`[data-k="${k}"]`);
  if (!el) throw new Error(`no dot for k = ${k}`);
  return el;
}

describe('ElbowChart', () => {
  it('renders an svg with one dot per k and a viewBox from width/height', () => {
    const { container } = render(
      <ElbowChart points={POINTS} suggestedK={3} selectedK={3} width={500} height={300} />,
    );
    const svg = screen.getByTestId('elbow-chart');
    expect(svg.getAttribute('viewBox')).toBe('0 0 500 300');
    expect(container.querySelectorAll('[data-k]')).toHaveLength(5);
  });

  it('labels axes, the elbow and each dot', () => {
    const { container } = render(<ElbowChart points={POINTS} suggestedK={3} selectedK={2} />);
    expect(screen.getByText('Number of clusters (k)')).toBeTruthy();
    expect(screen.getByText('Inertia (within-cluster sum of squares)')).toBeTruthy();
    expect(screen.getByText('elbow k = 3')).toBeTruthy();
    expect(dot(container, 3).getAttribute('aria-label')).toBe('k = 3, inertia 157.70');
    expect(dot(container, 2).getAttribute('data-selected')).toBe('true');
    expect(screen.getByTestId('elbow-chart').textContent).toMatch(/Suggested k = 3/);
  });

  it('calls onSelectK on click', () => {
    const onSelectK = vi.fn();
    const { container } = render(
      <ElbowChart points={POINTS} suggestedK={3} selectedK={2} onSelectK={onSelectK} />,
    );
    fireEvent.click(dot(container, 4));
    expect(onSelectK).toHaveBeenCalledWith(4);
  });

  it('dots are focusable buttons; Enter and Space select', () => {
    const onSelectK = vi.fn();
    render(<ElbowChart points={POINTS} suggestedK={3} selectedK={2} onSelectK={onSelectK} />);
    const button = screen.getByRole('button', { name: 'k = 3, inertia 157.70' });
    expect(button.getAttribute('tabindex')).toBe('0');
    (button as unknown as SVGElement).focus();
    expect(document.activeElement).toBe(button);
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(onSelectK).toHaveBeenLastCalledWith(3);
    fireEvent.keyDown(screen.getByRole('button', { name: /^k = 5,/ }), { key: ' ' });
    expect(onSelectK).toHaveBeenLastCalledWith(5);
    fireEvent.keyDown(button, { key: 'a' });
    expect(onSelectK).toHaveBeenCalledTimes(2);
  });

  it('without onSelectK the chart is a static image with no buttons', () => {
    render(<ElbowChart points={POINTS} suggestedK={null} selectedK={1} />);
    expect(screen.getByTestId('elbow-chart').getAttribute('role')).toBe('img');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByText(/elbow k =/)).toBeNull();
  });

  it('renders an empty state without crashing', () => {
    render(<ElbowChart points={[]} suggestedK={null} selectedK={3} />);
    expect(screen.getByText(/see the elbow curve/)).toBeTruthy();
  });
});
