// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ElbowTable, dropText } from '../../../src/charts/elbow/ElbowTable';

afterEach(cleanup);

const POINTS = [
  { k: 2, inertia: 50 },
  { k: 1, inertia: 200 },
  { k: 3, inertia: 40.12345 },
];

describe('ElbowTable', () => {
  it('is a collapsed details with a real table sorted by k', () => {
    const { container } = render(<ElbowTable points={POINTS} suggestedK={2} selectedK={3} />);
    const details = container.querySelector('details');
    expect(details).not.toBeNull();
    expect(details!.open).toBe(false);
    expect(screen.getByText('Show the numbers')).toBeTruthy();
    const table = screen.getByRole('table', { hidden: true });
    const headers = within(table)
      .getAllByRole('columnheader', { hidden: true })
      .map((h) => h.textContent);
    expect(headers).toEqual(['k', 'Inertia', 'Drop vs previous']);
    const rows = container.querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-row-k'))).toEqual(['1', '2', '3']);
  });

  it('shows inertia with 3 decimals, the drop in %, and marks suggested and selected rows', () => {
    const { container } = render(<ElbowTable points={POINTS} suggestedK={2} selectedK={3} />);
    const cells = (k: number) =>
      [...container.querySelectorAll(`tr[data-row-k="${k}"] td`)].map((c) => c.textContent);
    expect(cells(1)).toEqual(['200.000', '—']);
    expect(cells(2)).toEqual(['50.000', '75.0 %']);
    expect(cells(3)).toEqual(['40.123', '19.8 %']);
    expect(container.querySelector('tr[data-row-k="2"]')!.getAttribute('data-suggested')).toBe('true');
    expect(container.querySelector('tr[data-row-k="2"]')!.textContent).toContain('(elbow)');
    expect(container.querySelector('tr[data-row-k="3"]')!.getAttribute('aria-current')).toBe('true');
  });

  it('dropText guards against a zero or missing previous value', () => {
    expect(dropText(undefined, { k: 1, inertia: 3 })).toBe('—');
    expect(dropText({ k: 1, inertia: 0 }, { k: 2, inertia: 0 })).toBe('—');
  });
  it('adds a Restarts column when the searches are given: "best of 240; found 37 times"', () => {
    const searches = [
      { k: 1, restarts: 10, bestFoundBy: 10 },
      { k: 2, restarts: 240, bestFoundBy: 37 },
      { k: 3, restarts: 500, bestFoundBy: 1, refined: { iterations: 24, inertiaBefore: 7 } },
    ];
    const { container } = render(
      <ElbowTable points={POINTS} suggestedK={2} selectedK={3} searches={searches} />,
    );
    const headers = [...container.querySelectorAll('thead th')].map((h) => h.textContent);
    expect(headers).toEqual(['k', 'Inertia', 'Drop vs previous', 'Restarts']);
    const last = (k: number) => container.querySelector(`tr[data-row-k="${k}"] td:last-child`)?.textContent;
    expect([last(1), last(2), last(3)]).toEqual([
      'best of 10; found 10 times',
      'best of 240; found 37 times',
      'best of 500; found once; refined',
    ]);
  });
});
