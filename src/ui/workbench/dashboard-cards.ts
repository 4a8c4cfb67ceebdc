/**
 * The target dashboard's cards as data: for each output of a result, the probability of
 * meeting its target (a large number, its risk band in colour and in words), the median
 * projection against the target, and the gap. Pure, so the presenter, the handout and the tests
 * read the same text as the screen.
 */
import { RISK_BANDS, riskBand } from '../../charts/color-scales';
import { OUTPUT_IDS, outputDef, type OutputDef, type OutputId } from '../../model/outputs';
import type { OutputResult, SimulationResult } from '../../model/result-types';
import { tIn, type Lang, type MessageKey } from '../../i18n';
import { formatProbability } from '../../i18n/format';
import { formatGap, formatOutputTarget, formatOutputValue } from './format';

export interface DashboardCard {
  id: OutputId;
  group: 'headline' | 'level';
  name: string;
  /** 可比价 / 现价 / 价格指数 / 总量. */
  basis: string;
  /** Probability 0..1 of meeting the target; null when the result has no usable number. */
  probability: number | null;
  /** "73%" or "—". */
  probabilityText: string;
  /** Risk band 0 (<30%), 1 (30–70%), 2 (≥70%); -1 without data. */
  band: number;
  bandText: string;
  bandFill: string;
  bandInk: string;
  medianText: string;
  targetText: string;
  /** Median − target in the output's unit (pp for growth); null without data. */
  gap: number | null;
  gapText: string;
  /** The card in one sentence, for screen readers. */
  label: string;
}

const BASIS_KEY: Record<OutputDef['basis'], MessageKey> = {
  comparable: 'wb.dash.basis.comparable',
  nominal: 'wb.dash.basis.nominal',
  index: 'wb.dash.basis.index',
  level: 'wb.dash.basis.level',
};

const finite = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

/** One card from one output's result (or from nothing yet: every number reads "—"). */
export function dashboardCard(
  id: OutputId,
  output: OutputResult | null,
  lang: Lang,
): DashboardCard {
  const def = outputDef(id);
  const p = finite(output?.annual.pMeet) ? Math.min(1, Math.max(0, output.annual.pMeet)) : null;
  const band = riskBand(p);
  const style = RISK_BANDS[band];
  const median = output?.annual.percentiles.p50;
  const gap = finite(median) ? median - def.target : null;
  const name = lang === 'en' ? def.nameEn : def.nameZh;
  const probabilityText = p === null ? '—' : formatProbability(p, lang);
  const bandText = style ? tIn(lang, style.key) : tIn(lang, 'chart.noData');
  const medianText = finite(median) ? formatOutputValue(median, def, lang) : '—';
  const targetText = formatOutputTarget(def, lang);
  const gapText = gap === null ? '—' : formatGap(gap, def, lang);
  return {
    id,
    group: def.kind === 'growth' ? 'headline' : 'level',
    name,
    basis: tIn(lang, BASIS_KEY[def.basis]),
    probability: p,
    probabilityText,
    band,
    bandText,
    bandFill: style?.fill ?? '#ece8e1',
    bandInk: style?.ink ?? '#5c564d',
    medianText,
    targetText,
    gap,
    gapText,
    label: tIn(lang, 'wb.dash.aria', {
      name,
      p: probabilityText,
      band: bandText,
      median: medianText,
      target: targetText,
      gap: gapText,
    }),
  };
}

/** Every card of a result, headline targets first, in the report's order. */
export function dashboardCards(result: SimulationResult | null, lang: Lang): DashboardCard[] {
  const byId = new Map((result?.outputs ?? []).map((o) => [o.id, o]));
  const ids: OutputId[] = result ? result.outputs.map((o) => o.id) : [...OUTPUT_IDS];
  return ids.map((id) => dashboardCard(id, byId.get(id) ?? null, lang));
}
