/**
 * Tornado chart: which drivers move an outcome the most.
 *
 * Two modes:
 * - `swing`: for each driver, the change in the outcome when the driver moves by −1 sd and by
 *   +1 sd (e.g. the probability of meeting the GDP target, or its median). Each row has two
 *   half-height bars from the centre line (the base value): orange for −1 sd above, blue for
 *   +1 sd below, each labelled with its change. Two bars rather than one split bar, so that a
 *   driver whose two moves push the same way stays readable. Rows are sorted by swing.
 * - `signed`: one signed contribution per row (e.g. the assumptions that explain the gap
 *   between two scenarios); blue raises, orange lowers, sorted by size.
 *
 * Values are changes from the base; when `base` is given the axis reads in absolute terms
 * (base + change), else in changes. `tornado-svg.ts` renders, `tornado-mount.ts` mounts,
 * `tornado-table.ts` is the text alternative.
 */
import { scaleLinear } from 'd3';
import { tIn, type Lang } from '../i18n';
import { chartSize, type SizeDefaults } from './chart-size';
import { formatChange, formatValue, tickDigits, type ValueUnit } from './format-value';
import { r2, usable } from './numbers';
import { flowLegend, type LegendEntry, type PlacedLegendEntry } from './swatch-legend';
import { fitText, pickText, textWidth, type LocalText } from './text';
import { chartTheme, colors, type ChartDensity, type ChartTheme } from './theme';
import { sortTornadoRows, tornadoDesc, tornadoTooltip, type TornadoRowClean } from './tornado-rows';
import type { TooltipContent } from './tooltip-content';

/** A driver's effect on the outcome when it moves by −1 sd (`low`) and +1 sd (`high`). */
export interface TornadoDriver {
  id: string;
  label: LocalText;
  low: number;
  high: number;
}

/** A factor's signed contribution (e.g. to the gap between two scenarios). */
export interface TornadoContribution {
  id: string;
  label: LocalText;
  value: number;
}

interface TornadoCommon {
  title: LocalText;
  /** Unit of the outcome; changes are shown in 个百分点 for '%' and 'probability'. */
  unit: ValueUnit;
  /** The outcome at the centre line (e.g. 0.62 probability); null for an axis of changes. */
  base?: number | null;
  /** What the centre line is, e.g. "情景A"; default "基准". */
  baseLabel?: LocalText;
}

/** Swing mode: each driver's effect at −1 sd and +1 sd. */
export type TornadoSwingData = TornadoCommon & { mode: 'swing'; drivers: readonly TornadoDriver[] };

/** Signed mode: one contribution per factor. */
export type TornadoSignedData = TornadoCommon & {
  mode: 'signed';
  contributions: readonly TornadoContribution[];
};

export type TornadoData = TornadoSwingData | TornadoSignedData;

export interface TornadoOptions {
  lang?: Lang;
  density?: ChartDensity;
  /** Width in px (default 640 / 1280); the height follows from the rows unless given. */
  width?: number;
  height?: number;
  id?: string;
  showTitle?: boolean;
  /** At most this many rows, the largest (default 10); the table lists them all. */
  maxRows?: number;
}

export interface TornadoBar {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  label: string;
  labelX: number;
  labelAnchor: 'start' | 'end';
}

export interface TornadoRowLayout {
  id: string;
  label: string;
  y0: number;
  y1: number;
  bars: TornadoBar[];
  tooltip: TooltipContent;
}

export interface TornadoLayout {
  kind: 'tornado';
  mode: 'swing' | 'signed';
  id: string;
  lang: Lang;
  theme: ChartTheme;
  width: number;
  height: number;
  title: string;
  desc: string;
  showTitle: boolean;
  emptyMessage: string | null;
  plot: { x: number; y: number; width: number; height: number };
  labelX: number;
  rows: TornadoRowLayout[];
  /** The centre line (base value) at x, labelled above the rows. */
  centre: { x: number; label: string; labelY: number };
  xTicks: { x: number; label: string }[];
  legend: PlacedLegendEntry[];
}

export const TORNADO_SIZES: SizeDefaults = { screen: [640, 360], projector: [1280, 720] };

