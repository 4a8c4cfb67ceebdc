/**
 * Matrix layout → standalone SVG string. Rows and columns carry `data-row` / `data-col`
 * attributes so that the page can find them (and tests can count them).
 */
import { emptyMessageSvg, chartTitleSvg } from './chart-heading-svg';
import type { MatrixLayout } from './matrix';
import { el, svgDocument, textEl } from './svg';
import { renderLegendEntries } from './swatch-legend';
import { colors } from './theme';

/** Renders the matrix as a standalone SVG document. */
export function renderMatrixSvg(layout: MatrixLayout): string {
  const { theme, grid } = layout;
  const body: string[] = [];
  if (layout.showTitle) body.push(chartTitleSvg(theme, layout.title));
  if (layout.emptyMessage !== null) {
    const at = { x: layout.width / 2, y: layout.height - theme.fontLabel * 1.5, middle: false };
    body.push(emptyMessageSvg(theme, at, layout.emptyMessage));
    return doc(layout, body);
  }
  body.push(renderLegendEntries(layout.legend, theme));

  const half = grid.cell / 2;
  const right = grid.x + grid.width;
  const bottom = grid.y + grid.height;
  // Highlights first, so that marks and lines sit on top of them.
  body.push(
    el(
      'g',
      { class: 'highlights' },
      ...layout.columns
        .filter((c) => c.highlighted)
        .map((c) =>
          el('rect', {
            x: c.x - half,
            y: layout.headerY - theme.fontTick,
            width: grid.cell,
            height: bottom - layout.headerY + theme.fontTick,
            fill: colors.highlight,
          }),
        ),
      ...layout.rows
        .filter((r) => r.selected)
        .map((r) =>
          el('rect', {
            x: layout.labelX - theme.gap / 2,
            y: r.y - half,
            width: right - layout.labelX + theme.gap / 2,
            height: grid.cell,
            fill: colors.selected,
          }),
        ),
    ),
  );
  const lines: string[] = [];
  for (let i = 0; i <= layout.rows.length; i += 1) {
    const y = grid.y + i * grid.cell;
    lines.push(el('line', { x1: grid.x, x2: right, y1: y, y2: y }));
  }
  for (let j = 0; j <= layout.columns.length; j += 1) {
    const x = grid.x + j * grid.cell;
    lines.push(el('line', { x1: x, x2: x, y1: grid.y, y2: bottom }));
  }
  body.push(
    el('g', { class: 'grid', stroke: colors.grid, 'stroke-width': theme.thinLine }, ...lines),
  );
  const separators = layout.rows
    .filter((r) => r.separatorAbove)
    .map((r) => el('line', { x1: layout.labelX, x2: right, y1: r.y - half, y2: r.y - half }));
  if (separators.length) {
    body.push(
      el(
        'g',
        { class: 'groups', stroke: colors.axis, 'stroke-width': theme.thinLine * 2 },
        ...separators,
      ),
    );
  }

  body.push(
    el(
      'g',
      { class: 'row-labels', 'font-size': theme.fontLabel, 'dominant-baseline': 'central' },
      ...layout.rows.map((r) =>
        textEl(
          'text',
          {
            'data-row': r.id,
            x: layout.labelX,
            y: r.y,
            fill: colors.ink,
            'font-weight': r.selected ? 700 : null,
          },
          r.label,
        ),
      ),
    ),
    el(
      'g',
      { class: 'col-labels', 'font-size': theme.fontTick },
      ...layout.columns.map((c) =>
        textEl(
          'text',
          {
            'data-col': c.id,
            x: c.x,
            y: layout.headerY,
            transform: `rotate(-45 ${c.x} ${layout.headerY})`,
            fill: colors.ink,
            'font-weight': c.highlighted ? 700 : null,
          },
          c.label,
        ),
      ),
    ),
  );

  const m = layout.marks;
  body.push(
    el(
      'g',
      { class: 'cells' },
      ...layout.cells.map((c) => {
        if (c.status === 'present') {
          return el('circle', { cx: c.cx, cy: c.cy, r: m.present, fill: colors.accent });
        }
        if (c.status === 'related') {
          return el('circle', {
            cx: c.cx,
            cy: c.cy,
            r: m.related,
            fill: colors.paper,
            stroke: colors.accent,
            'stroke-width': m.ringWidth,
          });
        }
        return el('circle', { cx: c.cx, cy: c.cy, r: m.absent, fill: colors.absent });
      }),
    ),
  );
  return doc(layout, body);
}

function doc(layout: MatrixLayout, body: string[]): string {
  return svgDocument({
    id: layout.id,
    width: layout.width,
    height: layout.height,
    title: layout.title,
    desc: layout.desc,
    lang: layout.lang,
    kind: 'matrix',
    body,
  });
}
