/**
 * The fan chart in the page: the rendered SVG plus hover and keyboard access to each quarter
 * (←/→, Home/End; Esc hides the tooltip), with a focus line and a tooltip of its percentiles.
 */
import type { FanChartLayout } from './fan-chart';
import { renderFanChartSvg } from './fan-chart-svg';
import { mountHitChart } from './hit-mount';
import type { ChartHandle } from './interaction';

export interface FanChartHandlers {
  /** Called when the hovered or focused quarter changes (0 = 1–3月累计), null when none. */
  onQuarterFocus?: (index: number | null) => void;
}

/** Mounts a fan chart in `container` (which becomes the tooltip's positioning context). */
export function mountFanChart(
  container: HTMLElement,
  layout: FanChartLayout,
  handlers: FanChartHandlers = {},
): ChartHandle<FanChartLayout> {
  return mountHitChart(container, layout, {
    kind: 'fan',
    orientation: 'columns',
    render: (l, id) => renderFanChartSvg({ ...l, id }),
    hits: (l) =>
      l.hits.map((h) => ({
        x0: h.x0,
        x1: h.x1,
        y0: l.plot.y,
        y1: l.plot.y + l.plot.height,
        anchorX: h.x,
        anchorY: h.anchorY,
        tooltip: h.tooltip,
      })),
    onFocus: handlers.onQuarterFocus,
  });
}
