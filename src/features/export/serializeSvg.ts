import type { MarkerShape } from '../../charts/palette';
import { centroidPath, markerPath } from '../../charts/shared/markers';
import { FONT_FAMILY, estimateTextWidth } from '../../charts/shared/theme';

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
  /** The marker the plot draws the segment with (or the centroid's cross); a circle when absent. */
  readonly shape?: MarkerShape | 'centroid';
  /** Customers in the segment, written after its name with their share. */
  readonly count?: number;
  /** The class the live chart colours the segment with (e.g. "cluster-0"): its current colour wins. */
  readonly colorClass?: string;
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

export interface ExportText {
  /** Written above the chart, e.g. "Mall_Customers.csv · k = 5". */
  readonly title?: string;
}

const TITLE_HEIGHT = 30;

/**
 * The chart as SVG text, with `legend` drawn under it, `title` over it, and the `layers` drawn
 * outside the svg put in, so the file shows what the screen shows, in the theme the screen shows
 * (a dark-mode export is dark throughout: background, text and legend). The points image is placed
 * in the plot's coordinates, undoing the translate of the group that holds the placeholder.
 */
export function serializeSvg(
  svg: SVGSVGElement,
  legend: readonly LegendItem[] = [],
  layers: ExportLayers = {},
  { title }: ExportText = {},
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
  const colors: ExportColors = {
    background: liveFill(svg, 'chart-bg', '#ffffff'),
    text: getComputedStyle(svg).getPropertyValue('color') || '#1c2230',
    muted: liveFill(svg, 'chart-muted', '#5b6478'),
  };
  const top = title ? TITLE_HEIGHT : 0;
  if (top > 0) {
    const body = clone.ownerDocument.createElementNS(SVG_NS, 'g');
    body.setAttribute('transform', `translate(0,${top})`);
    body.append(...[...clone.childNodes]);
    clone.append(body);
  }
  const items = legend.map((item) => ({
    ...item,
    color: item.colorClass === undefined ? item.color : liveFill(svg, item.colorClass, item.color),
  }));
  const extra = appendLegend(clone, items, width, height + top, colors);
  if (title) prependTitle(clone, title, width, colors);
  // No explicit xmlns attribute: the clone is in the SVG namespace, so XMLSerializer declares it, and
  // a second declaration would make the file invalid XML.
  clone.setAttribute('viewBox', `0 0 ${width} ${height + top + extra}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height + top + extra));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

interface ExportColors {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
}

/**
 * The fill an element of `className` gets in the live chart now (light or dark theme), read from a
 * probe put in for the moment; `fallback` where no style sheet applies (tests in jsdom).
 */
function liveFill(svg: SVGSVGElement, className: string, fallback: string): string {
  const probe = svg.ownerDocument.createElementNS(SVG_NS, 'path');
  probe.setAttribute('class', className);
  // What the element gets where no rule of the class sets a fill (e.g. a cluster colour in light mode).
  probe.setAttribute('fill', fallback);
  svg.append(probe);
  const fill = getComputedStyle(probe).getPropertyValue('fill');
  probe.remove();
  return fill === '' || fill === 'none' || !svg.isConnected ? fallback : fill;
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

/** The title line over the chart, on the chart's background. */
function prependTitle(svg: SVGSVGElement, title: string, width: number, colors: ExportColors): void {
  const doc = svg.ownerDocument;
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(TITLE_HEIGHT));
  background.setAttribute('fill', colors.background);
  const text = doc.createElementNS(SVG_NS, 'text');
  text.setAttribute('data-export', 'title');
  text.setAttribute('x', '16');
  text.setAttribute('y', String(TITLE_HEIGHT / 2 + 2));
  text.setAttribute('dy', '0.32em');
  text.setAttribute('font-size', '15');
  text.setAttribute('font-weight', '600');
  text.setAttribute('font-family', FONT_FAMILY);
  text.setAttribute('fill', colors.text);
  text.textContent = title; // a text node: a file name never becomes markup
  svg.prepend(background, text);
}

/**
 * The HTML legend does not travel with the SVG; one is drawn under the plot instead, with each
 * segment's marker (the plot's shape and colour), its name, and its size and share.
 */
function appendLegend(
  svg: SVGSVGElement,
  items: readonly LegendItem[],
  width: number,
  height: number,
  colors: ExportColors,
): number {
  if (items.length === 0) return 0;
  const doc = svg.ownerDocument;
  const row = 20;
  const total = items.reduce((sum, item) => sum + (item.count ?? 0), 0);
  const sizeText = (item: LegendItem): string =>
    item.count === undefined
      ? ''
      : `${item.count.toLocaleString('en-US')}${total > 0 ? ` · ${Math.round((item.count / total) * 100)}%` : ''}`;
  const longest = Math.max(...items.map((item) => estimateTextWidth(`${item.name}  ${sizeText(item)}`, 12)));
  const column = Math.max(160, longest + 36);
  const perRow = Math.max(1, Math.floor((width - 16) / column));
  const rows = Math.ceil(items.length / perRow);
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('y', String(height));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(rows * row + 12));
  background.setAttribute('fill', colors.background);
  svg.append(background);
  items.forEach((item, i) => {
    const x = 16 + (i % perRow) * column;
    const y = height + 14 + Math.floor(i / perRow) * row;
    const marker = doc.createElementNS(SVG_NS, 'path');
    marker.setAttribute('data-export', 'legend-marker');
    marker.setAttribute('data-shape', item.shape ?? 'circle');
    const centroid = item.shape === 'centroid';
    marker.setAttribute('d', centroid ? centroidPath(6) : markerPath(item.shape ?? 'circle', 5));
    marker.setAttribute('transform', `translate(${x + 5},${y})`);
    // The cross as the plot's legend shows it: hollow, outlined in the text colour.
    marker.setAttribute('fill', centroid ? colors.background : item.color);
    marker.setAttribute('stroke', centroid ? colors.text : colors.background);
    marker.setAttribute('stroke-width', centroid ? '1.25' : '0.75');
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('data-export', 'legend-text');
    text.setAttribute('x', String(x + 16));
    text.setAttribute('y', String(y));
    text.setAttribute('dy', '0.32em');
    text.setAttribute('font-size', '12');
    text.setAttribute('font-family', FONT_FAMILY);
    text.setAttribute('fill', colors.text);
    text.append(item.name); // text node: a name typed by the user never becomes markup
    const size = sizeText(item);
    if (size !== '') {
      const count = doc.createElementNS(SVG_NS, 'tspan');
      count.setAttribute('fill', colors.muted);
      count.setAttribute('dx', '8');
      count.textContent = size;
      text.append(count);
    }
    svg.append(marker, text);
  });
  return rows * row + 12;
}
