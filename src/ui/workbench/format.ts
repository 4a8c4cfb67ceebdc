/**
 * How the workbench writes the engine's numbers: values in each output's own unit, gaps to the
 * target (个百分点 for growth, the level's unit otherwise), path counts and driver values. Pure
 * functions of (value, lang) on top of `src/i18n/format.ts` and the charts' unit formats, so the
 * cards, tables, exports and tests agree.
 */
import {
  formatChange,
  formatTargetValue,
  formatValue,
  type TargetSpec,
  type ValueUnit,
} from '../../charts/format-value';
import type { DriverDef } from '../../model/drivers';
import type { OutputDef } from '../../model/outputs';
import { tIn, type Lang } from '../../i18n';
import { formatInteger, formatPercent, formatNumber } from '../../i18n/format';

/** The chart unit of an output: '%' for growth, the level's own unit otherwise. */
export function outputUnit(o: Pick<OutputDef, 'kind' | 'unit'>): ValueUnit {
  return o.kind === 'growth' ? '%' : o.unit === '%' ? '%' : o.unit;
}

/** Decimals for an output's values: growth one, 万人 two (4万人 is a small number), else none. */
export function outputDigits(o: Pick<OutputDef, 'kind' | 'unit'>): number {
  if (o.kind === 'growth') return 1;
  return o.unit === '万人' ? 2 : 0;
}

/** A value of an output in its unit: "6.5%", "2,100亿元", "620万平方米", "4.02万人". */
export function formatOutputValue(
  value: number,
  o: Pick<OutputDef, 'kind' | 'unit'>,
  lang: Lang,
): string {
  return formatValue(value, outputUnit(o), lang, outputDigits(o));
}

/**
 * Median minus target, signed: "−0.8个百分点" for growth, "+35亿元" or "−20万平方米" for a level.
 * Rounded to the shown precision first, so a gap of −0.003 reads "0.0", not "−0.0".
 */
export function formatGap(gap: number, o: Pick<OutputDef, 'kind' | 'unit'>, lang: Lang): string {
  if (!Number.isFinite(gap)) return '—';
  const digits = outputDigits(o);
  const k = 10 ** digits;
  const shown = Math.round(gap * k) / k || 0;
  if (o.kind === 'growth') return formatChange(shown, '%', lang, digits);
  const sign = shown > 0 ? '+' : shown < 0 ? '−' : '';
  return `${sign}${formatOutputValue(Math.abs(shown), o, lang)}`;
}

/**
 * The target as the report states it, for the charts: a floor "≥6.5%", or for the CPI cap
 * (控制在3%左右) "≤3%左右".
 */
export function targetSpec(
  o: Pick<OutputDef, 'comparator' | 'target' | 'toleranceParam'>,
): TargetSpec {
  if (o.comparator === '≤' && o.toleranceParam) {
    return { value: o.target, comparator: '≈', attainment: 'at_most' };
  }
  return { value: o.target, comparator: o.comparator };
}

/** "≥6.5%", "≤3%左右", "≥2,100亿元". */
export function formatOutputTarget(o: OutputDef, lang: Lang): string {
  return formatTargetValue(targetSpec(o), outputUnit(o), lang);
}

/** The run's sample count, saying whether it is the coarse first result or the final one. */
export function formatPathCount(
  paths: number,
  requested: number,
  final: boolean,
  lang: Lang,
  cancelled = false,
): string {
  const count = formatInteger(paths, lang);
  if (cancelled && paths < requested)
    return tIn(lang, 'wb.run.count.partial', { count, requested: formatInteger(requested, lang) });
  return tIn(lang, final ? 'wb.run.count.final' : 'wb.run.count.coarse', { count });
}

/** Decimals a driver's step implies (0.5 → 1, 0.1 → 1, 10 → 0). */
export function stepDigits(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  const text = String(step);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Math.min(4, text.length - dot - 1);
}

/** A driver value in the driver's own unit (the unit its input takes): "8%", "1,000亿元". */
export function formatDriverValue(
  value: number,
  def: Pick<DriverDef, 'unit' | 'unitEn' | 'step'>,
  lang: Lang,
): string {
  if (!Number.isFinite(value)) return '—';
  const digits = stepDigits(def.step);
  if (def.unit === '%') return formatPercent(value, lang, digits);
  const body = formatNumber(value, lang, digits);
  if (def.unit === PCT_OF_PLAN) return tIn(lang, 'wb.unit.pctOfPlan.value', { value: body });
  return lang === 'en' ? `${body} ${def.unitEn}` : `${body}${def.unit}`;
}

const PCT_OF_PLAN = '% of plan';

/** A driver value without its unit (the slider's ends, where the unit would not fit). */
export function formatDriverNumber(
  value: number,
  def: Pick<DriverDef, 'step'>,
  lang: Lang,
): string {
  if (!Number.isFinite(value)) return '—';
  const body = formatNumber(Math.abs(value), lang, stepDigits(def.step));
  return `${value < 0 ? '−' : ''}${body}`;
}

/** The driver's unit as its input's label shows it. */
export function driverUnit(def: Pick<DriverDef, 'unit' | 'unitEn'>, lang: Lang): string {
  if (def.unit === PCT_OF_PLAN) return tIn(lang, 'wb.unit.pctOfPlan');
  return lang === 'en' ? def.unitEn : def.unit;
}
