/**
 * The fan chart as a data table: a row per scenario and quarter with every percentile,
 * the mean and the actual. Cells that cannot be drawn read "—", as in the chart.
 */
import { tIn, type Lang } from '../i18n';
import { formatYtdPeriod } from '../i18n/format';
import type { ChartTable } from './data-table';
import { QUARTERS, cleanQuantiles, type FanChartData } from './fan-chart-data';
import { formatValue } from './format-value';
import { usable } from './numbers';
import { pickText } from './text';
import { scenarioStyles } from './theme';

/** The fan chart's data as a table (same scenarios, quarters and cleaning as the chart). */
export function tableFanChart(data: FanChartData, lang: Lang): ChartTable {
  const title = pickText(data.title, lang);
  const scenarios = (data.scenarios ?? []).slice(0, scenarioStyles.length);
  const compare = scenarios.length > 1;
  const hasActuals = QUARTERS.some((_, i) => usable(data.actuals?.[i]));
  const fmt = (v: number | null | undefined): string =>
    usable(v) ? formatValue(v, data.unit, lang) : '—';
  const pct = (p: number): string => tIn(lang, 'chart.percentile', { p });

  const headers = [
    ...(compare ? [tIn(lang, 'chart.table.scenario')] : []),
    tIn(lang, 'chart.table.period'),
    pct(5),
    pct(10),
    pct(25),
    tIn(lang, 'chart.fan.median.row'),
    pct(75),
    pct(90),
    pct(95),
    tIn(lang, 'chart.fan.mean'),
    ...(hasActuals ? [tIn(lang, 'chart.fan.actual')] : []),
  ];
  const rows: string[][] = [];
  for (const scenario of scenarios) {
    QUARTERS.forEach((q, i) => {
      const c = cleanQuantiles(scenario.quarters?.[i]);
      rows.push([
        ...(compare ? [pickText(scenario.label, lang)] : []),
        formatYtdPeriod(q, lang),
        fmt(c?.p5),
        fmt(c?.p10),
        fmt(c?.p25),
        fmt(c?.p50),
        fmt(c?.p75),
        fmt(c?.p90),
        fmt(c?.p95),
        fmt(c?.mean),
        ...(hasActuals ? [fmt(data.actuals?.[i])] : []),
      ]);
    });
  }
  return { caption: tIn(lang, 'chart.fan.table.caption', { title }), headers, rows };
}
