/**
 * Mounting a chart whose items are a list (the fan chart's quarters, the tornado's rows):
 * render the SVG string, then hover and keyboard access to each item with a tooltip and a
 * focus mark. The chart is one tab stop; arrow keys, Home and End move between items, Esc
 * hides the tooltip.
 */
import { select } from 'd3';
import {
  ChartTooltip,
  interactionLayer,
  layoutPoint,
  placeSvg,
  stepIndex,
  uniqueChartId,
  type ChartHandle,
} from './interaction';
import { colors } from './theme';
import type { TooltipContent } from './tooltip-content';

/** One item's box in layout coordinates, where its tooltip points, and what it says. */
export interface Hit {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  anchorX: number;
  anchorY: number;
  tooltip: TooltipContent;
}

export interface HitChartSpec<L extends { width: number; height: number }> {
  kind: string;
  render: (layout: L, id: string) => string;
  hits: (layout: L) => readonly Hit[];
  /** 'columns': ←/→ move, the focus mark is a vertical line; 'rows': ↑/↓, an outline. */
  orientation: 'columns' | 'rows';
  onFocus?: (index: number | null) => void;
}

/** Mounts a list-like chart in `container`; see the file comment for the interactions. */
export function mountHitChart<L extends { width: number; height: number }>(
  container: HTMLElement,
  layout: L,
  spec: HitChartSpec<L>,
): ChartHandle<L> {
  const id = uniqueChartId(spec.kind);
  const tooltip = new ChartTooltip(container);
  const [prevKey, nextKey] =
    spec.orientation === 'columns' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  let current = layout;
  let hits = spec.hits(layout);
  let active: number | null = null;
  let replacing = false;
  let svg = draw();

  function draw(): SVGSVGElement {
    const el = placeSvg(container, spec.render(current, id));
    const mark = interactionLayer(el, `${prevKey} ${nextKey} Home End Escape`)
      .append(spec.orientation === 'columns' ? 'line' : 'rect')
      .attr('class', 'chart-focus-mark')
      .attr('fill', 'none')
      .attr('stroke', colors.focus)
      .attr('stroke-width', 2)
      .attr('visibility', 'hidden');

    const show = (): void => {
      const hit = active === null ? undefined : hits[active];
      if (!hit) {
        mark.attr('visibility', 'hidden');
        tooltip.hide();
        return;
      }
      if (spec.orientation === 'columns') {
        const x = (hit.x0 + hit.x1) / 2;
        mark.attr('x1', x).attr('x2', x).attr('y1', hit.y0).attr('y2', hit.y1);
      } else {
        mark
          .attr('x', hit.x0)
          .attr('y', hit.y0)
          .attr('width', hit.x1 - hit.x0)
          .attr('height', hit.y1 - hit.y0);
      }
      mark.attr('visibility', 'visible');
      tooltip.show(hit.tooltip, el, hit.anchorX, hit.anchorY, current.width);
    };
    const setActive = (index: number | null): void => {
      if (index === active) return;
      active = index;
      show();
      spec.onFocus?.(index);
    };
    select(el)
      .on('pointermove', (event: PointerEvent) => {
        const [x, y] = layoutPoint(el, event);
        const index = hits.findIndex((h) =>
          spec.orientation === 'columns' ? x >= h.x0 && x < h.x1 : y >= h.y0 && y < h.y1,
        );
        setActive(index < 0 ? null : index);
      })
      .on('pointerleave', () => {
        if (document.activeElement !== el) setActive(null);
      })
      .on('focus', () => {
        if (active === null && hits.length > 0) setActive(0);
      })
      .on('blur', () => {
        if (!replacing) setActive(null);
      })
      .on('keydown', (event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          setActive(null);
          return;
        }
        const next = stepIndex(event.key, active, hits.length, prevKey, nextKey);
        if (next === undefined) return;
        event.preventDefault();
        setActive(next);
      });
    show();
    return el;
  }

  return {
    get svg() {
      return svg;
    },
    update(next: L) {
      const hadFocus = document.activeElement === svg;
      current = next;
      hits = spec.hits(next);
      if (active !== null && active >= hits.length) active = null;
      replacing = true;
      svg = draw();
      if (hadFocus) svg.focus({ preventScroll: true });
      replacing = false;
    },
    destroy() {
      svg.remove();
      tooltip.destroy();
    },
  };
}
