import type { Lang } from './index';

/**
 * Number formats in Chinese statistical practice, with English equivalents.
 * Pure functions of (value, lang) so that charts, tables, exports and tests agree.
 */

const NON_FINITE = '—';

/**
 * One Intl.NumberFormat per language and precision, made once: `toLocaleString` with options
 * builds a new formatter on every call, which made formatting the bulk of the workbench's time
 * per slider move (charts format every tick, tooltip and table cell). Same output.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function fixed(value: number, digits: number, lang: Lang): string {
  const key = `${lang}|${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f.format(value);
}

/**
 * A number without a unit (the unit is written next to it, or in a heading), with thousands
 * separators and between `minDigits` and `maxDigits` decimals: 1234.5 → "1,234.5".
 */
export function formatNumber(value: number, lang: Lang, maxDigits = 2, minDigits = 0): string {
  if (!Number.isFinite(value)) return NON_FINITE;
  const key = `${lang}|${minDigits}|${maxDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', {
      minimumFractionDigits: Math.min(minDigits, maxDigits),
      maximumFractionDigits: maxDigits,
    });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** A growth rate in percent, e.g. 6.5 → "6.5%" (zh and en alike); signed when `signed`. */
export function formatPercent(value: number, lang: Lang, digits = 1, signed = false): string {
  if (!Number.isFinite(value)) return NON_FINITE;
  const sign = signed && value > 0 ? '+' : '';
  return `${sign}${fixed(value, digits, lang)}%`;
}

/** A gap between two rates: "0.8个百分点" / "0.8 pp", signed. */
export function formatPoints(value: number, lang: Lang, digits = 1): string {
  if (!Number.isFinite(value)) return NON_FINITE;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  const body = fixed(Math.abs(value), digits, lang);
  return lang === 'en' ? `${sign}${body} pp` : `${sign}${body}个百分点`;
}

/** A money level given in 亿元 (100 million yuan): "2,100亿元" / "210.0 bn yuan". */
export function formatYi(value: number, lang: Lang, digits = 0): string {
  if (!Number.isFinite(value)) return NON_FINITE;
  if (lang === 'en') return `${fixed(value / 10, Math.max(1, digits), lang)} bn yuan`;
  return `${fixed(value, digits, lang)}亿元`;
}

/**
 * A count, written with 万 above ten thousand in Chinese ("4.52万人"), with the unit word;
 * English uses thousands separators ("45,178 people").
 */
export function formatCount(value: number, lang: Lang, unitZh: string, unitEn: string): string {
  if (!Number.isFinite(value)) return NON_FINITE;
  if (lang === 'en') return `${fixed(value, 0, lang)} ${unitEn}`.trim();
  if (Math.abs(value) >= 10_000) return `${fixed(value / 10_000, 2, lang)}万${unitZh}`;
  return `${fixed(value, 0, lang)}${unitZh}`;
}

/** An area in km²: "1,234平方公里" / "1,234 km²". */
export function formatArea(km2: number, lang: Lang): string {
  if (!Number.isFinite(km2)) return NON_FINITE;
  const digits = km2 < 100 ? 1 : 0;
  return lang === 'en' ? `${fixed(km2, digits, lang)} km²` : `${fixed(km2, digits, lang)}平方公里`;
}

/** Labels for cumulative year-to-date periods: quarter 1..4 → "1–3月累计" … "全年". */
export function formatYtdPeriod(quarter: 1 | 2 | 3 | 4, lang: Lang): string {
  const lastMonth = quarter * 3;
  if (lang === 'en') {
    const months = ['Mar', 'Jun', 'Sep', 'Dec'];
    return quarter === 4 ? 'Full year' : `Jan–${months[quarter - 1] ?? ''} YTD`;
  }
  return quarter === 4 ? '全年' : `1–${lastMonth}月累计`;
}

/** A probability 0..1 as a whole percent: 0.734 → "73%"; clamps to [0, 100]. */
export function formatProbability(p: number, lang: Lang): string {
  if (!Number.isFinite(p)) return NON_FINITE;
  const pct = Math.min(100, Math.max(0, p * 100));
  return `${fixed(pct, 0, lang)}%`;
}

/** The units of the level targets that are neither money nor percent. */
export type LevelUnit = '万平方米' | '家' | '万人';

/**
 * A level in one of the plan's non-money units, as the report writes it in Chinese ("620万平方米",
 * "200家", "4万人") and converted in English ("6.2 million m²", "200 firms", "40,000 people").
 * `digits` are the decimals of the value in the report's unit.
 */
export function formatLevel(value: number, unit: LevelUnit, lang: Lang, digits = 0): string {
  if (!Number.isFinite(value)) return NON_FINITE;
  if (lang !== 'en') return `${fixed(value, digits, lang)}${unit}`;
  if (unit === '万平方米') return `${fixed(value / 100, digits + 2, lang)} million m²`;
  if (unit === '万人') return `${fixed(value * 10_000, Math.max(0, digits - 4), lang)} people`;
  return `${fixed(value, digits, lang)} firms`;
}

/** A whole number with thousands separators: 2048 → "2,048" (zh and en alike). */
export function formatInteger(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return NON_FINITE;
  return fixed(Math.round(value), 0, lang);
}

/**
 * A file size in decimal units (1 KB = 1,000 bytes, as file managers on most systems show it,
 * so a limit of 1,000,000 bytes reads "1 MB"): "512字节" / "512 bytes", "1.2 MB", "524 MB".
 * `maxDigits` decimals at most (trailing zeros dropped).
 */
export function formatBytes(bytes: number, lang: Lang, maxDigits = 1): string {
  if (!Number.isFinite(bytes)) return NON_FINITE;
  const units = ['KB', 'MB', 'GB', 'TB'];
  if (Math.abs(bytes) < 1000) {
    const body = formatNumber(bytes, lang, 0);
    if (lang !== 'en') return `${body}字节`;
    return Math.abs(bytes) === 1 ? `${body} byte` : `${body} bytes`;
  }
  // The unit is chosen after rounding, so 999,999 bytes read "1 MB" and not "1,000 KB".
  const scale = 10 ** maxDigits;
  const rounded = (v: number): number => Math.round(v * scale) / scale;
  let value = bytes / 1000;
  let unit = 0;
  while (Math.abs(rounded(value)) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${formatNumber(value, lang, maxDigits)} ${units[unit] ?? ''}`;
}

