/**
 * Fan chart: year-to-date growth by quarter (1–3月累计 … 全年) with its uncertainty.
 *
 * One scenario: P5–P95 and P25–P75 bands, the median line and points. Two to four scenarios
 * (the compare view): each scenario's P25–P75 band, lightly tinted, and its median in its own
 * colour, dash and marker. Either way: the target line with its comparator, the user's actuals
 * as diamonds, and a tooltip per quarter.
 *
 * This file is the pure layout (`layoutFanChart`); `fan-chart-svg.ts` renders it to a string,
 * `fan-chart-mount.ts` puts it in the page, `fan-chart-table.ts` is its text alternative.
 */
import { area, line, scaleLinear } from 'd3';
import { tIn, type Lang } from '../i18n';
import { formatYtdPeriod } from '../i18n/format';
import { chartSize, type SizeDefaults } from './chart-size';
import { QUARTERS, cleanQuantiles, type CleanQuantiles, type FanChartData } from './fan-chart-data';
import { formatTargetLabel, formatValue, tickDigits } from './format-value';
import { fanLegend } from './fan-chart-legend';
import { placeTarget } from './fan-chart-target';
import { describeFan, fanTooltip, type FanTooltip } from './fan-chart-text';
import { paddedExtent, r2, usable } from './numbers';
import { flowLegend, markerPath, type PlacedLegendEntry } from './swatch-legend';
import { pickText, textWidth } from './text';
import { chartTheme, colors, scenarioStyles, type ChartDensity, type ChartTheme } from './theme';

export type { FanChartData, FanScenario, QuarterQuantiles } from './fan-chart-data';

/** Default sizes: a 16:9 panel on screen, a full 720p slide on the projector. */
export const FAN_SIZES: SizeDefaults = { screen: [640, 360], projector: [1280, 720] };

export interface FanChartOptions {
  /** Default 'zh-CN'. */
  lang?: Lang;
  /** Default 'screen'; 'projector' draws large type and thick lines. */
  density?: ChartDensity;
  /** In px; defaults 640 × 360 (screen) or 1280 × 720 (projector). */
  width?: number;
  height?: number;
  /** Id prefix for the SVG's elements; make it unique per page. Default 'fan'. */
  id?: string;
  /** Draw the title inside the SVG (exports, handout). Default true. */
  showTitle?: boolean;
  /** Draw the legend (small multiples on the dashboard may share one). Default true. */
  showLegend?: boolean;
}

export interface FanPath {
  d: string;
  fill: string;
  fillOpacity: number;
}

export interface FanLine {
  d: string;
  stroke: string;
  width: number;
  dash: string;
}

export interface FanMarker {
  x: number;
  y: number;
  d: string;
  fill: string;
  stroke: string;
}

/** A quarter's column: the hover/focus target and its tooltip. */
export interface FanHit {
  index: number;
  x: number;
  x0: number;
  x1: number;
  /** Where the tooltip points (the highest median at this quarter, or mid-plot). */
  anchorY: number;
  tooltip: FanTooltip;
}

export interface FanChartLayout {
  kind: 'fan';
  id: string;
  lang: Lang;
  theme: ChartTheme;
  width: number;
  height: number;
  title: string;
  desc: string;
  showTitle: boolean;
  /** Set when nothing can be drawn: the chart shows this message instead of axes. */
  emptyMessage: string | null;
  plot: { x: number; y: number; width: number; height: number };
  xTicks: { x: number; lines: string[]; fontSize: number }[];
  yTicks: { y: number; label: string }[];
  zeroY: number | null;
  bands: FanPath[];
  lines: FanLine[];
  markers: FanMarker[];
  actuals: FanMarker[];
  /**
   * The target line at `y`. Its label ("目标 ≥6.5%") is always in the legend, and also on the
   * line (`onLine`) when there is a spot where it hides no data.
   */
  target: {
    y: number;
    label: string;
    onLine: { x: number; y: number; anchor: 'start' | 'end' } | null;
  } | null;
  legend: PlacedLegendEntry[];
  hits: FanHit[];
}

/** Splits an axis label in two at its last space, or before 累计, for narrow charts. */
function splitLabel(label: string): string[] {
  const space = label.lastIndexOf(' ');
  if (space > 0) return [label.slice(0, space), label.slice(space + 1)];
  const ytd = label.indexOf('累计');
  if (ytd > 0) return [label.slice(0, ytd), label.slice(ytd)];
  return [label];
}

