/**
 * Fills a scene's title and notes: each placeholder becomes a figure from the plan data or the
 * engine, formatted the Chinese statistical way (亿元, 个百分点, %) or in English. Pure, so the
 * stage, the presenter window, the handout and the tests all read the same words.
 */
import {
  getTarget,
  getUnit,
  getZone,
  headlineTargets,
  parkAreas,
  type PlanData,
} from '../data/index.ts';
import { tIn, type Lang } from '../i18n';
import {
  formatArea,
  formatCount,
  formatPercent,
  formatPoints,
  formatProbability,
  formatYi,
  formatNumber,
} from '../i18n/format';
import {
  driverDef,
  isDriverId,
  resolveDrivers,
  type DriverDef,
  type OutputResult,
  type Scenario,
  type SimulationResult,
} from '../model/index.ts';
import { industryHits } from '../ui/plan/industry-model';
import { formatQuantity, formatTargetValue } from '../ui/plan/target-format';
import { fillTemplate, type Placeholder } from './placeholders';
import type { SceneResults } from './scene-runs';

export interface TextSources {
  plan: PlanData;
  lang: Lang;
  /** The scenario the scene shows (live: what-if changes included). */
  scenario: Scenario;
  results: SceneResults;
}

/** An output's value in its own unit: 6.0% · 1,001亿元 · 620万平方米 · 3.8万人. */
export function formatOutputValue(value: number, unit: OutputResult['unit'], lang: Lang): string {
  if (unit === '%') return formatPercent(value, lang, 1);
  if (unit === '亿元') return formatYi(value, lang, 0);
  const digits = unit === '万人' ? 1 : 0;
  const factor = 10 ** digits;
  return formatQuantity(Math.round(value * factor) / factor, unit, lang);
}

/** A difference in an output's unit: "−0.5个百分点" for growth, signed amounts for levels. */
export function formatOutputGap(value: number, unit: OutputResult['unit'], lang: Lang): string {
  if (unit === '%') return formatPoints(value, lang, 1);
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${formatOutputValue(Math.abs(value), unit, lang)}`;
}

/** A driver's value in its unit, with as many decimals as its slider step. */
export function formatDriverValue(def: DriverDef, value: number, lang: Lang): string {
  const digits = def.step < 1 ? Math.min(2, String(def.step).split('.')[1]?.length ?? 1) : 0;
  if (def.unit === '%') return formatPercent(value, lang, digits);
  if (def.unit === '亿元') return formatYi(value, lang, digits);
  const plain = formatNumber(value, lang, digits, digits);
  if (def.unit === '% of plan') return tIn(lang, 'present.unit.ofPlan', { value: plain });
  return lang === 'en' ? `${plain} ${def.unitEn}` : `${plain}${def.unit}`;
}

/** A driver's uncertainty (one sd): "±5个百分点" for rates, "±100亿元" for levels. */
export function formatDriverSpread(def: DriverDef, sd: number, lang: Lang): string {
  if (def.unit === '%' || def.unit === '% of plan') {
    const digits = def.step < 1 ? 1 : 0;
    return `±${formatPoints(Math.abs(sd), lang, digits).replace(/^[+−]/, '')}`;
  }
  return `±${formatDriverValue(def, Math.abs(sd), lang)}`;
}

function output(result: SimulationResult | null, id: string): OutputResult | null {
  return result?.outputs.find((o) => o.id === id) ?? null;
}

/** The text of one placeholder, or null when its figure is not available yet. */
export function placeholderValue(p: Placeholder, src: TextSources): string | null {
  const { plan, lang, results } = src;
  const en = lang === 'en';
  switch (p.kind) {
    case 'target': {
      const target = getTarget(plan, p.arg);
      return target ? formatTargetValue(target, lang) : null;
    }
    case 'target.name': {
      const target = getTarget(plan, p.arg);
      return target ? (en ? target.name_en : target.name_zh) : null;
    }
    case 'zone.name': {
      const zone = getZone(plan, p.arg);
      return zone ? (en ? zone.properties.name_en : zone.properties.name_zh) : null;
    }
    case 'zone.area': {
      const area = getZone(plan, p.arg)?.properties.area_km2;
      return typeof area === 'number' ? formatArea(area, lang) : tIn(lang, 'present.value.unknown');
    }
    case 'zone.areas':
      return String(parkAreas(plan, p.arg).length);
    case 'unit.name': {
      const unit = getUnit(plan, p.arg);
      return unit ? (en ? unit.name_en : unit.name_zh) : null;
    }
    case 'industry.name': {
      const industry = plan.industries.find((x) => x.id === p.arg);
      return industry ? (en ? industry.name_en : industry.name_zh) : null;
    }
    case 'industry.count':
      return String(industryHits(plan, p.arg).filter((h) => h.relation === 'exact').length);
    case 'headline.count':
      return String(headlineTargets(plan).length);
    case 'p':
    case 'plan.p': {
      const o = output(p.kind === 'p' ? results.main : results.plan, p.arg);
      return o ? formatProbability(o.annual.pMeet, lang) : null;
    }
    case 'median':
    case 'plan.median': {
      const o = output(p.kind === 'median' ? results.main : results.plan, p.arg);
      return o ? formatOutputValue(o.annual.percentiles.p50, o.unit, lang) : null;
    }
    case 'gap': {
      const o = output(results.main, p.arg);
      return o ? formatOutputGap(o.annual.percentiles.p50 - o.target, o.unit, lang) : null;
    }
    case 'required':
    case 'required.p': {
      const o = output(results.required, p.arg);
      const r = o?.required;
      if (!o || !r) return null;
      if (p.kind === 'required.p') return formatProbability(r.pAchieve, lang);
      return r.required === null ? null : formatOutputValue(r.required, o.unit, lang);
    }
    case 'driver':
    case 'driver.plan': {
      if (!isDriverId(p.arg)) return null;
      const def = driverDef(p.arg);
      const value = p.kind === 'driver' ? resolveDrivers(src.scenario)[p.arg].value : def.plan;
      return formatDriverValue(def, value, lang);
    }
    case 'seed':
      return String(src.scenario.seed);
    case 'paths':
      return formatCount(
        src.scenario.paths,
        lang,
        tIn('zh-CN', 'chart.prob.pathUnit'),
        tIn('en', 'chart.prob.pathUnit'),
      );
  }
}

/** A title or notes text with its placeholders filled. */
export function sceneText(template: string, src: TextSources): string {
  return fillTemplate(template, (p) => placeholderValue(p, src));
}
