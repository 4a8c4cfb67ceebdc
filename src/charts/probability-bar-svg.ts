/**
 * Probability bar layout → standalone SVG string.
 */
import type { ProbabilityBarLayout } from './probability-bar';
import { el, svgDocument, textEl } from './svg';
import { colors } from './theme';

/** Renders a probability bar as a standalone SVG document. */
export function renderProbabilityBarSvg(layout: ProbabilityBarLayout): string {
  const { theme } = layout;
  const body: string[] = [];
  if (layout.showTitle) {
    body.push(
      textEl(
        'text',
        {
          x: layout.caption.x,
          y: layout.titleY,
          'font-size': theme.fontLabel,
          'font-weight': 700,
          fill: colors.ink,
        },
        layout.title,
      ),
    );
  }
  body.push(
    textEl(
      'text',
      {
        x: layout.caption.x,
        y: layout.caption.y,
        'font-size': theme.fontSmall,
        fill: colors.inkMuted,
      },
      layout.caption.text,
    ),
    textEl(
      'text',
      {
        class: 'probability',
        x: layout.big.x,
        y: layout.big.y,
        'font-size': layout.big.fontSize,
        'font-weight': 700,
        fill: layout.big.color,
      },
      layout.big.text,
    ),
    textEl(
      'text',
      {
        class: 'band',
        x: layout.band.x,
        y: layout.band.y,
        'font-size': theme.fontLabel,
        'font-weight': 700,
        fill: layout.band.color,
      },
      layout.band.text,
    ),
    el(
      'g',
      { class: 'bands' },
      ...layout.segments.map((s) =>
        el('rect', { x: s.x, y: s.y, width: s.width, height: s.height, fill: s.fill }),
      ),
    ),
  );
  if (layout.marker) {
    const m = layout.marker;
    body.push(
      el(
        'g',
        { class: 'marker', fill: colors.ink },
        el('line', {
          x1: m.x,
          x2: m.x,
          y1: m.y0,
          y2: m.y1,
          stroke: colors.ink,
          'stroke-width': theme.thinLine * 3,
        }),
        el('path', { d: m.d, transform: `translate(${m.x},${m.y0})` }),
      ),
    );
  }
  body.push(
    el(
      'g',
      { class: 'ticks', 'font-size': theme.fontSmall, fill: colors.inkMuted },
      ...layout.ticks.map((t) =>
        textEl('text', { x: t.x, y: t.y, 'text-anchor': t.anchor }, t.label),
      ),
    ),
    el(
      'g',
      { class: 'details', 'font-size': theme.fontLabel, fill: colors.ink },
      ...layout.details.map((d) => textEl('text', { x: d.x, y: d.y }, d.text)),
    ),
  );
  return svgDocument({
    id: layout.id,
    width: layout.width,
    height: layout.height,
    title: layout.title,
    desc: layout.desc,
    lang: layout.lang,
    kind: 'probability',
    body,
  });
}