/** Lays out a fan chart: every coordinate resolved, rounded to 2 decimals, never NaN. */
export function layoutFanChart(data: FanChartData, options: FanChartOptions = {}): FanChartLayout {
  const lang = options.lang ?? 'zh-CN';
  const theme = chartTheme(options.density);
  const { width, height } = chartSize(options, theme.density, FAN_SIZES);
  const id = options.id ?? 'fan';
  const showTitle = options.showTitle ?? true;
  const title = pickText(data.title, lang);
  const unit = data.unit;

  const scenarios = (data.scenarios ?? []).slice(0, scenarioStyles.length);
  const compare = scenarios.length > 1;
  const clean = scenarios.map((s) => QUARTERS.map((_, i) => cleanQuantiles(s.quarters?.[i])));
  const actuals = QUARTERS.map((_, i) => {
    const v = data.actuals?.[i];
    return usable(v) ? v : null;
  });
  const target = data.target && usable(data.target.value) ? data.target : null;
  const targetLabel = target ? formatTargetLabel(target, unit, lang) : null;
  const periods = QUARTERS.map((q) => formatYtdPeriod(q, lang));

  const pad = theme.gap * 1.5;
  let top = pad;
  if (showTitle) top += theme.fontTitle * 1.3;

  const legendEntries = fanLegend(scenarios, compare, targetLabel, actuals, lang, theme);
  const legend =
    (options.showLegend ?? true)
      ? flowLegend(legendEntries, pad, top, width - 2 * pad, theme)
      : { entries: [], height: 0 };
  top += legend.height + theme.gap;

  const values: number[] = [];
  for (const quarters of clean) {
    for (const q of quarters) {
      if (q) values.push(compare ? q.p25 : q.p5, compare ? q.p75 : q.p95, q.p50);
    }
  }
  const hasData = values.length > 0 || actuals.some((a) => a !== null);
  for (const a of actuals) if (a !== null) values.push(a);
  if (target) values.push(target.value);
  const extent = paddedExtent(values, 0.08, unit === 'probability' ? 0.1 : 1) ?? [0, 1];

  const xLabelLines = theme.fontTick * 2.5;
  const bottom = xLabelLines + pad;
  const plotTop = top;
  const plotBottom = Math.max(plotTop + 40, height - bottom);
  const tickCount = Math.max(3, Math.round((plotBottom - plotTop) / (theme.fontTick * 2.8)));
  const y = scaleLinear().domain(extent).nice(tickCount).range([plotBottom, plotTop]);
  const ticks = y.ticks(tickCount);
  const digits = tickDigits(ticks.length > 1 ? (ticks[1] ?? 1) - (ticks[0] ?? 0) : 1);
  const yTickLabels = ticks.map((v) => formatValue(v, unit, lang, digits));
  const left =
    pad + Math.max(...yTickLabels.map((s) => textWidth(s, theme.fontTick)), 0) + theme.gap;
  const plot = {
    x: r2(left),
    y: r2(plotTop),
    width: r2(Math.max(40, width - left - pad)),
    height: r2(plotBottom - plotTop),
  };
  const step = plot.width / QUARTERS.length;
  const xAt = (i: number): number => r2(plot.x + step * (i + 0.5));
  const yAt = (v: number): number => r2(y(v));

  const emptyMessage = hasData ? null : tIn(lang, 'chart.noData');
  const base = {
    kind: 'fan' as const,
    id,
    lang,
    theme,
    width,
    height,
    title,
    showTitle,
    plot,
    desc: hasData
      ? describeFan(title, scenarios, clean, actuals, periods, targetLabel, unit, lang)
      : tIn(lang, 'chart.noData.desc', { title }),
  };
  if (!hasData) {
    return {
      ...base,
      emptyMessage,
      xTicks: [],
      yTicks: [],
      zeroY: null,
      bands: [],
      lines: [],
      markers: [],
      actuals: [],
      target: null,
      legend: [],
      hits: [],
    };
  }

  // Axis labels shrink to fit their quarter's width, then wrap onto two lines.
  const xTicks = periods.map((label, i) => {
    const room = step * 0.92;
    let fontSize = theme.fontTick;
    let lines = [label];
    if (textWidth(label, fontSize) > room) {
      fontSize = Math.max(theme.fontSmall, Math.floor(room / (textWidth(label, 1) || 1)));
      if (textWidth(label, fontSize) > room) lines = splitLabel(label);
    }
    return { x: xAt(i), lines, fontSize };
  });

  const bands: FanPath[] = [];
  const lines: FanLine[] = [];
  const markers: FanMarker[] = [];
  const halfIsolated = Math.min(step * 0.16, theme.swatch * 0.6);
  clean.forEach((quarters, s) => {
    const style = scenarioStyles[s] ?? scenarioStyles[0];
    const color = compare ? style.color : colors.accent;
    const pts = quarters.map((q, i) => (q ? { i, q } : null));
    const bandOf = (lo: (q: CleanQuantiles) => number, hi: (q: CleanQuantiles) => number): string =>
      bandPath(pts, xAt, yAt, lo, hi, halfIsolated);
    if (!compare) {
      bands.push({
        d: bandOf(
          (q) => q.p5,
          (q) => q.p95,
        ),
        fill: colors.band90,
        fillOpacity: 1,
      });
      bands.push({
        d: bandOf(
          (q) => q.p25,
          (q) => q.p75,
        ),
        fill: colors.band50,
        fillOpacity: 1,
      });
    } else {
      bands.push({
        d: bandOf(
          (q) => q.p25,
          (q) => q.p75,
        ),
        fill: style.color,
        fillOpacity: 0.14,
      });
    }
    const median = line<{ i: number; q: CleanQuantiles } | null>()
      .defined((p) => p !== null)
      .x((p) => xAt(p?.i ?? 0))
      .y((p) => yAt(p?.q.p50 ?? 0))
      .digits(2)(pts);
    if (median) {
      lines.push({
        d: median,
        stroke: color,
        width: theme.lineWidth,
        dash: compare ? style.dash : '',
      });
    }
    const shape = compare ? style.marker : 'circle';
    const area = compare ? theme.markerArea : theme.markerArea * 0.6;
    for (const p of pts) {
      if (!p) continue;
      markers.push({
        x: xAt(p.i),
        y: yAt(p.q.p50),
        d: markerPath(shape, area),
        fill: color,
        stroke: colors.paper,
      });
    }
  });

  const diamond = markerPath('diamond', theme.markerArea * 1.6);
  const actualMarks = actuals.flatMap((a, i) =>
    a === null
      ? []
      : [{ x: xAt(i), y: yAt(a), d: diamond, fill: colors.ink, stroke: colors.paper }],
  );

  const targetMark =
    target && targetLabel
      ? placeTarget(yAt(target.value), targetLabel, clean, actuals, compare, xAt, yAt, plot, theme)
      : null;

  const hits: FanHit[] = QUARTERS.map((_, i) => {
    const medians = clean.flatMap((qs) => (qs[i] ? [yAt(qs[i].p50)] : []));
    const actual = actuals[i];
    if (actual !== null && actual !== undefined) medians.push(yAt(actual));
    return {
      index: i,
      x: xAt(i),
      x0: r2(plot.x + step * i),
      x1: r2(plot.x + step * (i + 1)),
      anchorY: medians.length ? Math.min(...medians) : r2(plot.y + plot.height / 2),
      tooltip: fanTooltip(
        i,
        periods[i] ?? '',
        scenarios,
        clean,
        actuals[i] ?? null,
        targetLabel,
        unit,
        lang,
      ),
    };
  });

  const [d0, d1] = y.domain() as [number, number];
  return {
    ...base,
    emptyMessage,
    xTicks,
    yTicks: ticks.map((v, i) => ({ y: yAt(v), label: yTickLabels[i] ?? '' })),
    zeroY: d0 < 0 && d1 > 0 ? yAt(0) : null,
    bands,
    lines,
    markers,
    actuals: actualMarks,
    target: targetMark,
    legend: legend.entries,
    hits,
  };
}

