import type { Actual, ComparatorT, PlanData, StrengthT, Target, UnitT } from '../../data/index.ts';
import { getBaseline } from '../../data/index.ts';
import { tIn, type Lang, type MessageKey } from '../../i18n';
import { formatPercent, formatPoints, formatYi, formatNumber } from '../../i18n/format';

/**
 * Targets read the way the report writes them: 2100亿元以上, 超1,000亿元, 3%左右, 2–3家; and
 * in English "at least 210.0 bn yuan". Pure functions of (entry, lang), shared by the panels,
 * the targets browser and the tests.
 */

/** English name of each unit, and the factor from the report's unit to it (4万人 → 40,000). */
const EN_UNIT: Record<UnitT, { key: MessageKey; factor: number }> = {
  '%': { key: 'plan.unit.percent', factor: 1 },
  个百分点: { key: 'plan.unit.points', factor: 1 },
  亿元: { key: 'plan.unit.yi', factor: 1 },
  元: { key: 'plan.unit.yuan', factor: 1 },
  个: { key: 'plan.unit.items', factor: 1 },
  家: { key: 'plan.unit.firms', factor: 1 },
  项: { key: 'plan.unit.items', factor: 1 },
  所: { key: 'plan.unit.schools', factor: 1 },
  支: { key: 'plan.unit.funds', factor: 1 },
  张: { key: 'plan.unit.beds', factor: 1 },
  套: { key: 'plan.unit.homes', factor: 1 },
  条: { key: 'plan.unit.routes', factor: 1 },
  件: { key: 'plan.unit.cases', factor: 1 },
  户: { key: 'plan.unit.households', factor: 1 },
  万户: { key: 'plan.unit.households', factor: 1e4 },
  人: { key: 'plan.unit.people', factor: 1 },
  万人: { key: 'plan.unit.people', factor: 1e4 },
  万个: { key: 'plan.unit.items', factor: 1e4 },
  '场（次）': { key: 'plan.unit.events', factor: 1 },
  名: { key: 'plan.unit.place', factor: 1 },
  万平方米: { key: 'plan.unit.m2', factor: 1e4 },
  公顷: { key: 'plan.unit.hectares', factor: 1 },
  万亩: { key: 'plan.unit.mu', factor: 1e4 },
  亩: { key: 'plan.unit.mu', factor: 1 },
  平方公里: { key: 'plan.unit.km2', factor: 1 },
  万吨: { key: 'plan.unit.tonnes', factor: 1e4 },
  公里: { key: 'plan.unit.km', factor: 1 },
};

/** Decimals a value was printed with (6.5 → 1, 2100 → 0), at most 2. */
const decimalsOf = (value: number): number => {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Math.min(2, text.length - dot - 1);
};

const plain = (value: number, lang: Lang): string => formatNumber(value, lang, 2);

/** A number with its unit: 6.5% · 2,100亿元 · 4万人 · 262个; in English 40,000 people. */
export function formatQuantity(value: number, unit: UnitT, lang: Lang): string {
  const digits = decimalsOf(value);
  if (unit === '%') return formatPercent(value, lang, digits);
  if (unit === '个百分点') return formatPoints(value, lang, digits);
  if (unit === '亿元') return formatYi(value, lang, digits);
  if (lang !== 'en') return `${plain(value, lang)}${unit}`;
  const { key, factor } = EN_UNIT[unit];
  return `${plain(value * factor, lang)} ${tIn('en', key)}`;
}

/** A range printed as 2-3家: "2–3家" / "2–3 firms". */
function formatRange(low: number, high: number, unit: UnitT, lang: Lang): string {
  const special = unit === '%' || unit === '个百分点' || unit === '亿元';
  if (special) return `${formatQuantity(low, unit, lang)}–${formatQuantity(high, unit, lang)}`;
  if (lang !== 'en') return `${plain(low, lang)}–${plain(high, lang)}${unit}`;
  const { key, factor } = EN_UNIT[unit];
  return `${plain(low * factor, lang)}–${plain(high * factor, lang)} ${tIn('en', key)}`;
}

