/**
 * Tornado layout → standalone SVG string. Draws exactly what the layout says.
 */
import { emptyMessageSvg, chartTitleSvg } from './chart-heading-svg';
import { el, svgDocument, textEl } from './svg';
import { renderLegendEntries } from './swatch-legend';
import { colors } from './theme';
import type { TornadoLayout } from './tornado';

/** Renders a tornado layout as a standalone SVG document. */
export function renderTornadoSvg(layout: TornadoLayout): string {
  const { theme, plot } = layout;
  const body: string[] = [];
  if (layout.showTitle) body.push(chartTitleSvg(theme, layout.title));
  if (layout.emptyMessage !== null) {
    const at = { x: layout.width / 2, y: plot.y + plot.height / 2, middle: true };
    body.push(emptyMessageSvg(theme, at, layout.emptyMessage));
    return doc(layout, body);
  }
  body.push(renderLegendEntries(layout.legend, theme));

  const bottom = plot.y + plot.height;
  body.push(
    el(
      'g',
      { class: 'grid', stroke: colors.grid, 'stroke-width': theme.thinLine },
      ...layout.xTicks.map((t) => el('line', { x1: t.x, x2: t.x, y1: plot.y, y2: bottom })),
    ),
    el('line', {
      x1: plot.x,
      x2: plot.x + plot.width,
      y1: bottom,
      y2: bottom,
      stroke: colors.axis,
      'stroke-width': theme.thinLine,
    }),
    el(
      'g',
      {
        class: 'x-axis',
        'font-size': theme.fontTick,
        fill: colors.inkMuted,
        'text-anchor': 'middle',
      },
      ...layout.xTicks.map((t) =>
        textEl('text', { x: t.x, y: bottom + theme.gap + theme.fontTick }, t.label),
      ),
    ),
  );

  body.push(
    el(
      'g',
      { class: 'rows' },
      ...layout.rows.map((row) =>
        el(
          'g',
          { 'data-row': row.id },
          textEl(
            'text',
            {
              x: layout.labelX,
              y: (row.y0 + row.y1) / 2,
              'dominant-baseline': 'central',
              'font-size': theme.fontLabel,
              fill: colors.ink,
            },
            row.label,
          ),
          ...row.bars.map((bar) =>
            el(
              'g',
              {},
              el('rect', {
                x: bar.x,
                y: bar.y,
                width: bar.width,
                height: bar.height,
                fill: bar.fill,
              }),
              textEl(
                'text',
                {
                  x: bar.labelX,
                  y: bar.y + bar.height / 2,
                  'text-anchor': bar.labelAnchor,
                  'dominant-baseline': 'central',
                  'font-size': theme.fontTick,
                  fill: colors.ink,
                },
                bar.label,
              ),
            ),
          ),
        ),
      ),
    ),
  );

  const c = layout.centre;
  body.push(
    el('line', {
      class: 'centre',
      x1: c.x,
      x2: c.x,
      y1: plot.y - theme.gap / 2,
      y2: bottom,
      stroke: colors.ink,
      'stroke-width': theme.thinLine * 2,
    }),
    textEl(
      'text',
      {
        x: c.x,
        y: c.labelY,
        'text-anchor': 'middle',
        'font-size': theme.fontTick,
        'font-weight': 700,
        fill: colors.ink,
      },
      c.label,
    ),
  );
  return doc(layout, body);
}

function doc(layout: TornadoLayout, body: string[]): string {
  return svgDocument({
    id: layout.id,
    width: layout.width,
    height: layout.height,
    title: layout.title,
    desc: layout.desc,
    lang: layout.lang,
    kind: 'tornado',
    body,
  });
}
