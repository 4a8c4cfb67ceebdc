/**
 * A minimal SVG string builder for the chart renderers.
 *
 * Renderers produce strings, not DOM, so that the same output serves golden tests in Node,
 * SVG and PNG export, the printable handout and (parsed once) the screen. Every text node and
 * attribute value goes through `esc`, so labels from data files or URLs stay text.
 * Only presentation attributes are used, never `style` attributes or `<style>` elements: a
 * Content-Security-Policy without 'unsafe-inline' would drop those when the SVG is put in
 * the page.
 */
import { r2 } from './numbers';
import { FONT_FAMILY, colors } from './theme';

/**
 * Characters XML 1.0 forbids (C0 controls other than tab and newlines, lone surrogates,
 * U+FFFE/U+FFFF). A label carrying one, from a pasted file say, would make the whole SVG
 * unparseable, so they are dropped.
 */
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content and attribute values (and drops characters XML forbids). */
export function esc(text: string): string {
  return String(text)
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Attribute values: numbers are rounded to 2 decimals; null/undefined/false are left out. */
export type Attrs = Record<string, string | number | null | undefined | false>;

function attrString(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false || value === '') continue;
    const text = typeof value === 'number' ? String(r2(value)) : value;
    out += ` ${name}="${esc(text)}"`;
  }
  return out;
}

/** An element with raw markup children (already built with `el`/`textEl`). */
export function el(tag: string, attrs: Attrs = {}, ...children: string[]): string {
  const inner = children.filter((c) => c !== '');
  if (inner.length === 0) return `<${tag}${attrString(attrs)}/>`;
  return `<${tag}${attrString(attrs)}>\n${inner.join('\n')}\n</${tag}>`;
}

/** An element whose content is text: the text is escaped here. */
export function textEl(tag: string, attrs: Attrs, text: string): string {
  return `<${tag}${attrString(attrs)}>${esc(text)}</${tag}>`;
}

/** A `<text>` with a white halo, so that labels over bands and lines stay legible. */
export function haloText(attrs: Attrs, text: string, haloWidth = 4): string {
  return textEl(
    'text',
    {
      ...attrs,
      stroke: colors.paper,
      'stroke-width': haloWidth,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    text,
  );
}

/** What every standalone chart document needs. */
export interface SvgDocument {
  /** Prefix for element ids (`${id}-title`, `${id}-desc`); unique per page. */
  id: string;
  width: number;
  height: number;
  /** Short accessible name, also shown as a tooltip by some viewers. */
  title: string;
  /** Longer text alternative: what the chart says, in words. */
  desc: string;
  lang: string;
  /** The chart kind, e.g. "fan"; lets the DOM layer and tests find charts. */
  kind: string;
  body: string[];
}

/**
 * A standalone SVG document: `role="img"` named by its `<title>` and `<desc>`, the shared CJK
 * font stack, a white background (PNG export and projectors want an opaque chart) and no
 * external references.
 */
export function svgDocument(doc: SvgDocument): string {
  const titleId = `${doc.id}-title`;
  const descId = `${doc.id}-desc`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: doc.width,
      height: doc.height,
      viewBox: `0 0 ${r2(doc.width)} ${r2(doc.height)}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      lang: doc.lang,
      'font-family': FONT_FAMILY,
      'data-chart': doc.kind,
    },
    textEl('title', { id: titleId }, doc.title),
    textEl('desc', { id: descId }, doc.desc),
    el('rect', { width: doc.width, height: doc.height, fill: colors.paper }),
    ...doc.body,
  );
}