const COMPARATOR_KEY: Record<ComparatorT, MessageKey> = {
  '≥': 'plan.cmp.ge',
  '>': 'plan.cmp.gt',
  '≈': 'plan.cmp.approx',
  '≤': 'plan.cmp.le',
  '=': 'plan.cmp.eq',
};

interface Quantified {
  value: number | null;
  value_max?: number | undefined;
  unit: UnitT | null;
  comparator: ComparatorT | null;
  attainment?: 'at_least' | 'at_most' | null;
}

/**
 * The target's number as the report phrases it, or null for milestones and qualitative
 * commitments: 以上 (≥), 超 (>), 左右 (≈), 控制在…左右 (≈ as a cap), nothing for "=".
 */
export function formatTargetValue(entry: Quantified, lang: Lang): string | null {
  const { value, unit, comparator } = entry;
  if (value === null || unit === null || comparator === null) return null;
  const quantity =
    entry.value_max === undefined
      ? formatQuantity(value, unit, lang)
      : formatRange(value, entry.value_max, unit, lang);
  // A range (2-3家) is printed without a qualifier; its ≥ only says how it is judged.
  const key =
    entry.value_max !== undefined
      ? 'plan.cmp.eq'
      : comparator === '≈' && entry.attainment === 'at_most'
        ? 'plan.cmp.capApprox'
        : COMPARATOR_KEY[comparator];
  return tIn(lang, key, { value: quantity });
}

/**
 * What a target without a number commits to: the milestone step as printed (节点：开工), or
 * "qualitative". The steps are recorded in Chinese only; in English the target's name says
 * it ("… start construction"), so the column just says "Milestone".
 */
export function nonNumericText(target: Target, lang: Lang): string {
  if (target.kind !== 'milestone') return tIn(lang, 'targets.qualitative');
  if (lang === 'en' || target.milestone_zh === undefined) return tIn(lang, 'plan.kind.milestone');
  return tIn(lang, 'targets.milestone', { step: target.milestone_zh });
}

/** A 2022 actual as the review prints it (its estimates, 预计, read "左右" / "about"). */
export const formatActualValue = (actual: Actual, lang: Lang): string =>
  formatTargetValue(actual, lang) ?? '';

const STRENGTH_KEY: Record<StrengthT, MessageKey> = {
  expected: 'plan.strength.expected',
  commit: 'plan.strength.commit',
  aim: 'plan.strength.aim',
  plain: 'plan.strength.plain',
};

/** How firm the target is: the word as printed (力争, 确保 …) in Chinese, a category in English. */
export function strengthLabel(target: Target, lang: Lang): string {
  const category = tIn(lang, STRENGTH_KEY[target.strength]);
  if (target.strength_word === null) return category;
  return lang === 'en' ? category : target.strength_word;
}

export type BaselineText =
  | { status: 'value'; text: string; note?: string }
  | { status: 'not-entered'; text: string; note: string }
  | null;

/**
 * The 2022 figure a target compares with: the review's figure (`baseline_2022`), else the
 * baseline slot it refers to, which may be an explicit "not entered"; null when neither.
 */
export function baselineText(data: PlanData, target: Target, lang: Lang): BaselineText {
  const b = target.baseline_2022;
  if (b) {
    return {
      status: 'value',
      text: formatQuantity(b.value, b.unit, lang),
      ...(b.note === undefined ? {} : { note: b.note }),
    };
  }
  if (target.baseline_ref === undefined) return null;
  const entry = getBaseline(data, target.baseline_ref);
  if (!entry) return null;
  if (entry.status === 'not_entered') {
    return {
      status: 'not-entered',
      text: tIn(lang, 'plan.baseline.notEntered'),
      note: entry.reason,
    };
  }
  const text = formatTargetValue({ ...entry, attainment: null }, lang) ?? '';
  return { status: 'value', text, note: entry.source.title };
}
