/**
 * A small legend for a classed colour scale (the county choropleth): a title, a bar of equal
 * class boxes with the thresholds written between them, the words at the ends of a diverging
 * scale, and the no-data swatch. Layout and SVG string, like the charts; the map overlays it.
 */
import type { Lang } from '../i18n';
import type { ThresholdScale } from './color-scales';
import { r2 } from './numbers';
import { el, svgDocument, textEl } from './svg';
import { textWidth } from './text';
import { chartTheme, colors, type ChartDensity, type ChartTheme } from './theme';
import { joinClauses } from '../i18n/format';

export interface ScaleLegendOptions {
  lang?: Lang;
  density?: ChartDensity;
  /** Width in px; default 320 (screen) or 640 (projector). */
  width?: number;
  id?: string;
}

export interface ScaleLegendLayout {
  kind: 'legend';
  id: string;
  lang: Lang;
  theme: ChartTheme;
  width: number;
  height: number;
  title: string;
  desc: string;
  titleY: number;
  boxes: { x: number; y: number; width: number; height: number; color: string }[];
  ticks: { x: number; y: number; label: string }[];
  ends: { x: number; y: number; label: string; anchor: 'start' | 'end' }[];
  noData: { x: number; y: number; size: number; color: string; label: string; labelX: number };
}

/** Lays out a scale legend. Threshold labels that would collide are thinned (every other). */
export function layoutScaleLegend(
  scale: ThresholdScale,
  options: ScaleLegendOptions = {},
): ScaleLegendLayout {
  const lang = options.lang ?? 'zh-CN';
  const theme = chartTheme(options.density);
  const width =
    options.width && Number.isFinite(options.width) && options.width >= 120
      ? Math.min(options.width, 2000)
      : theme.density === 'projector'
        ? 640
        : 320;
  const pad = theme.gap;
  const font = theme.fontSmall;
  const titleY = pad + theme.fontLabel;
  const barY = titleY + theme.gap;
  const barH = Math.round(font * 1.3);
  const noDataW = barH + theme.gap / 2 + textWidth(scale.noData.label, font) + theme.gap;
  const barW = Math.max(60, width - 2 * pad - noDataW - theme.gap);
  const n = scale.colors.length;
  const boxW = barW / n;
  const boxes = scale.colors.map((color, i) => ({
    x: r2(pad + i * boxW),
    y: r2(barY),
    width: r2(boxW),
    height: barH,
    color,
  }));
  const tickY = barY + barH + theme.gap / 2 + font;
  const widest = Math.max(0, ...scale.thresholdLabels.map((l) => textWidth(l, font)));
  const every = widest + theme.gap / 2 > boxW ? 2 : 1;
  const ticks = scale.thresholdLabels.flatMap((label, i) =>
    i % every === 0 ? [{ x: r2(pad + (i + 1) * boxW), y: r2(tickY), label }] : [],
  );
  const endsY = tickY + font * 1.3;
  const ends = scale.endLabels
    ? [
        { x: r2(pad), y: r2(endsY), label: scale.endLabels[0], anchor: 'start' as const },
        { x: r2(pad + barW), y: r2(endsY), label: scale.endLabels[1], anchor: 'end' as const },
      ]
    : [];
  const height = Math.round((ends.length ? endsY : tickY) + pad);
  const ndX = pad + barW + theme.gap;
  return {
    kind: 'legend',
    id: options.id ?? 'legend',
    lang,
    theme,
    width,
    height,
    title: scale.title,
    desc: joinClauses([...scale.classes.map((c) => c.label), scale.noData.label], lang),
    titleY: r2(titleY),
    boxes,
    ticks,
    ends,
    noData: {
      x: r2(ndX),
      y: r2(barY),
      size: barH,
      color: scale.noData.color,
      label: scale.noData.label,
      labelX: r2(ndX + barH + theme.gap / 2),
    },
  };
}

/** Renders a scale legend as a standalone SVG document. */
export function renderScaleLegendSvg(layout: ScaleLegendLayout): string {
  const { theme } = layout;
  const font = theme.fontSmall;
  const nd = layout.noData;
  return svgDocument({
    id: layout.id,
    width: layout.width,
    height: layout.height,
    title: layout.title,
    desc: layout.desc,
    lang: layout.lang,
    kind: 'legend',
    body: [
      textEl(
        'text',
        { x: theme.gap, y: layout.titleY, 'font-size': theme.fontLabel, fill: colors.ink },
        layout.title,
      ),
      el(
        'g',
        { class: 'classes', stroke: colors.paper, 'stroke-width': 1 },
        ...layout.boxes.map((b) =>
          el('rect', { x: b.x, y: b.y, width: b.width, height: b.height, fill: b.color }),
        ),
      ),
      // An outline, so that the lightest class stays visible on white.
      outline(layout),
      el(
        'g',
        { 'font-size': font, fill: colors.ink, 'text-anchor': 'middle' },
        ...layout.ticks.map((t) => textEl('text', { x: t.x, y: t.y }, t.label)),
      ),
      ...layout.ends.map((e) =>
        textEl(
          'text',
          { x: e.x, y: e.y, 'font-size': font, fill: colors.inkMuted, 'text-anchor': e.anchor },
          e.label,
        ),
      ),
      el('rect', {
        x: nd.x,
        y: nd.y,
        width: nd.size,
        height: nd.size,
        fill: nd.color,
        stroke: colors.axis,
        'stroke-width': 1,
      }),
      textEl(
        'text',
        {
          x: nd.labelX,
          y: nd.y + nd.size / 2,
          'dominant-baseline': 'central',
          'font-size': font,
          fill: colors.ink,
        },
        nd.label,
      ),
    ],
  });
}

function outline(layout: ScaleLegendLayout): string {
  const first = layout.boxes[0];
  const last = layout.boxes[layout.boxes.length - 1];
  if (!first || !last) return '';
  return el('rect', {
    x: first.x,
    y: first.y,
    width: last.x + last.width - first.x,
    height: first.height,
    fill: 'none',
    stroke: colors.axis,
    'stroke-width': 1,
  });
}
