/**
 * The fan chart's legend entries. Each repeats the mark's colour and its shape or dash.
 */
import { tIn, type Lang } from '../i18n';
import type { FanScenario } from './fan-chart-data';
import type { LegendEntry } from './swatch-legend';
import { pickText } from './text';
import { colors, scenarioStyles, type ChartTheme } from './theme';

/** The legend entries of a fan chart: its bands and median, or its scenarios; target; actuals. */
export function fanLegend(
  scenarios: readonly FanScenario[],
  compare: boolean,
  targetLabel: string | null,
  actuals: readonly (number | null)[],
  lang: Lang,
  theme: ChartTheme,
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (!compare) {
    entries.push(
      { swatch: { type: 'fill', fill: colors.band90 }, label: tIn(lang, 'chart.fan.band90') },
      { swatch: { type: 'fill', fill: colors.band50 }, label: tIn(lang, 'chart.fan.band50') },
      {
        swatch: { type: 'line', stroke: colors.accent, width: theme.lineWidth, dash: '' },
        label: tIn(lang, 'chart.fan.median'),
      },
    );
  } else {
    scenarios.forEach((s, i) => {
      const style = scenarioStyles[i] ?? scenarioStyles[0];
      entries.push({
        swatch: {
          type: 'line',
          stroke: style.color,
          width: theme.lineWidth,
          dash: style.dash,
          marker: style.marker,
        },
        label: pickText(s.label, lang),
      });
    });
    entries.push({
      swatch: { type: 'fill', fill: colors.inkMuted, opacity: 0.14 },
      label: tIn(lang, 'chart.fan.band50'),
    });
  }
  if (targetLabel) {
    entries.push({
      swatch: { type: 'line', stroke: colors.ink, width: theme.lineWidth * 0.8, dash: '7 5' },
      label: targetLabel,
    });
  }
  if (actuals.some((a) => a !== null)) {
    entries.push({
      swatch: { type: 'marker', marker: 'diamond', fill: colors.ink, stroke: colors.paper },
      label: tIn(lang, 'chart.fan.actual'),
    });
  }
  return entries;
}
