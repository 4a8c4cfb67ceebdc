/**
 * Where the fan chart's target label goes (see `placeTarget`).
 */
import type { CleanQuantiles } from './fan-chart-data';
import { QUARTERS } from './fan-chart-data';
import type { FanChartLayout } from './fan-chart';
import { bestBox, type Box, type Occupied } from './label-placement';
import { r2 } from './numbers';
import { textWidth } from './text';
import type { ChartTheme } from './theme';

/**
 * The target's label goes on the line, at its right or left end, above or below, only where
 * it covers none of the fan: at the right end it would often sit on the full-year median.
 */
export function placeTarget(
  ty: number,
  label: string,
  clean: readonly (readonly (CleanQuantiles | null)[])[],
  actuals: readonly (number | null)[],
  compare: boolean,
  xAt: (i: number) => number,
  yAt: (v: number) => number,
  plot: FanChartLayout['plot'],
  theme: ChartTheme,
): NonNullable<FanChartLayout['target']> {
  const columns: Occupied[] = QUARTERS.map((_, i) => {
    const ys: number[] = [];
    for (const qs of clean) {
      const q = qs[i];
      if (q) ys.push(yAt(compare ? q.p75 : q.p95), yAt(compare ? q.p25 : q.p5));
    }
    const a = actuals[i];
    if (a !== null && a !== undefined) ys.push(yAt(a) - theme.gap, yAt(a) + theme.gap);
    return ys.length ? { x: xAt(i), top: Math.min(...ys), bottom: Math.max(...ys) } : null;
  }).filter((c): c is Occupied => c !== null);
  const w = textWidth(label, theme.fontLabel);
  const font = theme.fontLabel;
  const inset = theme.gap / 2;
  const right = plot.x + plot.width - inset;
  const left = plot.x + inset;
  const aboveBase = ty - theme.gap * 0.6;
  const belowBase = ty + theme.gap * 0.6 + font;
  const candidates: (Box & { anchor: 'start' | 'end'; base: number })[] = [
    {
      x0: right - w,
      x1: right,
      y0: aboveBase - font,
      y1: aboveBase,
      anchor: 'end',
      base: aboveBase,
    },
    {
      x0: left,
      x1: left + w,
      y0: aboveBase - font,
      y1: aboveBase,
      anchor: 'start',
      base: aboveBase,
    },
    {
      x0: right - w,
      x1: right,
      y0: belowBase - font,
      y1: belowBase,
      anchor: 'end',
      base: belowBase,
    },
    {
      x0: left,
      x1: left + w,
      y0: belowBase - font,
      y1: belowBase,
      anchor: 'start',
      base: belowBase,
    },
  ];
  const bounds = { x0: plot.x, x1: plot.x + plot.width, y0: plot.y, y1: plot.y + plot.height };
  const best = bestBox(candidates, columns, bounds);
  const pick = candidates[best.index];
  if (!pick || best.score > 0) return { y: ty, label, onLine: null };
  return {
    y: ty,
    label,
    onLine: {
      x: r2(pick.anchor === 'start' ? left : right),
      y: r2(pick.base),
      anchor: pick.anchor,
    },
  };
}
