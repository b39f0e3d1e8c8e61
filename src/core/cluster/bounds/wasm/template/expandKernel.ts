/**
 * Expands the kernel template (src/core/cluster/bounds/wasm/assembly/kmeans.template.ts) into the
 * AssemblyScript that asc compiles. Three marks, each for code that must be written out once per
 * lane or per small d so that it compiles to straight-line code (loops over locals do not):
 *
 * - a block `//#unroll j = 1..7` ... `//#end`: its lines once per value of j, in order;
 * - inline `#each(j = 0..7, item)`: the item once per value, joined by ", ";
 * - a statement followed by `//#specialize d = 1..8`: `switch (d)` with a case per value and a
 *   default that keeps d, so each case inlines a copy with d a constant.
 *
 * Inside a mark, `{j}` stands for the value and `{8 * j}` for a multiple of it. Anything left
 * unexpanded is an error, so a typo in the template cannot reach the compiler as a silent change.
 */
export function expandKernel(template: string): string {
  const unrolled = expandBlocks(template.split('\n'));
  const out = unrolled.map(expandEach).flatMap(expandSpecialize);
  for (const line of out) {
    if (isProse(line)) continue;
    const leftover = /#each\(|\/\/#(unroll|end|specialize)|\{(\d+ \* )?[a-z]\}/.exec(line);
    if (leftover !== null) throw new Error(`Unexpanded template mark ${leftover[0]} in: ${line.trim()}`);
  }
  return out.join('\n');
}

/** A comment line (which may speak of the marks) rather than code or a mark. */
function isProse(line: string): boolean {
  return /^\s*(\/\/(?!#)|\/?\*)/.test(line);
}

interface Range {
  readonly name: string;
  readonly values: number[];
}

/** `j = 1..7` as a name and its values (both ends included). */
function parseRange(text: string): Range {
  const m = /^\s*([a-z])\s*=\s*(\d+)\.\.(\d+)\s*$/.exec(text);
  if (m === null) throw new Error(`Bad range in kernel template: "${text}"`);
  const [from, to] = [Number(m[2]), Number(m[3])];
  return { name: m[1] as string, values: Array.from({ length: to - from + 1 }, (_, i) => from + i) };
}

/** `{j}` and `{8 * j}` for this name replaced; marks of other names are left for later. */
function substitute(text: string, name: string, value: number | string): string {
  return text.replace(/\{(?:(\d+) \* )?([a-z])\}/g, (mark, factor: string | undefined, n: string) => {
    if (n !== name) return mark;
    if (factor === undefined) return String(value);
    if (typeof value !== 'number') throw new Error(`${mark} needs a number, not ${value}`);
    return String(Number(factor) * value);
  });
}

/** Expands //#unroll blocks (nested ones too), innermost marks last. */
function expandBlocks(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const open = /^\s*\/\/#unroll (.*)$/.exec(line);
    if (open === null) {
      out.push(line);
      continue;
    }
    let depth = 1;
    let end = i + 1;
    for (; end < lines.length; end++) {
      if (/^\s*\/\/#unroll /.test(lines[end] as string)) depth++;
      else if (/^\s*\/\/#end\s*$/.test(lines[end] as string) && --depth === 0) break;
    }
    if (end === lines.length) throw new Error(`//#unroll on line ${i + 1} has no //#end`);
    const { name, values } = parseRange(open[1] as string);
    const body = lines.slice(i + 1, end);
    for (const value of values) out.push(...expandBlocks(body.map((l) => substitute(l, name, value))));
    i = end;
  }
  return out;
}

/** Expands every #each(range, item) on a line; the item may hold parentheses and commas. */
function expandEach(line: string): string {
  if (isProse(line)) return line;
  for (let start = line.indexOf('#each('); start >= 0; start = line.indexOf('#each(')) {
    let depth = 0;
    let comma = -1;
    let close = -1;
    for (let p = start + '#each'.length; p < line.length && close < 0; p++) {
      const ch = line[p];
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) close = p;
      else if (ch === ',' && depth === 1 && comma < 0) comma = p;
    }
    if (comma < 0 || close < 0) throw new Error(`Unbalanced #each in: ${line.trim()}`);
    const { name, values } = parseRange(line.slice(start + '#each('.length, comma));
    const item = line.slice(comma + 1, close).trim();
    const items = values.map((value) => substitute(item, name, value)).join(', ');
    line = line.slice(0, start) + items + line.slice(close + 1);
  }
  return line;
}

/** A statement marked //#specialize as a switch with one case per value. */
function expandSpecialize(line: string): string[] {
  const m = /^(\s*)(.*;)\s*\/\/#specialize (.*)$/.exec(line);
  if (m === null) return [line];
  const [indent, statement] = [m[1] as string, m[2] as string];
  const { name, values } = parseRange(m[3] as string);
  // A void call needs a break after it; a return leaves the switch by itself.
  const leaves = statement.startsWith('return ');
  const out = [`${indent}switch (${name}) {`];
  for (const value of values) {
    out.push(`${indent}  case ${value}:`, `${indent}    ${substitute(statement, name, value)}`);
    if (!leaves) out.push(`${indent}    break;`);
  }
  out.push(`${indent}  default:`, `${indent}    ${substitute(statement, name, name)}`, `${indent}}`);
  return out;
}
