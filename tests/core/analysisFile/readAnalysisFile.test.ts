import { describe, expect, it } from 'vitest';
import { analysisFileText, sealAnalysisFile } from '../../../src/core/analysisFile/checksum';
import type { AnalysisFile } from '../../../src/core/analysisFile/format';
import { matchFeatures } from '../../../src/core/analysisFile/matchFeatures';
import { readAnalysisFile, type ReadAnalysis } from '../../../src/core/analysisFile/readAnalysisFile';
import { saveMall } from './savedMall';

const read = (text: string, byteSize = new TextEncoder().encode(text).length): Promise<ReadAnalysis> =>
  readAnalysisFile('customer-segments-analysis.json', byteSize, async () => text);

/** The saved Mall file with `edit` applied and the checksum made to match again (a writer's bug, not a hand edit). */
async function resealed(edit: (file: Record<string, unknown>) => void): Promise<string> {
  const { file } = await saveMall();
  const copy = JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
  edit(copy);
  delete copy['checksum'];
  return analysisFileText(await sealAnalysisFile(copy as unknown as Omit<AnalysisFile, 'checksum'>));
}

const problem = async (text: string, byteSize?: number): Promise<{ code: string; message: string }> => {
  const result = await read(text, byteSize);
  if (result.ok) throw new Error('opened a bad file');
  return { code: result.code, message: result.message };
};

describe('readAnalysisFile', () => {
  it('opens what the app saved, every number read back exactly', async () => {
    const { file, text } = await saveMall();
    const result = await read(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file).toEqual(file);
    expect(file.segments.map((s) => s.size)).toEqual([81, 39, 35, 23, 22]);
    expect(file.scaling.scale[0]).toBeCloseTo(26.198977079, 8);
    expect(file.kmeans).toMatchObject({ k: 5, seed: 42, restarts: 10, init: 'k-means++' });
  });

  it('refuses a file far too large before parsing it', async () => {
    let parsed = false;
    const result = await readAnalysisFile('huge.json', 50 * 1024 * 1024, async () => {
      parsed = true;
      return '{}';
    });
    expect(parsed).toBe(false);
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
    if (!result.ok)
      expect(result.message).toBe(
        'huge.json is 50 MB, far too large for an analysis file (they are a few kilobytes; the limit is 5.0 MB), so it was not opened.',
      );
  });

  it('says a file that is not JSON is not an analysis file', async () => {
    const { code, message } = await problem('CustomerID,Gender\n1,Male\n');
    expect(code).toBe('not-json');
    expect(message).toMatch(
      /^customer-segments-analysis\.json is not JSON, so it is not an analysis file saved by this app \(/,
    );
  });

  it('refuses __proto__, constructor and prototype keys anywhere, naming where', async () => {
    const { text } = await saveMall();
    const proto = await problem(
      text.replace('"cluster": 2,', '"cluster": 2, "__proto__": {"polluted": true},'),
    );
    expect(proto.code).toBe('forbidden-key');
    expect(proto.message).toBe(
      'customer-segments-analysis.json contains the key "__proto__" (at segments[1].__proto__), which no analysis file has; it was not opened.',
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((await problem('{"a":{"constructor":{"prototype":1}}}')).message).toContain(
      '"constructor" (at a.constructor)',
    );
  });

  it('says JSON of another kind is not an analysis file', async () => {
    expect(await problem('[1, 2]')).toEqual({
      code: 'not-analysis',
      message:
        'customer-segments-analysis.json is JSON, but not a customer-segments analysis file (it has no "format" field).',
    });
    expect((await problem('{"format":"vega-lite"}')).message).toContain('its "format" is "vega-lite"');
  });

  it('sends a newer version to the newer app', async () => {
    const text = await resealed((file) => {
      file['version'] = 2;
    });
    expect(await problem(text)).toEqual({
      code: 'newer-version',
      message:
        'customer-segments-analysis.json was saved by a newer version of the app (analysis format 2; this one reads format 1). Open it with the newer version.',
    });
  });

  it('refuses a file edited by hand: the checksum no longer matches', async () => {
    const { text } = await saveMall();
    const edited = text.replace('"name": "Segment 1"', '"name": "VIP"');
    expect(edited).not.toBe(text);
    expect(await problem(edited)).toEqual({
      code: 'tampered',
      message:
        'customer-segments-analysis.json was changed after it was saved: its checksum does not match its contents, so it was not opened. Save the analysis again, or undo the edit.',
    });
    const unsigned = JSON.parse(text) as Record<string, unknown>;
    delete unsigned['checksum'];
    expect((await problem(JSON.stringify(unsigned))).message).toContain('has no checksum');
  });

  it('names the first field that breaks the format', async () => {
    const cases: [(file: Record<string, unknown>) => void, string][] = [
      [
        (f) => ((f['kmeans'] as Record<string, unknown>)['k'] = '5'),
        '"kmeans.k" should be a whole number of at least 1 (it is "5")',
      ],
      [(f) => delete f['scaling'], '"scaling" is missing (it should be an object)'],
      [
        (f) => ((f['scaling'] as Record<string, number[]>)['scale'] = [1, 0]),
        '"scaling.scale[1]" should be a number above 0 (it is 0)',
      ],
      [
        (f) => (f['features'] = ['Age', 'Income']),
        '"features" names "Income", which is not in "input.header"',
      ],
      [(f) => (f['missing'] = 'zero'), '"missing" should be "drop" or "mean" (it is "zero")'],
      [
        (f) => (f['segments'] as unknown[]).pop(),
        '"segments" should be a list of 5 segments, one per cluster (it is a list of 4)',
      ],
      [
        (f) => ((f['segments'] as Record<string, unknown>[])[2]!['centroid'] = [1]),
        '"segments[2].centroid" should be a list of 2 numbers (it is a list of 1)',
      ],
      [
        (f) => ((f['input'] as Record<string, unknown>)['sha256'] = 'abc'),
        '"input.sha256" should be 64 lowercase hex digits (a SHA-256), or null (it is "abc")',
      ],
    ];
    for (const [edit, wanted] of cases) {
      expect(await problem(await resealed(edit))).toEqual({
        code: 'invalid',
        message: `customer-segments-analysis.json is not a valid analysis file: ${wanted}.`,
      });
    }
  });

  it('opens a Spark file, whose input has no size or checksum', async () => {
    const text = await resealed((file) => {
      const input = file['input'] as Record<string, unknown>;
      input['byteSize'] = null;
      input['sha256'] = null;
      file['app'] = { name: 'customer-segments-spark', version: '0.1.0' };
      (file['kmeans'] as Record<string, unknown>)['init'] = 'k-means||';
    });
    const result = await read(text);
    expect(result.ok).toBe(true);
  });
});

describe('matchFeatures', () => {
  it('finds the saved columns by header name, or names the ones a table lacks', () => {
    const features = ['Annual Income (k$)', 'Spending Score (1-100)'];
    expect(
      matchFeatures('march.csv', ['Spending Score (1-100)', 'CustomerID', 'Annual Income (k$)'], features),
    ).toEqual({
      ok: true,
      indices: [2, 0],
    });
    expect(matchFeatures('march.csv', ['CustomerID', 'Annual Income (k$)'], features)).toEqual({
      ok: false,
      lacking: ['Spending Score (1-100)'],
      message:
        'march.csv has no column “Spending Score (1-100)”, which the saved analysis clusters on (“Annual Income (k$)” and “Spending Score (1-100)”), so its customers could not be scored.',
    });
  });
});
