/**
 * Colour scales for the county choropleth, the probability bar and their legends.
 *
 * Classed (threshold) scales rather than continuous ones: a planner reads "this county is in
 * the 50–70% class" from the legend, and a projector cannot render subtle gradients. Classes
 * follow maplibre's `step` semantics: a value equal to a threshold belongs to the class above,
 * so the map code can build `['step', input, colors[0], thresholds[0], colors[1], …]` from
 * `stepStops(scale)` and get exactly the colours this module returns.
 *
 * - probability (0–1): a sequential light-to-dark blue, lightness only, so it reads under any
 *   colour-vision deficiency and in greyscale print;
 * - growth vs target (个百分点): a diverging orange (below) / neutral / blue (above) scale;
 * - the dashboard's three risk bands (<30% / 30–70% / >70%): light orange / grey / light blue
 *   with dark text of the same hue and a word, so colour is never the only cue.
 * `tests/charts/colors.test.ts` checks neighbouring classes stay apart under simulated
 * protanopia, deuteranopia and tritanopia.
 */
import { tIn, type Lang } from '../i18n';
import { formatProbability } from '../i18n/format';
import { readableOn } from './color-math';
import { formatSignedNumber } from './format-value';
import { decimalsOf, usable } from './numbers';

export interface ScaleClass {
  /** Lower bound (inclusive), null for the first class. */
  from: number | null;
  /** Upper bound (exclusive), null for the last class. */
  to: number | null;
  color: string;
  /** Ink or white: what reads on `color`. */
  textColor: string;
  label: string;
}

export interface ThresholdScale {
  kind: 'sequential' | 'diverging';
  /** Legend title, with the unit. */
  title: string;
  /** Ascending class breaks. */
  thresholds: readonly number[];
  /** `thresholds.length + 1` colours, lowest class first. */
  colors: readonly string[];
  classes: readonly ScaleClass[];
  /** Labels of the thresholds, for a legend bar's ticks. */
  thresholdLabels: readonly string[];
  /** Words at the two ends of a diverging scale ("低于目标" / "高于目标"). */
  endLabels: readonly [string, string] | null;
  noData: { color: string; label: string };
  /** The class colour of a value; the no-data colour for null, NaN or ±Infinity. */
  color(value: number | null | undefined): string;
  /** The class index of a value, or -1 for no data. */
  classOf(value: number | null | undefined): number;
}

/** Probability classes (sequential blue, light to dark). */
export const PROBABILITY_COLORS = ['#eef3f8', '#c6d8ea', '#8fb3d9', '#4276ab', '#1d3557'] as const;
export const PROBABILITY_THRESHOLDS = [0.3, 0.5, 0.7, 0.9] as const;

/** Growth minus target, in percentage points (diverging orange / neutral / blue). */
export const GAP_COLORS = [
  '#6e3000',
  '#e08a3c',
  '#f7d3ad',
  '#f2f0ec',
  '#c4d7ec',
  '#5d8fc7',
  '#1d3557',
] as const;
export const GAP_THRESHOLDS = [-2, -1, -0.3, 0.3, 1, 2] as const;

/** Hatched-looking neutral for counties without a result. */
export const NO_DATA_COLOR = '#d9d5ce';

/** The risk bands of the target dashboard: fill, text colour (same hue, dark) and word key. */
export const RISK_BANDS = [
  { fill: '#f6cfa3', ink: '#8a3f00', key: 'chart.prob.band.low' },
  { fill: '#ece8e1', ink: '#4a453e', key: 'chart.prob.band.mid' },
  { fill: '#c6d8ea', ink: '#1d3557', key: 'chart.prob.band.high' },
] as const;
export const RISK_THRESHOLDS = [0.3, 0.7] as const;