/** An amount in yuan (per-capita incomes): 56,789 → "56,789元" / "56,789 yuan". */
export function formatYuan(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return NON_FINITE;
  const body = fixed(Math.round(value), 0, lang);
  return lang === 'en' ? `${body} yuan` : `${body}元`;
}

/** Items of a list: "芗城区、龙文区" / "Xiangcheng, Longwen" (the enumeration comma 、 in Chinese). */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'en' ? ', ' : '、');
}

/** Phrases with figures in them: "1–3月 5.2%，1–6月 5.5%" / "Jan–Mar 5.2%, Jan–Jun 5.5%". */
export function joinPhrases(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'en' ? ', ' : '，');
}

/** Clauses that each say something: "…；…" / "…; …". */
export function joinClauses(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'en' ? '; ' : '；');
}

/** A note after a name, in full-width brackets in Chinese: "食品（完全匹配）" / "Food (exact)". */
export function withNote(text: string, note: string, lang: Lang): string {
  return lang === 'en' ? `${text} (${note})` : `${text}（${note}）`;
}

/** A note on its own, after what it qualifies: "（亿元）" / " (bn yuan)". */
export function parenthesised(note: string, lang: Lang): string {
  return lang === 'en' ? ` (${note})` : `（${note}）`;
}

/** A label that leads what follows it: "导出：" / "Export: ". */
export function lead(label: string, lang: Lang): string {
  return lang === 'en' ? `${label}: ` : `${label}：`;
}

/** A sentence led by what it is about: "地区生产总值：…。" / "GDP: …." */
export function ledSentence(lead: string, text: string, lang: Lang): string {
  return lang === 'en' ? `${lead}: ${text}.` : `${lead}：${text}。`;
}
