/**
 * Chart values and targets as text, on top of `src/i18n/format.ts` (charts never format
 * numbers themselves, so axes, tooltips, tables and exports agree with the rest of the app).
 */
import { tIn, type Lang } from '../i18n';
import {
  formatLevel,
  formatPercent,
  formatPoints,
  formatProbability,
  formatYi,
  formatNumber,
} from '../i18n/format';
import { decimalsOf } from './numbers';

/**
 * The unit of a chart's values: `%` growth rates, `pp` gaps in percentage points (个百分点),
 * `亿元` money levels, `probability` a share 0..1 shown as a percentage; `万平方米`, `家` and
 * `万人` the other level targets' units (the workbench's fan charts of level targets).
 */
export type ValueUnit = '%' | 'pp' | '亿元' | 'probability' | '万平方米' | '家' | '万人';

/** A value in its unit with `digits` decimals; "—" when not finite. */
export function formatValue(value: number, unit: ValueUnit, lang: Lang, digits = 1): string {
  switch (unit) {
    case '%':
      return formatPercent(value, lang, digits);
    case 'pp':
      return formatPoints(value, lang, digits);
    case '亿元':
      return formatYi(value, lang, digits);
    case 'probability':
      return formatProbability(value, lang);
    case '万平方米':
    case '家':
    case '万人':
      return formatLevel(value, unit, lang, digits);
  }
}

/**
 * A signed change in the unit, for effects and contributions: "+0.8个百分点", "−3%"…
 * Probability changes are written in percentage points, as planners say them.
 */
export function formatChange(value: number, unit: ValueUnit, lang: Lang, digits = 1): string {
  switch (unit) {
    case '%':
    case 'pp':
      return formatPoints(value, lang, digits);
    case 'probability':
      return formatPoints(value * 100, lang, 0);
    case '亿元':
      return `${value > 0 ? '+' : ''}${formatYi(value, lang, digits)}`;
    case '万平方米':
    case '家':
    case '万人':
      return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatLevel(Math.abs(value), unit, lang, digits)}`;
  }
}

/**
 * A bare signed number for legend ticks whose unit is in the legend's title ("+0.3", "−2").
 * Same locale rules as `formatNumber` in `src/i18n/format.ts`, with a sign.
 */
export function formatSignedNumber(value: number, lang: Lang, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const body = formatNumber(Math.abs(value), lang, digits, digits);
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${body}`;
}

/** The size of a change, unsigned: a tornado's swing ("12个百分点"). */
export function formatMagnitude(value: number, unit: ValueUnit, lang: Lang, digits = 1): string {
  return formatChange(Math.abs(value), unit, lang, digits).replace(/^\+/, '');
}

/** The comparators of the plan register (`src/data/schema-common.ts`). */
export type Comparator = '≥' | '>' | '≈' | '≤' | '=';

/** A target as the plan states it. */
export interface TargetSpec {
  value: number;
  comparator: Comparator;
  /**
   * How attainment is judged for an approximate (≈, 左右) target: a floor or a cap
   * (控制在3%左右 is `at_most`). Ignored for the other comparators.
   */
  attainment?: 'at_least' | 'at_most' | null;
}

/**
 * The target phrase: "≥6.5%", "≤3%左右" (a cap "about 3%"), "=100%". Uses as many decimals
 * as the plan wrote (6.5 → one, 3 → none).
 */
export function formatTargetValue(target: TargetSpec, unit: ValueUnit, lang: Lang): string {
  const digits = unit === 'probability' ? 0 : decimalsOf(target.value);
  const value = formatValue(target.value, unit, lang, digits);
  if (target.comparator !== '≈') return `${target.comparator}${value}`;
  const bound = target.attainment === 'at_most' ? '≤' : target.attainment === 'at_least' ? '≥' : '';
  const space = bound && lang === 'en' ? ' ' : '';
  return `${bound}${space}${tIn(lang, 'chart.target.about', { value })}`;
}

/** "目标 ≥6.5%" / "Target ≥6.5%". */
export function formatTargetLabel(target: TargetSpec, unit: ValueUnit, lang: Lang): string {
  return tIn(lang, 'chart.target', { value: formatTargetValue(target, unit, lang) });
}

/** Tick precision: as many decimals as the tick step needs (0.5 → 1, 2 → 0). */
export function tickDigits(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  return Math.min(3, Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
}