/** Lays out a tornado chart; rows sorted by swing (or size), every number finite. */
export function layoutTornado(data: TornadoData, options: TornadoOptions = {}): TornadoLayout {
  const lang = options.lang ?? 'zh-CN';
  const theme = chartTheme(options.density);
  const size = chartSize(options, theme.density, TORNADO_SIZES);
  const width = size.width;
  const id = options.id ?? 'tornado';
  const showTitle = options.showTitle ?? true;
  const title = pickText(data.title, lang);
  const swing = data.mode === 'swing';
  const base = usable(data.base) ? data.base : null;
  const maxRows = usable(options.maxRows) && options.maxRows >= 1 ? options.maxRows : 10;
  const rows = sortTornadoRows(data).slice(0, Math.floor(maxRows));

  const pad = theme.gap * 1.5;
  let top = pad + (showTitle ? theme.fontTitle * 1.3 : 0);
  const legendEntries: LegendEntry[] = swing
    ? [
        { swatch: { type: 'fill', fill: colors.down }, label: tIn(lang, 'chart.tornado.low') },
        { swatch: { type: 'fill', fill: colors.up }, label: tIn(lang, 'chart.tornado.high') },
      ]
    : [
        { swatch: { type: 'fill', fill: colors.up }, label: tIn(lang, 'chart.tornado.raises') },
        { swatch: { type: 'fill', fill: colors.down }, label: tIn(lang, 'chart.tornado.lowers') },
      ];
  const legend = flowLegend(legendEntries, pad, top, width - 2 * pad, theme);
  top += legend.height + theme.gap;
  const centreLabelY = top + theme.fontTick;
  top += theme.fontTick * 1.6;

  const fontValue = theme.fontTick;
  const barHeight = Math.round(fontValue * 1.35);
  const rowHeight = swing ? barHeight * 2 + theme.gap : barHeight + theme.gap;
  const axisHeight = theme.fontTick * 1.4 + theme.gap;
  const height = options.height
    ? size.height
    : Math.round(top + Math.max(1, rows.length) * rowHeight + axisHeight + pad);

  const labels = rows.map((r) => pickText(r.label, lang));
  const labelWidth = Math.min(
    width * 0.36,
    Math.max(0, ...labels.map((l) => textWidth(l, theme.fontLabel))),
  );
  const changes = rows.flatMap((r) => r.values);
  const valueLabel = (v: number): string => formatChange(v, data.unit, lang);
  const valueRoom =
    Math.max(0, ...changes.map((v) => textWidth(valueLabel(v), fontValue))) + theme.gap;
  const plot = {
    x: r2(pad + labelWidth + theme.gap * 1.5 + valueRoom),
    y: r2(top),
    width: 0,
    height: r2(Math.max(1, rows.length) * rowHeight),
  };
  plot.width = r2(Math.max(60, width - plot.x - valueRoom - pad));

  // Axis in absolute terms around the base, or in changes around zero.
  const origin = base ?? 0;
  let lo = Math.min(0, ...changes);
  let hi = Math.max(0, ...changes);
  if (hi - lo < 1e-9) {
    const span = data.unit === 'probability' ? 0.05 : 1;
    lo = -span;
    hi = span;
  }
  const x = scaleLinear()
    .domain([origin + lo, origin + hi])
    .nice(Math.max(2, Math.round(plot.width / (theme.fontTick * 6))))
    .range([plot.x, plot.x + plot.width]);
  const ticks = x.ticks(Math.max(2, Math.round(plot.width / (theme.fontTick * 6))));
  const step = ticks.length > 1 ? (ticks[1] ?? 1) - (ticks[0] ?? 0) : 1;
  const tickLabel = (v: number): string =>
    base !== null
      ? formatValue(v, data.unit, lang, data.unit === 'probability' ? 0 : tickDigits(step))
      : data.unit === 'probability'
        ? formatChange(v, data.unit, lang)
        : formatChange(v, data.unit, lang, tickDigits(step));
  const cx = r2(x(origin));

  const layoutRows: TornadoRowLayout[] = rows.map((row, i) => {
    const y0 = r2(plot.y + i * rowHeight);
    const bars = barsFor(
      row,
      swing,
      y0 + theme.gap / 2,
      barHeight,
      cx,
      (v) => r2(x(origin + v)),
      valueLabel,
      theme.gap * 0.75,
    );
    return {
      id: row.id,
      label: fitText(labels[i] ?? '', theme.fontLabel, labelWidth),
      y0,
      y1: r2(y0 + rowHeight),
      bars,
      tooltip: tornadoTooltip(row, data, base, lang),
    };
  });

  const emptyMessage = rows.length === 0 ? tIn(lang, 'chart.noData') : null;
  const baseName = data.baseLabel
    ? pickText(data.baseLabel, lang)
    : tIn(lang, 'chart.tornado.baseName');
  const centreLabel =
    base !== null ? `${baseName} ${formatValue(base, data.unit, lang)}` : baseName;
  return {
    kind: 'tornado',
    mode: data.mode,
    id,
    lang,
    theme,
    width,
    height,
    title,
    desc: emptyMessage
      ? tIn(lang, 'chart.noData.desc', { title })
      : tornadoDesc(title, rows, data, lang),
    showTitle,
    emptyMessage,
    plot,
    labelX: r2(pad),
    rows: layoutRows,
    centre: { x: cx, label: centreLabel, labelY: r2(centreLabelY) },
    xTicks: emptyMessage ? [] : ticks.map((v) => ({ x: r2(x(v)), label: tickLabel(v) })),
    legend: emptyMessage ? [] : legend.entries,
  };
}

/** The bars of one row: swing rows get −1 sd above and +1 sd below, signed rows one bar. */
function barsFor(
  row: TornadoRowClean,
  swing: boolean,
  top: number,
  barHeight: number,
  cx: number,
  xOf: (change: number) => number,
  label: (change: number) => string,
  gap: number,
): TornadoBar[] {
  const bar = (value: number, y: number, h: number, fill: string): TornadoBar => {
    const end = xOf(value);
    const right = end >= cx;
    return {
      x: Math.min(cx, end),
      y: r2(y),
      width: r2(Math.abs(end - cx)),
      height: r2(h),
      fill,
      label: label(value),
      labelX: r2(right ? end + gap : end - gap),
      labelAnchor: right ? 'start' : 'end',
    };
  };
  if (!swing) {
    const v = row.value ?? 0;
    return [bar(v, top, barHeight, v >= 0 ? colors.up : colors.down)];
  }
  const bars: TornadoBar[] = [];
  if (row.low !== null) bars.push(bar(row.low, top, barHeight, colors.down));
  if (row.high !== null) bars.push(bar(row.high, top + barHeight, barHeight, colors.up));
  return bars;
}
