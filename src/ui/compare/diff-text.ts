/**
 * The "what changed" list in words, the way planners say it:
 * "外部需求（出口增速） 8% → 3%（−5个百分点）", "古雷石化基地工业产值 1,000亿元 → 1,150亿元（+15.0%）".
 * Pure functions of (item, lang, names), so the view, the tests and a printout agree.
 */
import { decimalsOf } from '../../charts/numbers';
import { tIn, type Lang } from '../../i18n';
import {
  formatPercent,
  formatPoints,
  formatYi,
  joinClauses,
  joinList,
  joinPhrases,
  formatNumber,
} from '../../i18n/format';
import { driverDef, type DriverDef } from '../../model/drivers';
import { outputDef, type OutputId } from '../../model/outputs';
import { PARAMETERS } from '../../model/parameters';
import type { DiffItem } from './scenario-diff';

/** Names the model does not hold: counties and industries, from the plan data. */
export interface DiffNames {
  county: (adcode: string, lang: Lang) => string;
  industry: (id: string, lang: Lang) => string;
}

export interface DiffLine {
  /** What changed: the driver, parameter, indicator or county. */
  label: string;
  /** From → to, with the size of the change where it has one. */
  change: string;
}

const plain = (v: number, lang: Lang, max = 2): string =>
  formatNumber(v, lang, decimalsOf(v, max), decimalsOf(v, max));

/** A driver value in the driver's unit. */
export function driverValueText(def: DriverDef, v: number, lang: Lang): string {
  const digits = decimalsOf(v, 2);
  switch (def.unit) {
    case '%':
    case '% of plan':
      return formatPercent(v, lang, digits);
    case '亿元':
      return formatYi(v, lang, digits);
    case '万平方米':
      return lang === 'en'
        ? `${plain(v / 100, lang, 4)} million m²`
        : `${plain(v, lang)}${def.unit}`;
    default:
      return lang === 'en' ? `${plain(v, lang)} ${def.unitEn}` : `${plain(v, lang)}${def.unit}`;
  }
}

/** The size of a driver change: points for rates, percent of the old value for levels. */
function driverDelta(def: DriverDef, from: number, to: number, lang: Lang): string {
  if (def.kind === 'rate') return formatPoints(to - from, lang, decimalsOf(to - from, 2));
  if (from === 0) return '';
  return formatPercent((100 * (to - from)) / from, lang, 1, true).replace('-', '−');
}

const withDelta = (change: string, delta: string, lang: Lang): string =>
  delta === '' ? change : `${change}${tIn(lang, 'compare.diff.delta', { delta })}`;

function outputName(id: OutputId, lang: Lang): string {
  const def = outputDef(id);
  return lang === 'en' ? def.nameEn : def.nameZh;
}

function valueList(values: readonly number[], lang: Lang): string {
  if (values.length === 0) return tIn(lang, 'compare.diff.none');
  return values.map((v) => plain(v, lang, 4)).join(' / ');
}

/** One difference in words. */
export function describeDiff(item: DiffItem, lang: Lang, names: DiffNames): DiffLine {
  switch (item.kind) {
    case 'driver': {
      const def = driverDef(item.driver);
      const name = lang === 'en' ? def.nameEn : def.nameZh;
      if (item.field === 'value') {
        const change = `${driverValueText(def, item.from, lang)} → ${driverValueText(def, item.to, lang)}`;
        return {
          label: name,
          change: withDelta(change, driverDelta(def, item.from, item.to, lang), lang),
        };
      }
      // An sd is in the driver's unit; for rates that unit is percentage points.
      const sd = (v: number): string =>
        def.kind === 'rate'
          ? formatPoints(v, lang, decimalsOf(v, 2)).replace(/^\+/, '')
          : driverValueText(def, v, lang);
      return {
        label: tIn(lang, 'compare.diff.sd', { name }),
        change: `${sd(item.from)} → ${sd(item.to)}`,
      };
    }
    case 'parameter': {
      const def = PARAMETERS.get(item.id);
      const label = def ? (lang === 'en' ? def.nameEn : def.nameZh) : item.id;
      const text = (v: number | readonly number[]): string =>
        typeof v === 'number' ? plain(v, lang, 4) : valueList(v, lang);
      return { label, change: `${text(item.from)} → ${text(item.to)}` };
    }
    case 'actual': {
      const def = outputDef(item.output);
      const text = (values: readonly number[]): string =>
        values.length === 0
          ? tIn(lang, 'compare.diff.none')
          : joinPhrases(
              values.map((v, i) =>
                def.kind === 'growth'
                  ? `${tIn(lang, `compare.diff.ytd${i + 1}` as 'compare.diff.ytd1')} ${formatPercent(v, lang, decimalsOf(v, 2))}`
                  : `${tIn(lang, `compare.diff.ytd${i + 1}` as 'compare.diff.ytd1')} ${plain(v, lang)}`,
              ),
              lang,
            );
      return {
        label: tIn(lang, 'compare.diff.actuals', { name: outputName(item.output, lang) }),
        change: `${text(item.from)} → ${text(item.to)}`,
      };
    }
    case 'county-weights': {
      const text = (w: Readonly<Record<string, number>> | null): string =>
        w === null
          ? tIn(lang, 'compare.diff.weights.unset')
          : tIn(lang, 'compare.diff.weights.set', { count: Object.keys(w).length });
      let change = `${text(item.from)} → ${text(item.to)}`;
      if (item.from && item.to) {
        const codes = [...new Set([...Object.keys(item.from), ...Object.keys(item.to)])].sort();
        change = joinClauses(
          codes
            .filter((c) => item.from?.[c] !== item.to?.[c])
            .map((c) => {
              const pct = (v: number | undefined): string =>
                v === undefined ? tIn(lang, 'compare.diff.none') : formatPercent(v * 100, lang, 1);
              return `${names.county(c, lang)} ${pct(item.from?.[c])} → ${pct(item.to?.[c])}`;
            }),
          lang,
        );
      }
      return { label: tIn(lang, 'compare.diff.weights'), change };
    }
    case 'county-growth': {
      const target = outputDef(item.output).target;
      const text = (v: number | null): string =>
        v === null
          ? tIn(lang, 'compare.diff.cityTarget', {
              value: formatPercent(target, lang, decimalsOf(target, 2)),
            })
          : formatPercent(v, lang, decimalsOf(v, 2));
      const from = item.from ?? target;
      const to = item.to ?? target;
      return {
        label: tIn(lang, 'compare.diff.countyGrowth', {
          county: names.county(item.adcode, lang),
          name: outputName(item.output, lang),
        }),
        change: withDelta(
          `${text(item.from)} → ${text(item.to)}`,
          formatPoints(to - from, lang, decimalsOf(to - from, 2)),
          lang,
        ),
      };
    }
    case 'county-industries': {
      const text = (list: readonly string[] | null): string =>
        list === null
          ? tIn(lang, 'compare.diff.planIndustries')
          : list.length === 0
            ? tIn(lang, 'compare.diff.none')
            : joinList(
                list.map((id) => names.industry(id, lang)),
                lang,
              );
      return {
        label: tIn(lang, 'compare.diff.industries', { county: names.county(item.adcode, lang) }),
        change: `${text(item.from)} → ${text(item.to)}`,
      };
    }
  }
}
