/**
 * Fan chart layout → standalone SVG string (golden tests, SVG/PNG export, the handout, and the
 * markup that `fan-chart-mount.ts` puts on screen). It draws exactly what the layout says.
 */
import { emptyMessageSvg, chartTitleSvg } from './chart-heading-svg';
import type { FanChartLayout } from './fan-chart';
import { el, haloText, svgDocument, textEl } from './svg';
import { renderLegendEntries } from './swatch-legend';
import { colors } from './theme';

/** Renders a fan chart layout as a standalone SVG document. */
export function renderFanChartSvg(layout: FanChartLayout): string {
  const { theme, plot } = layout;
  const body: string[] = [];
  if (layout.showTitle) body.push(chartTitleSvg(theme, layout.title));
  if (layout.emptyMessage !== null) {
    const at = { x: layout.width / 2, y: plot.y + plot.height / 2, middle: true };
    body.push(emptyMessageSvg(theme, at, layout.emptyMessage));
    return doc(layout, body);
  }

  body.push(renderLegendEntries(layout.legend, theme));

  const right = plot.x + plot.width;
  body.push(
    el(
      'g',
      { class: 'grid', stroke: colors.grid, 'stroke-width': theme.thinLine },
      ...layout.yTicks.map((t) => el('line', { x1: plot.x, x2: right, y1: t.y, y2: t.y })),
    ),
  );
  if (layout.zeroY !== null) {
    body.push(
      el('line', {
        x1: plot.x,
        x2: right,
        y1: layout.zeroY,
        y2: layout.zeroY,
        stroke: colors.axis,
        'stroke-width': theme.thinLine * 1.5,
      }),
    );
  }
  body.push(
    el(
      'g',
      {
        class: 'y-axis',
        'font-size': theme.fontTick,
        fill: colors.inkMuted,
        'text-anchor': 'end',
        'dominant-baseline': 'central',
      },
      ...layout.yTicks.map((t) => textEl('text', { x: plot.x - theme.gap, y: t.y }, t.label)),
    ),
  );
  const axisY = plot.y + plot.height;
  body.push(
    el('line', {
      x1: plot.x,
      x2: right,
      y1: axisY,
      y2: axisY,
      stroke: colors.axis,
      'stroke-width': theme.thinLine,
    }),
    el(
      'g',
      { class: 'x-axis', fill: colors.ink, 'text-anchor': 'middle' },
      ...layout.xTicks.map((t) =>
        el(
          'text',
          { x: t.x, y: axisY + theme.gap + t.fontSize, 'font-size': t.fontSize },
          ...t.lines.map((line, i) =>
            textEl('tspan', { x: t.x, dy: i === 0 ? 0 : t.fontSize * 1.15 }, line),
          ),
        ),
      ),
    ),
  );

  body.push(
    el(
      'g',
      { class: 'bands' },
      ...layout.bands
        .filter((b) => b.d !== '')
        .map((b) =>
          el('path', {
            d: b.d,
            fill: b.fill,
            'fill-opacity': b.fillOpacity === 1 ? null : b.fillOpacity,
          }),
        ),
    ),
  );
  if (layout.target) {
    const t = layout.target;
    body.push(
      el(
        'g',
        { class: 'target' },
        el('line', {
          x1: plot.x,
          x2: right,
          y1: t.y,
          y2: t.y,
          stroke: colors.ink,
          'stroke-width': theme.lineWidth * 0.8,
          'stroke-dasharray': '7 5',
        }),
        !t.onLine
          ? ''
          : haloText(
              {
                x: t.onLine.x,
                y: t.onLine.y,
                'text-anchor': t.onLine.anchor,
                'font-size': theme.fontLabel,
                'font-weight': 700,
                fill: colors.ink,
              },
              t.label,
            ),
      ),
    );
  }
  body.push(
    el(
      'g',
      { class: 'medians', fill: 'none', 'stroke-linejoin': 'round', 'stroke-linecap': 'round' },
      ...layout.lines.map((l) =>
        el('path', {
          d: l.d,
          stroke: l.stroke,
          'stroke-width': l.width,
          'stroke-dasharray': l.dash,
        }),
      ),
    ),
    el(
      'g',
      { class: 'markers', 'stroke-width': theme.thinLine },
      ...layout.markers.map((m) =>
        el('path', {
          d: m.d,
          transform: `translate(${m.x},${m.y})`,
          fill: m.fill,
          stroke: m.stroke,
        }),
      ),
    ),
    el(
      'g',
      { class: 'actuals', 'stroke-width': theme.thinLine * 1.5 },
      ...layout.actuals.map((m) =>
        el('path', {
          d: m.d,
          transform: `translate(${m.x},${m.y})`,
          fill: m.fill,
          stroke: m.stroke,
        }),
      ),
    ),
  );
  return doc(layout, body);
}

function doc(layout: FanChartLayout, body: string[]): string {
  return svgDocument({
    id: layout.id,
    width: layout.width,
    height: layout.height,
    title: layout.title,
    desc: layout.desc,
    lang: layout.lang,
    kind: 'fan',
    body,
  });
}
