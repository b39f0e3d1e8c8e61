/**
 * CSS colour strings → 32-bit pixels for an ImageData buffer. ImageData is RGBA in memory, so on the
 * little-endian machines browsers run on a Uint32 view reads it as 0xAABBGGRR.
 */

/** Packs "#rrggbb", "#rgb" or "rgb(r, g, b)" / "rgba(r, g, b, a)"; null when the text is none of these. */
export function packColor(css: string, alpha = 255): number | null {
  const s = css.trim();
  let r: number;
  let g: number;
  let b: number;
  let a = alpha;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s);
  if (hex) {
    const h = hex[1] as string;
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    const v = Number.parseInt(full, 16);
    r = (v >> 16) & 255;
    g = (v >> 8) & 255;
    b = v & 255;
  } else {
    const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(s);
    if (!fn) return null;
    r = Math.round(Number(fn[1]));
    g = Math.round(Number(fn[2]));
    b = Math.round(Number(fn[3]));
    const alphaText = fn[4];
    if (alphaText !== undefined) {
      const f = alphaText.endsWith('%') ? Number(alphaText.slice(0, -1)) / 100 : Number(alphaText);
      a = Math.round(Math.min(1, Math.max(0, f)) * alpha);
    }
  }
  return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/** The components back, for tests and debugging: [r, g, b, a]. */
export function unpackColor(pixel: number): [number, number, number, number] {
  return [pixel & 255, (pixel >>> 8) & 255, (pixel >>> 16) & 255, pixel >>> 24];
}
