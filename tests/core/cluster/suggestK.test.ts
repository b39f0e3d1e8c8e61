import { describe, expect, it } from 'vitest';
import { suggestK } from '../../../src/core/cluster/suggestK';

const ks = [1, 2, 3, 4, 5, 6, 7, 8];

describe('suggestK', () => {
  it('finds a sharp elbow and explains it in percentages', () => {
    const s = suggestK(ks, [1000, 500, 100, 90, 82, 75, 69, 64]);
    expect(s.k).toBe(3);
    expect(s.reason).toBe(
      'Past k = 3 each extra cluster lowers inertia by at most 10%, against 80% for the step to k = 3.',
    );
  });

  it('says "no clear elbow" for a straight line, a flat curve or too few points', () => {
    expect(suggestK(ks, [80, 70, 60, 50, 40, 30, 20, 10]).k).toBeNull();
    expect(suggestK(ks, [5, 5, 5, 5, 5, 5, 5, 5]).k).toBeNull();
    expect(suggestK([1, 2], [10, 1]).k).toBeNull();
    expect(suggestK([1, 2], [10, 1]).reason).toMatch(/^No clear elbow/);
  });

  it('works when ks do not start at 1', () => {
    expect(suggestK([2, 3, 4, 5, 6], [300, 100, 80, 70, 62]).k).toBe(3);
  });
});
