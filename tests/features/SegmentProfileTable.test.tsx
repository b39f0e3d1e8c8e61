// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { profileSegments } from '../../src/core/profile/profileSegments';
import { SegmentProfileTable } from '../../src/features/results/SegmentProfileTable';
import { categorical } from '../core/profile/categorical';

afterEach(cleanup);

const profiles = profileSegments({
  labels: Int32Array.from([0, 1, 1, 0]),
  centroids: [
    [10, 20],
    [30, 40],
  ],
  numeric: [
    { name: 'Age', values: Float64Array.from([20, 40, 50, 30]) },
    { name: 'Income', values: Float64Array.from([10, 28, 32, 10]) },
  ],
  categorical: [categorical('Gender', ['F', 'M', 'M', 'F'])],
});

describe('SegmentProfileTable', () => {
  it('shows size, share, mean (median) and mix per segment, the clustered columns marked, with a name field each', () => {
    const onRename = vi.fn();
    render(
      <SegmentProfileTable
        profiles={profiles}
        fieldValues={['Young', '<b>bold</b>']}
        suggested={['Young', 'Older']}
        featureNames={['Income', 'Spend']}
        onRename={onRename}
      />,
    );
    const rows = screen.getAllByTestId('segment-row');
    expect(rows).toHaveLength(2);
    const second = within(rows[1]!);
    expect(second.getByText('50.0%')).toBeTruthy();
    expect(rows[1]!.textContent).toContain('45.0');
    expect(rows[1]!.textContent).toContain('M 100%');
    expect(rows[1]!.textContent).toContain('30.0 (30.0)');
    // A name is user text: an input value, never markup.
    const field = screen.getByLabelText('Name of segment 2') as HTMLInputElement;
    expect(field.value).toBe('<b>bold</b>');
    expect(document.querySelector('b')).toBeNull();
    fireEvent.change(field, { target: { value: 'VIPs' } });
    expect(onRename).toHaveBeenCalledWith(1, 'VIPs');
    // The centre is the clustered columns' means: marked, not repeated in a column of its own.
    expect(screen.queryByText(/Centroid/)).toBeNull();
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toContain('Income clustered');
    expect(headers).toContain('Age');
  });
});
