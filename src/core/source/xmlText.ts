const ENTITY = /&(?:#x([0-9a-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character data with its entity and character references replaced by the characters they stand for. */
export function xmlUnescape(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The value of attribute `name` in a start tag's attribute text, unescaped; undefined when absent. */
export function xmlAttribute(attributes: string, name: string): string | undefined {
  // A prefixed attribute (r:id) must not match a bare one of the same local name, hence the boundary.
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  if (match === null) return undefined;
  return xmlUnescape(match[1] ?? match[2] ?? '');
}

/**
 * The text of every `<t>` element in an XML fragment, joined: a shared or inline string, its rich-text
 * runs in order, phonetic guides (`<rPh>`, the reading of East Asian text) left out as Excel shows them.
 */
export function xmlRunText(fragment: string): string {
  const body = fragment.includes('<rPh') ? fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : fragment;
  let text = '';
  for (const match of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += match[1] ?? '';
  // Excel writes a line break as _x000A_ when it must (ECMA-376 ST_Xstring).
  return xmlUnescape(text).replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
