import { ANALYSIS_FORMAT_VERSION, type AnalysisFile } from './format';

/** The first way a value fails the format, as a phrase naming the field: `"kmeans.k" should be …`. */
export class SchemaProblem extends Error {}

const HEX64 = /^[0-9a-f]{64}$/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
};

/** Reads fields of one object, each check naming its full path in what it throws. */
class Fields {
  constructor(
    private readonly value: Json,
    private readonly path: string,
  ) {}

  private at(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  private fail(key: string, wanted: string): never {
    const present = Object.hasOwn(this.value, key);
    throw new SchemaProblem(
      present
        ? `"${this.at(key)}" should be ${wanted} (it is ${describe(this.value[key])})`
        : `"${this.at(key)}" is missing (it should be ${wanted})`,
    );
  }

  raw(key: string): unknown {
    return this.value[key];
  }

  object(key: string): Fields {
    const value = this.value[key];
    if (!isObject(value)) this.fail(key, 'an object');
    return new Fields(value, this.at(key));
  }

  string(key: string, { nonEmpty = false } = {}): string {
    const value = this.value[key];
    if (typeof value !== 'string' || (nonEmpty && value.trim() === ''))
      this.fail(key, nonEmpty ? 'a non-empty text' : 'a text');
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.value[key];
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
      this.fail(key, allowed.map((a) => `"${a}"`).join(' or '));
    return value as T;
  }

  boolean(key: string): boolean {
    const value = this.value[key];
    if (typeof value !== 'boolean') this.fail(key, 'true or false');
    return value;
  }

  integer(key: string, min: number, { nullable = false } = {}): number {
    const value = this.value[key];
    if (nullable && value === null) return value as unknown as number;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min)
      this.fail(key, `a whole number of at least ${min}${nullable ? ', or null' : ''}`);
    return value;
  }

  nullableInteger(key: string, min: number): number | null {
    return this.value[key] === null ? null : this.integer(key, min, { nullable: true });
  }

  number(key: string, { min = -Infinity, positive = false } = {}): number {
    const value = this.value[key];
    const ok =
      typeof value === 'number' && Number.isFinite(value) && value >= min && (!positive || value > 0);
    if (!ok)
      this.fail(
        key,
        positive ? 'a number above 0' : min > -Infinity ? `a number of at least ${min}` : 'a number',
      );
    return value as number;
  }

  numbers(key: string, length: number, { positive = false } = {}): number[] {
    const value = this.value[key];
    const wanted = `a list of ${length} number${length === 1 ? '' : 's'}${positive ? ' above 0' : ''}`;
    if (!Array.isArray(value) || value.length !== length) this.fail(key, wanted);
    value.forEach((item, i) => {
      if (typeof item !== 'number' || !Number.isFinite(item) || (positive && item <= 0))
        throw new SchemaProblem(
          `"${this.at(key)}[${i}]" should be a ${positive ? 'number above 0' : 'number'} (it is ${describe(item)})`,
        );
    });
    return value as number[];
  }

  strings(key: string, { minLength = 0, unique = false } = {}): string[] {
    const value = this.value[key];
    if (!Array.isArray(value) || value.length < minLength || value.some((item) => typeof item !== 'string'))
      this.fail(key, `a list of at least ${minLength} texts`);
    if (unique) {
      const repeated = value.find((item, i) => value.indexOf(item) !== i);
      if (repeated !== undefined)
        throw new SchemaProblem(`"${this.at(key)}" names ${describe(repeated)} twice`);
    }
    return value as string[];
  }

  hex(key: string, { nullable = false } = {}): string | null {
    const value = this.value[key];
    if (nullable && value === null) return null;
    if (typeof value !== 'string' || !HEX64.test(value))
      this.fail(key, `64 lowercase hex digits (a SHA-256)${nullable ? ', or null' : ''}`);
    return value;
  }
}

/**
 * Checks a parsed value against format version 1 field by field (the same rules as the JSON Schema,
 * plus what a schema cannot say: one scaling value and one centroid coordinate per feature, k
 * segments numbered 1..k, features taken from the header). Throws a SchemaProblem naming the first
 * field that is wrong. "format", "version" and "checksum" are checked before this (readAnalysisFile).
 */
export function validateAnalysis(value: unknown): AnalysisFile {
  if (!isObject(value)) throw new SchemaProblem('it is not a JSON object');
  const root = new Fields(value, '');
  const version = root.integer('version', 1);
  if (version !== ANALYSIS_FORMAT_VERSION)
    throw new SchemaProblem(`"version" should be ${ANALYSIS_FORMAT_VERSION}`);
  const app = root.object('app');
  app.string('name', { nonEmpty: true });
  app.string('version');
  const createdAt = root.string('createdAt');
  if (Number.isNaN(Date.parse(createdAt)))
    throw new SchemaProblem(`"createdAt" should be an ISO 8601 date and time (it is ${describe(createdAt)})`);

  const input = root.object('input');
  input.string('fileName');
  input.nullableInteger('byteSize', 0);
  const rowCount = input.integer('rowCount', 0);
  input.hex('sha256', { nullable: true });
  const header = input.strings('header', { minLength: 1 });

  const features = root.strings('features', { minLength: 1, unique: true });
  const stranger = features.find((name) => !header.includes(name));
  if (stranger !== undefined)
    throw new SchemaProblem(`"features" names ${describe(stranger)}, which is not in "input.header"`);
  const d = features.length;
  root.oneOf('missing', ['drop', 'mean'] as const);
  const scaling = root.object('scaling');
  scaling.numbers('mean', d);
  scaling.numbers('scale', d, { positive: true });

  const kmeans = root.object('kmeans');
  const k = kmeans.integer('k', 1);
  kmeans.integer('seed', 0);
  kmeans.integer('restarts', 1);
  kmeans.integer('maxIter', 1);
  kmeans.number('tol', { min: 0 });
  kmeans.string('init', { nonEmpty: true });
  kmeans.number('inertia', { min: 0 });
  if (kmeans.raw('search') !== undefined) {
    const search = kmeans.object('search');
    search.oneOf('mode', ['thorough', 'n_init'] as const);
    search.integer('firstRestarts', 1);
    if (search.raw('refine') !== undefined) search.boolean('refine');
  }

  const segments = root.raw('segments');
  if (!Array.isArray(segments) || segments.length !== k)
    throw new SchemaProblem(
      `"segments" should be a list of ${k} segments, one per cluster (it is ${describe(segments)})`,
    );
  let members = 0;
  segments.forEach((segment, i) => {
    const path = `segments[${i}]`;
    if (!isObject(segment))
      throw new SchemaProblem(`"${path}" should be an object (it is ${describe(segment)})`);
    const fields = new Fields(segment, path);
    const cluster = fields.integer('cluster', 1);
    if (cluster !== i + 1)
      throw new SchemaProblem(`"${path}.cluster" should be ${i + 1}: segments are listed cluster 1 first`);
    fields.string('name');
    members += fields.integer('size', 0);
    fields.numbers('centroid', d);
    fields.numbers('centroidStandardized', d);
    fields.number('distance99', { min: 0 });
  });
  if (members > rowCount)
    throw new SchemaProblem(
      `the segments hold ${members} customers, more than the ${rowCount} rows of "input.rowCount"`,
    );
  root.hex('checksum');
  return value as unknown as AnalysisFile;
}
