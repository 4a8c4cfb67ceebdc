/**
 * The thin DOM layer shared by the charts' `mountX` functions: put a rendered SVG string in
 * the page, show a tooltip, announce it to screen readers, map pointer positions to layout
 * coordinates.
 *
 * The screen shows the very markup that the string renderer produces (parsed once), so SVG
 * and PNG exports, the handout and the golden tests are exactly what users see; mounting only
 * adds what needs a DOM: focus, pointer and keyboard handling, and the tooltip.
 * Styles are set through the CSSOM (`el.style.x = …`), which a strict CSP allows, never
 * through `style` attributes.
 */
import { pointer, select } from 'd3';
import { h } from '../ui/dom';
import { markChineseRuns } from '../ui/lang-runs';
import { FONT_FAMILY } from './theme';
import { tooltipText, type TooltipContent } from './tooltip-content';

/** What every `mountX` returns. */
export interface ChartHandle<L> {
  /** The current SVG element (replaced on each update). */
  readonly svg: SVGSVGElement;
  /** Shows a new layout, keeping the focused item and the tooltip where they were. */
  update(layout: L): void;
  /** Removes the chart, its tooltip and its listeners. */
  destroy(): void;
}

let counter = 0;

/** A page-unique id prefix for a mounted chart (several charts share one page). */
export function uniqueChartId(kind: string): string {
  counter += 1;
  return `zz-${kind}-${counter}`;
}

/**
 * Parses an SVG document string and puts it in `container`, replacing the previous chart SVG.
 * The SVG scales to the container's width and keeps its aspect ratio.
 */
export function placeSvg(container: HTMLElement, markup: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const svg = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
  svg.setAttribute('width', '100%');
  svg.removeAttribute('height');
  svg.style.display = 'block';
  svg.style.height = 'auto';
  svg.style.overflow = 'visible';
  const previous = container.querySelector(':scope > svg[data-chart]');
  if (previous) previous.replaceWith(svg);
  else container.prepend(svg);
  // Chinese data in an English chart (a scenario's name) is marked for screen readers.
  markChineseRuns(svg);
  return svg;
}

/** Pointer position in layout coordinates (the SVG's viewBox), whatever the display size. */
export function layoutPoint(svg: SVGSVGElement, event: Event): [number, number] {
  return pointer(event, svg);
}

/**
 * A tooltip element positioned over the chart, plus a visually hidden live region that
 * announces the same content (so keyboard and screen-reader users get what the mouse shows).
 */
export class ChartTooltip {
  private readonly box: HTMLDivElement;
  private readonly live: HTMLDivElement;

  constructor(private readonly container: HTMLElement) {
    if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
    this.box = h('div', { class: 'chart-tooltip', 'aria-hidden': 'true', hidden: true });
    Object.assign(this.box.style, {
      position: 'absolute',
      pointerEvents: 'none',
      zIndex: '10',
      background: '#ffffff',
      color: '#1f1b16',
      border: '1px solid #8a8378',
      borderRadius: '4px',
      padding: '0.4rem 0.6rem',
      boxShadow: '0 2px 8px rgba(0,0,0,0.18)',
      fontFamily: FONT_FAMILY,
      fontSize: '0.875rem',
      lineHeight: '1.4',
      whiteSpace: 'nowrap',
    });
    this.live = h('div', { class: 'chart-live', role: 'status', 'aria-live': 'polite' });
    Object.assign(this.live.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
    });
    container.append(this.box, this.live);
  }

  /**
   * Shows `content` next to layout point (x, y) of `svg`, whose layout is `layoutWidth` wide;
   * flips to the left of the point near the right edge.
   */
  show(content: TooltipContent, svg: SVGSVGElement, x: number, y: number, layoutWidth: number) {
    this.box.replaceChildren(h('strong', {}, content.title));
    for (const row of content.rows) {
      const swatch = row.swatch ? h('span', { class: 'chart-tooltip__swatch' }) : null;
      if (swatch && row.swatch) {
        Object.assign(swatch.style, {
          display: 'inline-block',
          width: '1.4em',
          marginRight: '0.35em',
          verticalAlign: 'middle',
          borderTop: `3px ${row.swatch.dash ? 'dashed' : 'solid'} ${row.swatch.color}`,
        });
      }
      this.box.append(
        h('div', {}, swatch, row.label, row.value ? h('b', {}, ` ${row.value}`) : null),
      );
    }
    this.box.hidden = false;
    const svgRect = svg.getBoundingClientRect();
    const boxRect = this.container.getBoundingClientRect();
    const k = layoutWidth > 0 ? svgRect.width / layoutWidth : 1;
    const px = svgRect.left - boxRect.left + x * k;
    const py = svgRect.top - boxRect.top + y * k;
    const width = this.box.offsetWidth;
    const left = px + 12 + width > boxRect.width ? Math.max(0, px - 12 - width) : px + 12;
    this.box.style.left = `${Math.round(left)}px`;
    this.box.style.top = `${Math.round(Math.max(0, py - this.box.offsetHeight / 2))}px`;
    this.live.textContent = tooltipText(content);
  }

  hide(): void {
    this.box.hidden = true;
  }

  destroy(): void {
    this.box.remove();
    this.live.remove();
  }
}

/**
 * Makes the SVG a keyboard stop (it is named by its own title and description) and adds an
 * empty group on top for focus marks; returns that group.
 */
export function interactionLayer(svg: SVGSVGElement, keys: string) {
  const root = select(svg).attr('tabindex', 0).attr('aria-keyshortcuts', keys);
  return root.append('g').attr('class', 'chart-interaction').attr('pointer-events', 'none');
}

/** Index after a navigation key in a list of `count` items, or undefined for other keys. */
export function stepIndex(
  key: string,
  current: number | null,
  count: number,
  previousKey: string,
  nextKey: string,
): number | undefined {
  if (count <= 0) return undefined;
  if (key === nextKey) return current === null ? 0 : Math.min(count - 1, current + 1);
  if (key === previousKey) return current === null ? count - 1 : Math.max(0, current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}
