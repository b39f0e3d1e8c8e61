import { describe, expect, it } from 'vitest';
import { createRandom, localTrials, restartRandom } from '../../../src/core/cluster/random';

describe('random (numpy RandomState-compatible MT19937)', () => {
  it('matches numpy.random.RandomState(42)', () => {
    // Values printed by numpy 1.24: random_sample() x2, randint(200), randint(1000000), randint(2**32).
    const r = createRandom(42);
    expect(r.nextFloat()).toBe(0.3745401188473625);
    expect(r.nextFloat()).toBe(0.9507143064099162);
    expect(r.nextBelow(200)).toBe(106);
    expect(r.nextBelow(1000000)).toBe(644167);
    expect(r.nextUint32()).toBe(2571218620);
  });

  it('skips to a restart exactly where a sequential run would be', () => {
    // numpy: three times (randint(200), uniform(size=12)), then randint(200) -> 129, uniform() -> 0.68423...
    const s = restartRandom(42, 5, 3, 200);
    expect(s.nextBelow(200)).toBe(129);
    expect(s.nextFloat()).toBe(0.6842330265121569);
  });

  it('uses 2 + floor(ln k) local trials', () => {
    expect([1, 2, 3, 5, 8, 10, 21].map(localTrials)).toEqual([2, 2, 3, 3, 4, 4, 5]);
  });

  it('is reproducible and stays in range', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    for (let i = 0; i < 1000; i++) {
      const f = a.nextFloat();
      expect(f).toBe(b.nextFloat());
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      const m = a.nextBelow(3);
      expect(m).toBe(b.nextBelow(3));
      expect(m === 0 || m === 1 || m === 2).toBe(true);
    }
  });
});
