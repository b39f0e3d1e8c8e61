const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first key anywhere in a parsed JSON value that could reach an object's prototype if the value
 * were ever merged or spread into another object ("__proto__", "constructor", "prototype"), with its
 * path; null when there is none. Walks with an explicit stack: a deeply nested file cannot overflow it.
 */
export function findForbiddenKey(value: unknown): { key: string; path: string } | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const current = next.value;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: `${next.path}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(current)) {
      const path = next.path === '' ? key : `${next.path}.${key}`;
      if (FORBIDDEN.has(key)) return { key, path };
      stack.push({ value: (current as Record<string, unknown>)[key], path });
    }
  }
  return null;
}