function thresholdScale(
  kind: ThresholdScale['kind'],
  title: string,
  thresholds: readonly number[],
  colors: readonly string[],
  format: (v: number) => string,
  endLabels: readonly [string, string] | null,
  lang: Lang,
): ThresholdScale {
  const classOf = (value: number | null | undefined): number => {
    if (!usable(value)) return -1;
    let i = 0;
    while (i < thresholds.length && value >= (thresholds[i] ?? Infinity)) i += 1;
    return i;
  };
  const classes = colors.map((color, i): ScaleClass => {
    const from = i === 0 ? null : (thresholds[i - 1] ?? null);
    const to = i === colors.length - 1 ? null : (thresholds[i] ?? null);
    const label =
      from === null
        ? tIn(lang, 'chart.scale.below', { value: format(to ?? 0) })
        : to === null
          ? tIn(lang, 'chart.scale.atLeast', { value: format(from) })
          : tIn(lang, 'chart.scale.range', { low: format(from), high: format(to) });
    return { from, to, color, textColor: readableOn(color), label };
  });
  const noData = { color: NO_DATA_COLOR, label: tIn(lang, 'chart.legend.noData') };
  return {
    kind,
    title,
    thresholds,
    colors,
    classes,
    thresholdLabels: thresholds.map(format),
    endLabels,
    noData,
    classOf,
    color: (value) => {
      const i = classOf(value);
      return i < 0 ? noData.color : (colors[i] ?? noData.color);
    },
  };
}

/** Sorted, finite, de-duplicated thresholds, or the defaults when fewer than one remains. */
function cleanThresholds(given: readonly number[] | undefined, fallback: readonly number[]) {
  const t = [...new Set((given ?? []).filter(usable))].sort((a, b) => a - b);
  return t.length > 0 ? t : [...fallback];
}

/**
 * Sequential scale for the probability of meeting a target (0–1). Custom thresholds keep the
 * first `thresholds.length + 1` colours of the ramp, at most five classes.
 */
export function probabilityScale(
  lang: Lang,
  options: { thresholds?: readonly number[] } = {},
): ThresholdScale {
  const thresholds = cleanThresholds(options.thresholds, PROBABILITY_THRESHOLDS).slice(0, 4);
  const colors = spread(PROBABILITY_COLORS, thresholds.length + 1);
  return thresholdScale(
    'sequential',
    tIn(lang, 'chart.scale.probability'),
    thresholds,
    colors,
    (v) => formatProbability(v, lang),
    null,
    lang,
  );
}

/**
 * Diverging scale for projected growth minus its target, in percentage points: orange below
 * the target, neutral around it, blue above.
 */
export function gapScale(
  lang: Lang,
  options: { thresholds?: readonly number[] } = {},
): ThresholdScale {
  const thresholds = cleanThresholds(options.thresholds, GAP_THRESHOLDS).slice(0, 6);
  const colors = spread(GAP_COLORS, thresholds.length + 1);
  return thresholdScale(
    'diverging',
    tIn(lang, 'chart.scale.gap'),
    thresholds,
    colors,
    (v) => formatSignedNumber(v, lang, decimalsOf(v, 1)),
    [tIn(lang, 'chart.scale.gap.below'), tIn(lang, 'chart.scale.gap.above')],
    lang,
  );
}

/**
 * `n` colours picked evenly from a ramp, both ends kept and mirrored around the middle, so
 * that fewer classes stay distinct and a diverging ramp stays symmetric.
 */
function spread(ramp: readonly string[], n: number): string[] {
  if (n >= ramp.length) return [...ramp];
  if (n <= 1) return [ramp[Math.floor(ramp.length / 2)] ?? ramp[0] ?? NO_DATA_COLOR];
  const last = ramp.length - 1;
  return Array.from({ length: n }, (_, i) => {
    const mirrored = i > (n - 1) / 2;
    const j = mirrored ? n - 1 - i : i;
    const k = Math.round((j * last) / (n - 1));
    return ramp[mirrored ? last - k : k] ?? NO_DATA_COLOR;
  });
}

/** The stops of a maplibre `step` expression: [colors[0], t0, colors[1], t1, …, colors[n]]. */
export function stepStops(scale: ThresholdScale): (string | number)[] {
  const out: (string | number)[] = [scale.colors[0] ?? scale.noData.color];
  scale.thresholds.forEach((t, i) => out.push(t, scale.colors[i + 1] ?? scale.noData.color));
  return out;
}

/** The risk band of a probability: 0 below 30%, 1 from 30% to 70%, 2 from 70%; -1 no data. */
export function riskBand(p: number | null | undefined, thresholds = RISK_THRESHOLDS): number {
  if (!usable(p)) return -1;
  if (p < (thresholds[0] ?? 0.3)) return 0;
  if (p < (thresholds[1] ?? 0.7)) return 1;
  return 2;
}
