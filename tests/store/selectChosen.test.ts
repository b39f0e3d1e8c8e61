import { describe, expect, it } from 'vitest';
import { selectChosen } from '../../src/store/selectChosen';
import type { AnalysisResult } from '../../src/worker/protocol';

describe('selectChosen', () => {
  const byK = [1, 2, 3].map((k) => ({ k, inertia: 10 / k }));
  const analysis = { byK } as unknown as AnalysisResult;

  it('gives the clustering for k, the stored object itself', () => {
    expect(selectChosen({ analysis, k: 2 })).toBe(byK[1]);
  });

  it('is undefined before an analysis and for a k it did not compute', () => {
    expect(selectChosen({ analysis: null, k: 2 })).toBeUndefined();
    expect(selectChosen({ analysis, k: 4 })).toBeUndefined();
    expect(selectChosen({ analysis, k: 0 })).toBeUndefined();
  });
});
