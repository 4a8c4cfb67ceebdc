/**
 * The fan chart in words: the tooltip of each quarter and the chart's `<desc>`.
 */
import { tIn, type Lang } from '../i18n';
import type { CleanQuantiles, FanScenario } from './fan-chart-data';
import { formatValue, type ValueUnit } from './format-value';
import { pickText } from './text';
import { scenarioStyles } from './theme';
import type { TooltipContent, TooltipRow } from './tooltip-content';

export type FanTooltip = TooltipContent;

/** The tooltip of quarter `i`: every percentile (one scenario) or a line per scenario. */
export function fanTooltip(
  i: number,
  period: string,
  scenarios: readonly FanScenario[],
  clean: readonly (readonly (CleanQuantiles | null)[])[],
  actual: number | null,
  targetLabel: string | null,
  unit: ValueUnit,
  lang: Lang,
): FanTooltip {
  const fmt = (v: number | null): string => (v === null ? '—' : formatValue(v, unit, lang));
  const rows: TooltipRow[] = [];
  if (scenarios.length <= 1) {
    const q = clean[0]?.[i] ?? null;
    if (q) {
      const pct = (p: number): string => tIn(lang, 'chart.percentile', { p });
      rows.push(
        { label: pct(95), value: fmt(q.p95) },
        { label: pct(90), value: fmt(q.p90) },
        { label: pct(75), value: fmt(q.p75) },
        { label: tIn(lang, 'chart.fan.median.row'), value: fmt(q.p50) },
        { label: pct(25), value: fmt(q.p25) },
        { label: pct(10), value: fmt(q.p10) },
        { label: pct(5), value: fmt(q.p5) },
        { label: tIn(lang, 'chart.fan.mean'), value: fmt(q.mean) },
      );
    } else {
      rows.push({ label: tIn(lang, 'chart.noData'), value: '' });
    }
  } else {
    scenarios.forEach((s, k) => {
      const q = clean[k]?.[i] ?? null;
      const style = scenarioStyles[k] ?? scenarioStyles[0];
      rows.push({
        label: pickText(s.label, lang),
        value: q
          ? tIn(lang, 'chart.fan.compare.row', {
              median: fmt(q.p50),
              low: fmt(q.p25),
              high: fmt(q.p75),
            })
          : tIn(lang, 'chart.noData'),
        swatch: { color: style.color, dash: style.dash },
      });
    });
  }
  if (actual !== null) rows.push({ label: tIn(lang, 'chart.fan.actual'), value: fmt(actual) });
  if (targetLabel) rows.push({ label: targetLabel, value: '' });
  return { title: period, rows };
}

/**
 * The chart's description: the latest quarter with data, in words (one scenario), or each
 * scenario's latest median (compare view); then the target and how many actuals are in.
 */
export function describeFan(
  title: string,
  scenarios: readonly FanScenario[],
  clean: readonly (readonly (CleanQuantiles | null)[])[],
  actuals: readonly (number | null)[],
  periods: readonly string[],
  targetLabel: string | null,
  unit: ValueUnit,
  lang: Lang,
): string {
  const parts = [tIn(lang, 'chart.desc.title', { title })];
  const fmt = (v: number): string => formatValue(v, unit, lang);
  clean.forEach((quarters, k) => {
    const last = lastIndex(quarters);
    if (last < 0) return;
    const q = quarters[last];
    if (!q) return;
    const period = periods[last] ?? '';
    if (scenarios.length <= 1) {
      parts.push(
        tIn(lang, 'chart.fan.desc.period', {
          period,
          median: fmt(q.p50),
          low: fmt(q.p5),
          high: fmt(q.p95),
        }),
      );
    } else {
      parts.push(
        tIn(lang, 'chart.fan.desc.scenario', {
          scenario: pickText(scenarios[k]?.label, lang),
          period,
          median: fmt(q.p50),
        }),
      );
    }
  });
  if (targetLabel) parts.push(tIn(lang, 'chart.fan.desc.target', { target: targetLabel }));
  const count = actuals.filter((a) => a !== null).length;
  if (count > 0) parts.push(tIn(lang, 'chart.fan.desc.actuals', { count }));
  return parts.join(lang === 'en' ? ' ' : '');
}

function lastIndex<T>(items: readonly (T | null)[]): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (items[i] !== null) return i;
  return -1;
}
