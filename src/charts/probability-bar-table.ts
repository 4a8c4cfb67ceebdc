/**
 * The probability bar as a table: probability, its band in words, median, target, gap and
 * the number of simulated paths.
 */
import { tIn, type Lang } from '../i18n';
import { formatProbability } from '../i18n/format';
import { RISK_BANDS, riskBand } from './color-scales';
import type { ChartTable } from './data-table';
import { clamp, usable } from './numbers';
import { probabilityFacts, type ProbabilityBarData } from './probability-bar';
import { pickText } from './text';

/** The probability bar's data as a two-column table (item, value). */
export function tableProbabilityBar(data: ProbabilityBarData, lang: Lang): ChartTable {
  const title = pickText(data.title, lang);
  const p = usable(data.probability) ? clamp(data.probability, 0, 1) : null;
  const band = RISK_BANDS[riskBand(p)];
  return {
    caption: tIn(lang, 'chart.prob.table.caption', { title }),
    headers: [tIn(lang, 'chart.prob.table.item'), tIn(lang, 'chart.prob.table.value')],
    rows: [
      [tIn(lang, 'chart.prob.label'), p === null ? '—' : formatProbability(p, lang)],
      [tIn(lang, 'chart.prob.band'), band ? tIn(lang, band.key) : tIn(lang, 'chart.noData')],
      ...probabilityFacts(data, lang),
    ],
  };
}
