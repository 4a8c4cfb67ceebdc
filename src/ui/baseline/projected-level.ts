/**
 * The dashboard's 2023 level in 亿元 (or 元 for incomes) when the user has entered the 2022
 * level: level₂₀₂₃ = level₂₀₂₂ × (1 + median growth). Nothing is shown without an entered level
 * (no number is invented), and the text says when the level is at 2022 prices (GDP and 规上工业
 * grow at comparable prices) and when the 2022 level is an assumption.
 */
import { tIn, type Lang } from '../../i18n';
import { formatYi, formatYuan } from '../../i18n/format';
import { isOutputId, outputDef, type GrowthOutputId } from '../../model/outputs';
import type { SimulationResult } from '../../model/result-types';
import { projectedLevel } from '../../state/baseline-rules';
import type { BaselineData } from '../../state/baseline-kind';
import { currentBaseline } from '../../state/baseline-state';
import { h } from '../dom';

/** "2023年约6,075亿元（按2022年价格）", or null when no 2022 level is entered. */
export function projectedLevelText(
  output: string,
  growthPercent: number,
  lang: Lang,
  baseline: BaselineData = currentBaseline(),
): string | null {
  if (!isOutputId(output) || outputDef(output).kind !== 'growth') return null;
  const p = projectedLevel(output as GrowthOutputId, growthPercent, baseline);
  if (!p) return null;
  const value = p.unit === '亿元' ? formatYi(p.value, lang, 0) : formatYuan(p.value, lang);
  const comparable = p.prices === 'comparable';
  const assumed = p.origin === 'assumption';
  const note =
    comparable && assumed
      ? tIn(lang, 'baseline.projected.note.both')
      : comparable
        ? tIn(lang, 'baseline.projected.note.comparable')
        : assumed
          ? tIn(lang, 'baseline.projected.note.assumption')
          : '';
  return tIn(lang, 'baseline.projected', { value, note });
}

/** The line for a dashboard card (null when there is nothing to show). */
export function projectedLevelLine(
  output: string,
  result: SimulationResult | null,
  lang: Lang,
): HTMLElement | null {
  const median = result?.outputs.find((o) => o.id === output)?.annual.percentiles.p50;
  if (median === undefined) return null;
  const text = projectedLevelText(output, median, lang);
  return text === null
    ? null
    : h('span', { class: 'wb-card__level', title: tIn(lang, 'baseline.projected.title') }, text);
}
