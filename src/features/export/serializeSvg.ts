/**
 * A chart's <svg> as a stand-alone SVG file. The live charts take their colours from CSS classes
 * (so dark mode works), which a file opened elsewhere would not have; every element's computed
 * paint and font properties are therefore written onto the copy as presentation attributes.
 * Attributes, not a style attribute: the page's CSP forbids inline styles set from markup, and
 * presentation attributes need no permission. The copy shows the theme the user is looking at.
 */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface LegendItem {
  readonly name: string;
  readonly color: string;
}

/** Extra layers of a chart drawn outside its <svg> (the canvas scatter's underlay and points). */
export interface ExportLayers {
  /** An <svg> of the same viewBox drawn under the chart: its content is put first in the copy. */
  readonly underlay?: SVGSVGElement | null;
  /** A raster of the points, put into the chart's `[data-export="points"]` group as an <image>. */
  readonly points?: {
    readonly href: string;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  } | null;
}

/**
 * The chart as SVG text, with `legend` drawn under it and the `layers` drawn outside the svg put in,
 * so the file shows what the screen shows. The points image is placed in the plot's coordinates,
 * undoing the translate of the group that holds the placeholder.
 */
export function serializeSvg(
  svg: SVGSVGElement,
  legend: readonly LegendItem[] = [],
  layers: ExportLayers = {},
): string {
  const clone = inlinedCopy(svg);
  if (layers.underlay) {
    const under = inlinedCopy(layers.underlay);
    clone.prepend(...[...under.childNodes]);
  }
  const slot = clone.querySelector('[data-export="points"]');
  if (layers.points && slot !== null) {
    const { href, x, y, width, height } = layers.points;
    const image = clone.ownerDocument.createElementNS(SVG_NS, 'image');
    const group = slot.parentElement?.closest('g[transform]');
    const [tx = 0, ty = 0] = /translate\(([^,\s]+)[,\s]+([^)]+)\)/
      .exec(group?.getAttribute('transform') ?? '')
      ?.slice(1)
      .map(Number) ?? [0, 0];
    image.setAttribute('href', href);
    image.setAttribute('x', String(x - tx));
    image.setAttribute('y', String(y - ty));
    image.setAttribute('width', String(width));
    image.setAttribute('height', String(height));
    image.setAttribute('preserveAspectRatio', 'none');
    slot.append(image);
  }
  // Keyboard focus ring and the hover ring are interaction state, not part of the picture.
  clone.querySelectorAll('[data-testid="active-point"]').forEach((node) => node.remove());

  const [, , width = 640, height = 360] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const extra = appendLegend(clone, legend, width, height, getComputedStyle(svg).getPropertyValue('color'));
  // No explicit xmlns attribute: the clone is in the SVG namespace, so XMLSerializer declares it, and
  // a second declaration would make the file invalid XML.
  clone.setAttribute('viewBox', `0 0 ${width} ${height + extra}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height + extra));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** A deep copy of `svg` with every element's computed paint and font written on as attributes. */
function inlinedCopy(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (copy === undefined) return;
    const computed = getComputedStyle(original);
    for (const property of PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value !== '') copy.setAttribute(property, value);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('style');
    copy.removeAttribute('tabindex');
  });
  return clone;
}

/** The HTML legend does not travel with the SVG; a plain one is drawn under the plot instead. */
function appendLegend(
  svg: SVGSVGElement,
  items: readonly LegendItem[],
  width: number,
  height: number,
  textColor: string,
): number {
  if (items.length === 0) return 0;
  const doc = svg.ownerDocument;
  const row = 20;
  const perRow = Math.max(1, Math.floor(width / 240));
  const rows = Math.ceil(items.length / perRow);
  const background = doc.createElementNS(SVG_NS, 'rect');
  const bg = svg.querySelector('rect.chart-bg, rect')?.getAttribute('fill') ?? '#ffffff';
  background.setAttribute('y', String(height));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(rows * row + 12));
  background.setAttribute('fill', bg);
  svg.append(background);
  items.forEach((item, i) => {
    const x = 16 + (i % perRow) * (width / perRow);
    const y = height + 14 + Math.floor(i / perRow) * row;
    const dot = doc.createElementNS(SVG_NS, 'circle');
    dot.setAttribute('cx', String(x + 5));
    dot.setAttribute('cy', String(y));
    dot.setAttribute('r', '5');
    dot.setAttribute('fill', item.color);
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x + 16));
    text.setAttribute('y', String(y));
    text.setAttribute('dy', '0.32em');
    text.setAttribute('font-size', '12');
    text.setAttribute('font-family', 'system-ui, sans-serif');
    text.setAttribute('fill', textColor || '#1c2230');
    text.textContent = item.name; // text node: a name typed by the user never becomes markup
    svg.append(dot, text);
  });
  return rows * row + 12;
}
