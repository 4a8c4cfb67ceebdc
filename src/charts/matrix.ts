/**
 * Counties × industries matrix (issue 3): rows are the 11 county-level units, columns the
 * industries of the shared vocabulary. A cell is *present* (the unit's plan names the
 * industry: a filled disc), *related* (a broader label of the plan maps to it, e.g. 食品医药 →
 * pharmaceuticals: a ring) or *absent* (a faint dot). Shape, not only colour, tells them apart.
 * The unit's own wording is in each cell's tooltip and in the table.
 *
 * The selected row and the highlighted column are part of the layout, so that an exported or
 * printed matrix shows them too. `matrix-svg.ts` renders, `matrix-mount.ts` links with the map,
 * `matrix-table.ts` is the text alternative.
 */
import { tIn, type Lang } from '../i18n';
import { r2, usable } from './numbers';
import { flowLegend, type PlacedLegendEntry } from './swatch-legend';
import { fitText, pickText, textWidth, type LocalText } from './text';
import { chartTheme, colors, type ChartDensity, type ChartTheme } from './theme';
import type { TooltipContent } from './tooltip-content';
import { joinList } from '../i18n/format';

export interface MatrixRow {
  id: string;
  label: LocalText;
  /** Rows with different groups (e.g. 市辖区 / 县) get a separator between them. */
  group?: string;
}

export interface MatrixColumn {
  id: string;
  label: LocalText;
}

export type MatrixStatus = 'present' | 'related';

/** A non-empty cell; cells not listed are absent. */
export interface MatrixCell {
  row: string;
  column: string;
  status: MatrixStatus;
  /** The plan's wording for this industry in this unit, as printed (one or more labels). */
  wording?: readonly LocalText[];
}

export interface MatrixData {
  title: LocalText;
  rows: readonly MatrixRow[];
  columns: readonly MatrixColumn[];
  cells: readonly MatrixCell[];
}

export interface MatrixOptions {
  lang?: Lang;
  density?: ChartDensity;
  /** Target width in px; the matrix grows wider when the columns need it. Default 720 / 1280. */
  width?: number;
  id?: string;
  showTitle?: boolean;
  selectedRow?: string | null;
  highlightedColumn?: string | null;
}

export interface MatrixCellLayout {
  row: number;
  column: number;
  cx: number;
  cy: number;
  status: MatrixStatus | 'absent';
  tooltip: TooltipContent;
}

export interface MatrixLayout {
  kind: 'matrix';
  id: string;
  lang: Lang;
  theme: ChartTheme;
  width: number;
  height: number;
  title: string;
  desc: string;
  showTitle: boolean;
  emptyMessage: string | null;
  legend: PlacedLegendEntry[];
  grid: { x: number; y: number; cell: number; width: number; height: number };
  rows: { id: string; label: string; y: number; selected: boolean; separatorAbove: boolean }[];
  columns: { id: string; label: string; x: number; highlighted: boolean }[];
  labelX: number;
  headerY: number;
  cells: MatrixCellLayout[];
  /** Mark sizes: disc radius, ring radius and stroke, dot radius. */
  marks: { present: number; related: number; ringWidth: number; absent: number };
  selectedRow: string | null;
  highlightedColumn: string | null;
}

const SIN45 = Math.SQRT1_2;

