import { describe, expect, it } from 'vitest';
import {
  NAME_THRESHOLD_SD,
  band,
  disambiguate,
  suggestSegmentNames,
} from '../../../src/core/profile/nameSegments';
import { shortColumnName } from '../../../src/core/profile/shortColumnName';

// Mall_Customers, k = 5, seed 42: overall mean/sd of the clustered columns and the five centroids.
const MALL = {
  mean: [60.56, 50.2],
  scale: [26.19897707926782, 25.75888196331509],
  columnNames: ['Annual Income (k$)', 'Spending Score (1-100)'],
  centroids: [
    [55.296, 49.519],
    [86.538, 82.128],
    [88.2, 17.114],
    [26.304, 20.913],
    [25.727, 79.364],
  ],
};

describe('shortColumnName', () => {
  it('keeps the word that says what is measured', () => {
    expect(shortColumnName('Annual Income (k$)')).toBe('income');
    expect(shortColumnName('Spending Score (1-100)')).toBe('spending');
    expect(shortColumnName('Age')).toBe('age');
    expect(shortColumnName('total_orders')).toBe('orders');
    expect(shortColumnName('Score')).toBe('score');
  });
});

describe('band', () => {
  it('uses ±0.5 standard deviations, inclusive', () => {
    expect(NAME_THRESHOLD_SD).toBe(0.5);
    expect(band(0.5)).toBe('High');
    expect(band(0.49)).toBe('Average');
    expect(band(-0.49)).toBe('Average');
    expect(band(-0.5)).toBe('Low');
  });
});

describe('suggestSegmentNames', () => {
  it('names the Mall_Customers k = 5 segments the way analysts describe them', () => {
    // Hand check: (86.5 − 60.56) / 26.2 = +0.99 and (82.1 − 50.2) / 25.76 = +1.24 → both high;
    // (55.3 − 60.56) / 26.2 = −0.20 and (49.5 − 50.2) / 25.76 = −0.03 → both average.
    expect(suggestSegmentNames(MALL)).toEqual([
      'Average income · Average spending',
      'High income · High spending',
      'High income · Low spending',
      'Low income · Low spending',
      'Low income · High spending',
    ]);
  });

  it('keeps only the three most distinctive of many columns, in column order', () => {
    const names = suggestSegmentNames({
      centroids: [[0.1, 2, -3, 0.2, 1]],
      mean: [0, 0, 0, 0, 0],
      scale: [1, 1, 1, 1, 1],
      columnNames: ['a', 'b', 'c', 'd', 'e'],
    });
    expect(names).toEqual(['High b · Low c · High e']);
  });

  it('tells apart segments that would share a name', () => {
    const names = suggestSegmentNames({
      centroids: [[2], [3], [0]],
      mean: [0],
      scale: [1],
      columnNames: ['Age'],
    });
    expect(names).toEqual(['Very high age (lower age)', 'Very high age (higher age)', 'Average age']);
    // Finer bands first: one a little above average, one far above.
    expect(
      suggestSegmentNames({ centroids: [[0.8], [1.8]], mean: [0], scale: [1], columnNames: ['Age'] }),
    ).toEqual(['High age', 'Very high age']);
    // Numbers only when nothing tells them apart.
    expect(
      suggestSegmentNames({ centroids: [[1], [1]], mean: [0], scale: [1], columnNames: ['Age'] }),
    ).toEqual(['High age (1)', 'High age (2)']);
    expect(disambiguate(['a', 'b'])).toEqual(['a', 'b']);
  });

  it('treats a zero spread as no difference', () => {
    expect(suggestSegmentNames({ centroids: [[5]], mean: [5], scale: [0], columnNames: ['x'] })).toEqual([
      'Average x',
    ]);
  });
});
