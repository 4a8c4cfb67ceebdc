/**
 * The tornado in the page: hover or ↑/↓ (Home/End) over rows shows each driver's effects.
 */
import { mountHitChart } from './hit-mount';
import type { ChartHandle } from './interaction';
import type { TornadoLayout } from './tornado';
import { renderTornadoSvg } from './tornado-svg';

export interface TornadoHandlers {
  /** Called with the hovered or focused row's id, null when none. */
  onRowFocus?: (rowId: string | null) => void;
}

/** Mounts a tornado chart in `container` (which becomes the tooltip's positioning context). */
export function mountTornado(
  container: HTMLElement,
  layout: TornadoLayout,
  handlers: TornadoHandlers = {},
): ChartHandle<TornadoLayout> {
  let current = layout;
  return mountHitChart(container, layout, {
    kind: 'tornado',
    orientation: 'rows',
    render: (l, id) => renderTornadoSvg({ ...l, id }),
    hits: (l) => {
      current = l;
      return l.rows.map((row) => ({
        x0: l.labelX,
        x1: l.width,
        y0: row.y0,
        y1: row.y1,
        anchorX: Math.max(...row.bars.map((b) => b.x + b.width), l.centre.x),
        anchorY: (row.y0 + row.y1) / 2,
        tooltip: row.tooltip,
      }));
    },
    onFocus: (index) =>
      handlers.onRowFocus?.(index === null ? null : (current.rows[index]?.id ?? null)),
  });
}
