/**
 * Values written as Python source literals, so that a column name with quotes, backslashes, line
 * breaks or any Unicode text comes back as the very same string when the script runs.
 */

/** A value a settings block holds. */
export type PythonValue =
  string | number | boolean | null | readonly PythonValue[] | { readonly [key: string]: PythonValue };

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

// Controls, format characters, line/paragraph separators, private use and unassigned code points are
// escaped: invisible in an editor, and some of them end a line for Python's str.splitlines.
const ESCAPED = /[\p{C}\p{Zl}\p{Zp}\u00a0\u2000-\u200a\u202f\u205f\u3000]/u;

/** A double-quoted Python string literal holding exactly `text` (lone surrogates included). */
export function pyStr(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // A surrogate pair is one code point; a lone surrogate is escaped as itself.
    const pair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const char = pair ? text.slice(i, i + 2) : (text[i] ?? '');
    if (pair) i++;
    const code = char.codePointAt(0) ?? 0;
    const short = SHORT_ESCAPES[char];
    if (short !== undefined) out += short;
    else if (code >= 0xd800 && code <= 0xdfff) out += `\\u${hex(code, 4)}`;
    else if (ESCAPED.test(char))
      out += code > 0xffff ? `\\U${hex(code, 8)}` : code > 0xff ? `\\u${hex(code, 4)}` : `\\x${hex(code, 2)}`;
    else out += char;
  }
  return `${out}"`;
}

const hex = (code: number, width: number): string => code.toString(16).padStart(width, '0');

/** A Python number literal with the same value: integers as ints, others as floats (`float("nan")` too). */
export function pyNum(value: number): string {
  if (Number.isNaN(value)) return 'float("nan")';
  if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : '-float("inf")';
  if (Object.is(value, -0)) return '-0.0';
  // String() gives the shortest digits that read back as the same double; Python reads them alike.
  return String(value);
}

/** Any {@link PythonValue} as a literal on one line (lists and dicts with ", " and ": "). */
export function pyValue(value: PythonValue): string {
  if (value === null) return 'None';
  if (typeof value === 'string') return pyStr(value);
  if (typeof value === 'number') return pyNum(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (isList(value)) return `[${value.map(pyValue).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${pyStr(key)}: ${pyValue(item)}`)
    .join(', ')}}`;
}

const isList = (value: PythonValue): value is readonly PythonValue[] => Array.isArray(value);

/**
 * A text as `# ` comment lines wrapped at `width` columns (a word longer than that keeps its line); no
 * line break inside the text can end the comment early.
 */
export function pyComment(text: string, indent = '', width = 100): string {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\p{Cs}/gu, '\ufffd').split(/\r\n|[\r\n\u2028\u2029\u0085]/)) {
    let line = `${indent}#`;
    for (const word of paragraph.split(' ')) {
      if (line.length > indent.length + 1 && line.length + 1 + word.length > width) {
        lines.push(line);
        line = `${indent}#`;
      }
      line += ` ${word}`;
    }
    lines.push(line.trimEnd());
  }
  return lines.join('\n');
}
