/**
 * The categorical legend inside charts ("50% range", "Median", "Target", a scenario…):
 * swatches and labels laid out left to right, wrapping into rows within the chart width.
 * Each swatch repeats the mark's colour *and* its shape or dash, so that colour is never the
 * only cue.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye } from 'd3';
import { r2 } from './numbers';
import { el, textEl } from './svg';
import { textWidth } from './text';
import type { ChartTheme, MarkerShape } from './theme';
import { colors } from './theme';

/** What a legend entry shows before its label. */
export type Swatch =
  | { type: 'fill'; fill: string; opacity?: number; stroke?: string }
  | { type: 'line'; stroke: string; width: number; dash: string; marker?: MarkerShape }
  | {
      type: 'marker';
      marker: MarkerShape;
      fill: string;
      stroke: string;
      strokeWidth?: number;
      /** Marker area in px², when it must match the chart's marks; default the theme's. */
      area?: number;
    };

export interface LegendEntry {
  swatch: Swatch;
  label: string;
}

/** A legend entry placed: (x, y) is the left end of its swatch, on the row's centre line. */
export interface PlacedLegendEntry extends LegendEntry {
  x: number;
  y: number;
  labelX: number;
  /** Marker path centred on (0, 0), when the swatch has a marker. */
  markerD: string | null;
  swatchWidth: number;
  markerArea: number;
}

const shapes = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  wye: symbolWye,
  diamond: symbolDiamond,
} as const;

/** A marker path of `area` px² centred on (0, 0), rounded to 2 decimals. */
export function markerPath(shape: MarkerShape, area: number): string {
  return symbol(shapes[shape], area).digits(2)() ?? '';
}

/**
 * Places entries in rows from (x, y) within `maxWidth`; returns them and the height used.
 * `y` is the top of the first row.
 */
export function flowLegend(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  maxWidth: number,
  theme: ChartTheme,
): { entries: PlacedLegendEntry[]; height: number } {
  const rowHeight = Math.round(theme.fontLabel * 1.6);
  const swatchWidth = theme.swatch;
  const gapInside = theme.gap * 0.75;
  const gapBetween = theme.gap * 2.5;
  const placed: PlacedLegendEntry[] = [];
  let cx = x;
  let row = 0;
  for (const entry of entries) {
    const width = swatchWidth + gapInside + textWidth(entry.label, theme.fontLabel);
    if (cx > x && cx + width > x + maxWidth) {
      row += 1;
      cx = x;
    }
    const marker =
      entry.swatch.type === 'marker' || (entry.swatch.type === 'line' && entry.swatch.marker)
        ? markerPath(
            entry.swatch.type === 'marker'
              ? entry.swatch.marker
              : (entry.swatch.marker ?? 'circle'),
            entry.swatch.type === 'marker' && entry.swatch.area
              ? entry.swatch.area
              : theme.markerArea,
          )
        : null;
    placed.push({
      ...entry,
      x: r2(cx),
      y: r2(y + row * rowHeight + rowHeight / 2),
      labelX: r2(cx + swatchWidth + gapInside),
      markerD: marker,
      swatchWidth,
      markerArea: theme.markerArea,
    });
    cx += width + gapBetween;
  }
  return { entries: placed, height: entries.length === 0 ? 0 : (row + 1) * rowHeight };
}

/** SVG for placed legend entries. */
export function renderLegendEntries(
  entries: readonly PlacedLegendEntry[],
  theme: ChartTheme,
): string {
  if (entries.length === 0) return '';
  const parts = entries.map((e) => {
    const s = e.swatch;
    const cx = e.x + e.swatchWidth / 2;
    let mark: string;
    if (s.type === 'fill') {
      const h = theme.fontLabel * 0.9;
      mark = el('rect', {
        x: e.x,
        y: e.y - h / 2,
        width: e.swatchWidth,
        height: h,
        fill: s.fill,
        'fill-opacity': s.opacity,
        stroke: s.stroke,
      });
    } else if (s.type === 'line') {
      mark = [
        el('line', {
          x1: e.x,
          x2: e.x + e.swatchWidth,
          y1: e.y,
          y2: e.y,
          stroke: s.stroke,
          'stroke-width': s.width,
          'stroke-dasharray': s.dash,
        }),
        e.markerD
          ? el('path', { d: e.markerD, transform: `translate(${r2(cx)},${e.y})`, fill: s.stroke })
          : '',
      ]
        .filter(Boolean)
        .join('\n');
    } else {
      mark = el('path', {
        d: e.markerD ?? '',
        transform: `translate(${r2(cx)},${e.y})`,
        fill: s.fill,
        stroke: s.stroke,
        'stroke-width': s.strokeWidth,
      });
    }
    const label = textEl(
      'text',
      {
        x: e.labelX,
        y: e.y,
        'dominant-baseline': 'central',
        'font-size': theme.fontLabel,
        fill: colors.ink,
      },
      e.label,
    );
    return el('g', {}, mark, label);
  });
  return el('g', { class: 'legend' }, ...parts);
}