/** Lays out the matrix; duplicate or unknown ids in cells are ignored. */
export function layoutMatrix(data: MatrixData, options: MatrixOptions = {}): MatrixLayout {
  const lang = options.lang ?? 'zh-CN';
  const theme = chartTheme(options.density);
  const id = options.id ?? 'matrix';
  const showTitle = options.showTitle ?? true;
  const title = pickText(data.title, lang);
  const rows = dedupe(data.rows ?? []);
  const columns = dedupe(data.columns ?? []);
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const colIndex = new Map(columns.map((c, i) => [c.id, i]));
  const target = usable(options.width) && options.width >= 200 ? Math.min(options.width, 4000) : 0;
  const width0 = target || (theme.density === 'projector' ? 1280 : 720);
  const pad = theme.gap * 1.5;

  let top = pad + (showTitle ? theme.fontTitle * 1.3 : 0);
  // Legend marks as drawn in the grid, capped to the legend's row height.
  const legendR = theme.fontLabel * 0.55;
  const legendMark = (fill: string, stroke: string, area: number, strokeWidth?: number) =>
    ({ type: 'marker', marker: 'circle', fill, stroke, strokeWidth, area }) as const;
  const legend = flowLegend(
    [
      {
        swatch: legendMark(colors.accent, colors.accent, Math.PI * legendR ** 2),
        label: tIn(lang, 'chart.matrix.present'),
      },
      {
        swatch: legendMark(colors.paper, colors.accent, Math.PI * (legendR * 0.85) ** 2, 2),
        label: tIn(lang, 'chart.matrix.related'),
      },
      {
        swatch: legendMark(colors.absent, colors.absent, Math.PI * (legendR * 0.3) ** 2),
        label: tIn(lang, 'chart.matrix.absent'),
      },
    ],
    pad,
    top,
    width0 - 2 * pad,
    theme,
  );
  top += legend.height + theme.gap;

  const font = theme.fontLabel;
  const rowLabels = rows.map((r) => pickText(r.label, lang));
  const labelW = Math.min(width0 * 0.3, Math.max(0, ...rowLabels.map((l) => textWidth(l, font))));
  const colLabels = columns.map((c) =>
    fitText(pickText(c.label, lang), theme.fontTick, theme.fontTick * 11),
  );
  const colW = Math.max(0, ...colLabels.map((l) => textWidth(l, theme.fontTick)));
  const gridX = pad + labelW + theme.gap;
  const minCell = Math.round(theme.fontTick * 1.7);
  const maxCell = Math.round(theme.fontTick * 3.2);
  const n = Math.max(1, columns.length);
  const fitted = (width0 - gridX - pad - colW * SIN45 * 0.6) / n;
  const cell = Math.round(Math.min(maxCell, Math.max(minCell, fitted)));
  const headerH = colW * SIN45 + theme.fontTick;
  const headerY = r2(top + headerH);
  const gridY = headerY + theme.gap / 2;
  const gridW = columns.length * cell;
  const gridH = rows.length * cell;
  // Rotated labels lean right: the last column's label may reach past the grid.
  const overhang = Math.max(
    0,
    ...colLabels.map((l, i) => (i + 0.5) * cell + textWidth(l, theme.fontTick) * SIN45 - gridW),
  );
  const width = Math.round(Math.max(width0, gridX + gridW + overhang + pad));
  const height = Math.round(gridY + gridH + pad);

  const selectedRow =
    options.selectedRow && rowIndex.has(options.selectedRow) ? options.selectedRow : null;
  const highlightedColumn =
    options.highlightedColumn && colIndex.has(options.highlightedColumn)
      ? options.highlightedColumn
      : null;

  const status = new Map<string, MatrixCell>();
  for (const c of data.cells ?? []) {
    if (!rowIndex.has(c.row) || !colIndex.has(c.column)) continue;
    const key = `${c.row}\u0000${c.column}`;
    // A unit that both names an industry and implies it through a broader label: present wins.
    const prev = status.get(key);
    if (!prev || (prev.status === 'related' && c.status === 'present')) status.set(key, c);
  }

  const cells: MatrixCellLayout[] = [];
  rows.forEach((row, i) => {
    columns.forEach((col, j) => {
      const c = status.get(`${row.id}\u0000${col.id}`);
      const st = c?.status ?? 'absent';
      const wording = (c?.wording ?? []).map((w) => pickText(w, lang)).filter((w) => w !== '');
      cells.push({
        row: i,
        column: j,
        cx: r2(gridX + (j + 0.5) * cell),
        cy: r2(gridY + (i + 0.5) * cell),
        status: st,
        tooltip: {
          title: `${rowLabels[i] ?? ''} · ${pickText(col.label, lang)}`,
          rows: [
            { label: tIn(lang, `chart.matrix.${st}`), value: '' },
            ...(wording.length
              ? [
                  {
                    label: tIn(lang, 'chart.matrix.wording', {
                      text: joinList(wording, lang),
                    }),
                    value: '',
                  },
                ]
              : []),
          ],
        },
      });
    });
  });

  const present = cells.filter((c) => c.status === 'present').length;
  const related = cells.filter((c) => c.status === 'related').length;
  const empty = rows.length === 0 || columns.length === 0;
  return {
    kind: 'matrix',
    id,
    lang,
    theme,
    width,
    height: empty ? Math.round(top + theme.fontLabel * 3) : height,
    title,
    desc: empty
      ? tIn(lang, 'chart.noData.desc', { title })
      : tIn(lang, 'chart.desc.title', { title }) +
        (lang === 'en' ? ' ' : '') +
        tIn(lang, 'chart.matrix.desc', {
          rows: rows.length,
          columns: columns.length,
          present,
          related,
        }),
    showTitle,
    emptyMessage: empty ? tIn(lang, 'chart.noData') : null,
    legend: empty ? [] : legend.entries,
    grid: { x: r2(gridX), y: r2(gridY), cell, width: gridW, height: gridH },
    rows: rows.map((r, i) => ({
      id: r.id,
      label: fitText(rowLabels[i] ?? '', font, labelW),
      y: r2(gridY + (i + 0.5) * cell),
      selected: r.id === selectedRow,
      separatorAbove: i > 0 && (r.group ?? '') !== (rows[i - 1]?.group ?? ''),
    })),
    columns: columns.map((c, j) => ({
      id: c.id,
      label: colLabels[j] ?? '',
      x: r2(gridX + (j + 0.5) * cell),
      highlighted: c.id === highlightedColumn,
    })),
    labelX: r2(pad),
    headerY,
    cells,
    marks: {
      present: r2(cell * 0.3),
      related: r2(cell * 0.26),
      ringWidth: r2(Math.max(2, cell * 0.08)),
      absent: r2(Math.max(1.5, cell * 0.06)),
    },
    selectedRow,
    highlightedColumn,
  };
}

/**
 * The same matrix with another selected row and highlighted column (unknown ids clear them):
 * what `setSelectedRow` / `setHighlightedColumn` redraw, without laying out again.
 */
export function withSelection(
  layout: MatrixLayout,
  selectedRow: string | null,
  highlightedColumn: string | null,
): MatrixLayout {
  const row = layout.rows.some((r) => r.id === selectedRow) ? selectedRow : null;
  const col = layout.columns.some((c) => c.id === highlightedColumn) ? highlightedColumn : null;
  return {
    ...layout,
    selectedRow: row,
    highlightedColumn: col,
    rows: layout.rows.map((r) => ({ ...r, selected: r.id === row })),
    columns: layout.columns.map((c) => ({ ...c, highlighted: c.id === col })),
  };
}

/** First occurrence of each id wins; ids are compared as strings. */
function dedupe<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = String(item.id);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
