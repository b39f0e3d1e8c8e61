import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { saveMall } from './savedMall';

// The published schema, checked by a real JSON Schema 2020-12 validator (in tests only: the app
// validates by hand, as ajv compiles with new Function, which the app's CSP forbids).
const schema = JSON.parse(readFileSync('public/customer-segments-analysis.schema.json', 'utf8')) as object;
const validate = new Ajv2020({ strict: true, allErrors: true, formats: { 'date-time': true } }).compile(
  schema,
);

const edited = async (edit: (file: Record<string, unknown>) => void): Promise<Record<string, unknown>> => {
  const copy = JSON.parse((await saveMall()).text) as Record<string, unknown>;
  edit(copy);
  return copy;
};

describe('public/customer-segments-analysis.schema.json', () => {
  it('accepts what the app saves, and a Spark file with no input size or checksum', async () => {
    expect(validate(JSON.parse((await saveMall()).text)), JSON.stringify(validate.errors)).toBe(true);
    const spark = await edited((file) => {
      Object.assign(file['input'] as object, { byteSize: null, sha256: null });
      Object.assign(file['kmeans'] as object, { init: 'k-means||' });
    });
    expect(validate(spark), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects what the app rejects as breaking the format', async () => {
    const broken: ((file: Record<string, unknown>) => void)[] = [
      (f) => Object.assign(f['kmeans'] as object, { k: '5' }),
      (f) => delete f['scaling'],
      (f) => Object.assign(f['scaling'] as object, { scale: [1, 0] }),
      (f) => (f['missing'] = 'zero'),
      (f) => Object.assign(f['input'] as object, { sha256: 'abc' }),
      (f) => (f['version'] = 2),
      (f) => (f['format'] = 'vega-lite'),
      (f) => delete f['checksum'],
    ];
    for (const edit of broken) expect(validate(await edited(edit))).toBe(false);
  });
});