/**
 * The path of a band between two quantiles. Runs of consecutive quarters become areas
 * (straight segments: two ordered series joined linearly stay ordered in between, which a
 * smoothing curve would not guarantee); a quarter alone between gaps becomes a short bar.
 */
function bandPath(
  pts: readonly ({ i: number; q: CleanQuantiles } | null)[],
  xAt: (i: number) => number,
  yAt: (v: number) => number,
  lo: (q: CleanQuantiles) => number,
  hi: (q: CleanQuantiles) => number,
  halfWidth: number,
): string {
  const runs =
    area<{ i: number; q: CleanQuantiles } | null>()
      .defined((p) => p !== null)
      .x((p) => xAt(p?.i ?? 0))
      .y0((p) => (p ? yAt(lo(p.q)) : 0))
      .y1((p) => (p ? yAt(hi(p.q)) : 0))
      .digits(2)(pts) ?? '';
  const lone = pts.flatMap((p, k) => {
    if (!p || pts[k - 1] || pts[k + 1]) return [];
    const x0 = r2(xAt(p.i) - halfWidth);
    const x1 = r2(xAt(p.i) + halfWidth);
    return [`M${x0},${yAt(hi(p.q))}H${x1}V${yAt(lo(p.q))}H${x0}Z`];
  });
  // d3 writes a lone point as a zero-width sliver; drop those, keep real runs.
  const real = runs
    .split('M')
    .filter((seg) => seg && (seg.match(/L/g)?.length ?? 0) > 2)
    .map((seg) => `M${seg}`);
  return [...real, ...lone].join('');
}
