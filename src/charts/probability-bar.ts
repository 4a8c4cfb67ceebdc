/**
 * The target dashboard's headline: the probability of meeting a target as a large number,
 * on a bar of three risk bands (<30% / 30–70% / ≥70%), with the band's word next to the
 * number so that colour is never the only cue; under it the median projection, the target
 * and the gap in 个百分点, and how many simulated paths it rests on.
 *
 * `probability-bar-svg.ts` renders it, `probability-bar-table.ts` is its text alternative.
 */
import { tIn, type Lang } from '../i18n';
import { formatCount, formatProbability } from '../i18n/format';
import { chartSize, type SizeDefaults } from './chart-size';
import { RISK_BANDS, RISK_THRESHOLDS, riskBand } from './color-scales';
import {
  formatChange,
  formatTargetValue,
  formatValue,
  type TargetSpec,
  type ValueUnit,
} from './format-value';
import { clamp, r2, usable } from './numbers';
import { fitText, pickText, textWidth, type LocalText } from './text';
import { chartTheme, colors, type ChartDensity, type ChartTheme } from './theme';

export interface ProbabilityBarData {
  /** The indicator, e.g. { zh: '地区生产总值增速', en: 'GDP growth' }. */
  title: LocalText;
  /** Probability of meeting the target, 0..1 (clamped); null or non-finite: no data. */
  probability: number | null | undefined;
  /** Unit of median, target and gap; default '%'. */
  unit?: ValueUnit;
  target?: TargetSpec | null;
  median?: number | null;
  /** Median minus target (pp for '%'); derived from median and target when left out. */
  gap?: number | null;
  /** Number of simulated paths behind the probability. */
  samples?: number | null;
}

export interface ProbabilityBarOptions {
  lang?: Lang;
  density?: ChartDensity;
  /** Width in px (default 320 / 640); the height follows from the content. */
  width?: number;
  id?: string;
  showTitle?: boolean;
}

export interface ProbabilityBarLayout {
  kind: 'probability';
  id: string;
  lang: Lang;
  theme: ChartTheme;
  width: number;
  height: number;
  title: string;
  desc: string;
  showTitle: boolean;
  titleY: number;
  caption: { x: number; y: number; text: string };
  big: { x: number; y: number; text: string; fontSize: number; color: string };
  band: { x: number; y: number; text: string; color: string };
  segments: { x: number; y: number; width: number; height: number; fill: string }[];
  /** Where the probability sits on the bar; null without data. */
  marker: { x: number; y0: number; y1: number; d: string } | null;
  ticks: { x: number; y: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  details: { x: number; y: number; text: string }[];
}

export const PROBABILITY_SIZES: SizeDefaults = { screen: [320, 200], projector: [640, 400] };

/** The facts under the bar, as (label, value) pairs; shared with the table. */
export function probabilityFacts(data: ProbabilityBarData, lang: Lang): [string, string][] {
  const unit = data.unit ?? '%';
  const facts: [string, string][] = [];
  const target = data.target && usable(data.target.value) ? data.target : null;
  if (usable(data.median)) {
    facts.push([tIn(lang, 'chart.prob.median'), formatValue(data.median, unit, lang)]);
  }
  if (target) facts.push([tIn(lang, 'chart.target.name'), formatTargetValue(target, unit, lang)]);
  const gap = usable(data.gap)
    ? data.gap
    : target && usable(data.median)
      ? data.median - target.value
      : null;
  if (gap !== null) facts.push([tIn(lang, 'chart.prob.gap'), formatChange(gap, unit, lang)]);
  if (usable(data.samples) && data.samples > 0) {
    const unitZh = tIn('zh-CN', 'chart.prob.pathUnit');
    const unitEn = tIn('en', 'chart.prob.pathUnit');
    facts.push([tIn(lang, 'chart.prob.samples'), formatCount(data.samples, lang, unitZh, unitEn)]);
  }
  return facts;
}

/** Lays out the probability bar; every number finite, "—" without data. */
export function layoutProbabilityBar(
  data: ProbabilityBarData,
  options: ProbabilityBarOptions = {},
): ProbabilityBarLayout {
  const lang = options.lang ?? 'zh-CN';
  const theme = chartTheme(options.density);
  const { width } = chartSize(options, theme.density, PROBABILITY_SIZES);
  const showTitle = options.showTitle ?? true;
  const title = pickText(data.title, lang);
  const pad = theme.gap * 1.5;
  const inner = width - 2 * pad;
  const p = usable(data.probability) ? clamp(data.probability, 0, 1) : null;
  const bandIndex = riskBand(p);
  const bandStyle = bandIndex >= 0 ? RISK_BANDS[bandIndex] : undefined;

  let y = pad;
  const titleY = y + theme.fontLabel;
  if (showTitle) y = titleY + theme.gap;
  const caption = { x: r2(pad), y: r2(y + theme.fontSmall), text: tIn(lang, 'chart.prob.label') };
  y = caption.y + theme.gap / 2;

  const bigText = p === null ? '—' : formatProbability(p, lang);
  const bandText = bandStyle ? tIn(lang, bandStyle.key) : tIn(lang, 'chart.noData');
  // The number is as large as the width allows next to its band word, up to 3× the title.
  const bandWidth = textWidth(bandText, theme.fontLabel) + theme.gap;
  const bigFont = Math.round(
    Math.max(
      theme.fontTitle,
      Math.min(theme.fontTitle * 3, (inner - bandWidth) / Math.max(1, textWidth(bigText, 1))),
    ),
  );
  const bigBaseline = y + bigFont * 0.9;
  const big = {
    x: r2(pad),
    y: r2(bigBaseline),
    text: bigText,
    fontSize: bigFont,
    color: bandStyle?.ink ?? colors.inkMuted,
  };
  const band = {
    x: r2(pad + textWidth(bigText, bigFont) + theme.gap),
    y: r2(bigBaseline),
    text: bandText,
    color: bandStyle?.ink ?? colors.inkMuted,
  };
  y = bigBaseline + theme.gap * 1.5;

  const barY = y + theme.gap; // room for the marker's triangle above the bar
  const barH = Math.round(theme.fontSmall * 1.1);
  const cuts = [0, ...RISK_THRESHOLDS, 1];
  const xAt = (v: number): number => r2(pad + v * inner);
  const segments = RISK_BANDS.map((b, i) => ({
    x: xAt(cuts[i] ?? 0),
    y: r2(barY),
    width: r2(xAt(cuts[i + 1] ?? 1) - xAt(cuts[i] ?? 0)),
    height: barH,
    fill: b.fill,
  }));
  const tri = theme.gap;
  const marker =
    p === null
      ? null
      : {
          x: xAt(p),
          y0: r2(barY - tri * 0.2),
          y1: r2(barY + barH + tri * 0.3),
          d: `M${-tri * 0.8},${-tri * 1.1}H${tri * 0.8}L0,0Z`,
        };
  const tickY = barY + barH + theme.gap / 2 + theme.fontSmall;
  const ticks = cuts.map((v, i) => ({
    x: xAt(v),
    y: r2(tickY),
    label: formatProbability(v, lang),
    anchor:
      i === 0 ? ('start' as const) : i === cuts.length - 1 ? ('end' as const) : ('middle' as const),
  }));
  y = tickY + theme.gap;

  const details = probabilityFacts(data, lang).map(([label, value]) => {
    y += theme.fontLabel * 1.35;
    return { x: r2(pad), y: r2(y), text: fitText(`${label} ${value}`, theme.fontLabel, inner) };
  });
  const height = Math.round(y + pad);
  return {
    kind: 'probability',
    id: options.id ?? 'prob',
    lang,
    theme,
    width,
    height,
    title,
    desc: tIn(lang, 'chart.prob.desc', { title, value: bigText, band: bandText }),
    showTitle,
    titleY: r2(titleY),
    caption,
    big,
    band,
    segments,
    marker,
    ticks,
    details,
  };
}
