/**
 * The matrix in the page, linked both ways with the map:
 * - hovering a row (or moving the keyboard cursor onto it) calls `onRowHover(rowId)`, and
 *   `onRowHover(null)` when leaving, so the map can light up the county;
 * - clicking a row, or Enter/Space on it, calls `onRowClick(rowId)`;
 * - the map calls `setSelectedRow(rowId)` when a county is clicked there, and the industry
 *   view calls `setHighlightedColumn(colId)`.
 * Keyboard: the matrix is one tab stop; arrow keys move a cell cursor (Home/End: first/last
 * column), the tooltip shows the cell and the plan's wording, Esc hides it.
 */
import { select } from 'd3';
import {
  ChartTooltip,
  interactionLayer,
  layoutPoint,
  placeSvg,
  uniqueChartId,
  type ChartHandle,
} from './interaction';
import { withSelection, type MatrixLayout } from './matrix';
import { renderMatrixSvg } from './matrix-svg';
import { colors } from './theme';

export interface MatrixHandlers {
  onRowHover?: (rowId: string | null) => void;
  onRowClick?: (rowId: string) => void;
}

export interface MatrixHandle extends ChartHandle<MatrixLayout> {
  setSelectedRow(rowId: string | null): void;
  setHighlightedColumn(colId: string | null): void;
}

/** Mounts the matrix in `container`; see the file comment for the links with the map. */
export function mountMatrix(
  container: HTMLElement,
  layout: MatrixLayout,
  handlers: MatrixHandlers = {},
): MatrixHandle {
  const id = uniqueChartId('matrix');
  const tooltip = new ChartTooltip(container);
  let current = layout;
  let cursor: { row: number; col: number } | null = null;
  let hoveredRow: number | null = null;
  let replacing = false;
  let svg = draw();

  function rowId(i: number | null): string | null {
    return i === null ? null : (current.rows[i]?.id ?? null);
  }

  function setHoveredRow(i: number | null): void {
    if (i === hoveredRow) return;
    hoveredRow = i;
    handlers.onRowHover?.(rowId(i));
  }

  function draw(): SVGSVGElement {
    const el = placeSvg(container, renderMatrixSvg({ ...current, id }));
    const { grid } = current;
    const layer = interactionLayer(el, 'ArrowUp ArrowDown ArrowLeft ArrowRight Home End Enter');
    const rowMark = layer
      .append('rect')
      .attr('fill', 'none')
      .attr('stroke', colors.accent)
      .attr('stroke-width', 2)
      .attr('visibility', 'hidden');
    const cellMark = layer
      .append('rect')
      .attr('fill', 'none')
      .attr('stroke', colors.focus)
      .attr('stroke-width', 3)
      .attr('visibility', 'hidden');

    const show = (): void => {
      const r = cursor
        ? current.rows[cursor.row]
        : hoveredRow === null
          ? undefined
          : current.rows[hoveredRow];
      if (r) {
        rowMark
          .attr('x', current.labelX - 4)
          .attr('y', r.y - grid.cell / 2)
          .attr('width', grid.x + grid.width - current.labelX + 4)
          .attr('height', grid.cell)
          .attr('visibility', 'visible');
      } else rowMark.attr('visibility', 'hidden');
      const cell = cursor
        ? current.cells.find((c) => c.row === cursor?.row && c.column === cursor?.col)
        : undefined;
      if (cell) {
        cellMark
          .attr('x', cell.cx - grid.cell / 2)
          .attr('y', cell.cy - grid.cell / 2)
          .attr('width', grid.cell)
          .attr('height', grid.cell)
          .attr('visibility', 'visible');
        tooltip.show(cell.tooltip, el, cell.cx + grid.cell / 2, cell.cy, current.width);
      } else {
        cellMark.attr('visibility', 'hidden');
        tooltip.hide();
      }
    };
    const moveTo = (next: { row: number; col: number } | null): void => {
      cursor = next;
      setHoveredRow(next ? next.row : null);
      show();
    };
    const hitAt = (event: Event): { row: number; col: number | null } | null => {
      const [x, y] = layoutPoint(el, event);
      const row = Math.floor((y - grid.y) / grid.cell);
      if (row < 0 || row >= current.rows.length || x < current.labelX || x > grid.x + grid.width) {
        return null;
      }
      const col = Math.floor((x - grid.x) / grid.cell);
      return { row, col: col >= 0 && col < current.columns.length ? col : null };
    };

    select(el)
      .on('pointermove', (event: PointerEvent) => {
        const hit = hitAt(event);
        moveTo(hit && hit.col !== null ? { row: hit.row, col: hit.col } : null);
        if (hit && hit.col === null) {
          setHoveredRow(hit.row);
          show();
        }
      })
      .on('pointerleave', () => {
        if (document.activeElement !== el) moveTo(null);
        else setHoveredRow(cursor ? cursor.row : null);
      })
      .on('click', (event: MouseEvent) => {
        const hit = hitAt(event);
        const idOf = hit ? rowId(hit.row) : null;
        if (idOf !== null) handlers.onRowClick?.(idOf);
      })
      .on('focus', () => {
        if (cursor || current.rows.length === 0 || current.columns.length === 0) return;
        const selected = current.rows.findIndex((r) => r.selected);
        moveTo({ row: Math.max(0, selected), col: 0 });
      })
      .on('blur', () => {
        if (!replacing) moveTo(null);
      })
      .on('keydown', (event: KeyboardEvent) => {
        const rows = current.rows.length;
        const cols = current.columns.length;
        if (!cursor || rows === 0 || cols === 0) return;
        const { row, col } = cursor;
        const moves: Record<string, { row: number; col: number }> = {
          ArrowUp: { row: Math.max(0, row - 1), col },
          ArrowDown: { row: Math.min(rows - 1, row + 1), col },
          ArrowLeft: { row, col: Math.max(0, col - 1) },
          ArrowRight: { row, col: Math.min(cols - 1, col + 1) },
          Home: { row, col: 0 },
          End: { row, col: cols - 1 },
        };
        const next = moves[event.key];
        if (next) {
          event.preventDefault();
          moveTo(next);
        } else if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          const idOf = rowId(row);
          if (idOf !== null) handlers.onRowClick?.(idOf);
        } else if (event.key === 'Escape') {
          tooltip.hide();
        }
      });
    show();
    return el;
  }

  function redraw(next: MatrixLayout): void {
    const hadFocus = document.activeElement === svg;
    current = next;
    if (cursor && (cursor.row >= next.rows.length || cursor.col >= next.columns.length)) {
      cursor = null;
    }
    replacing = true;
    svg = draw();
    if (hadFocus) svg.focus({ preventScroll: true });
    replacing = false;
  }

  return {
    get svg() {
      return svg;
    },
    update: redraw,
    setSelectedRow(rowIdToSelect) {
      redraw(withSelection(current, rowIdToSelect, current.highlightedColumn));
    },
    setHighlightedColumn(colId) {
      redraw(withSelection(current, current.selectedRow, colId));
    },
    destroy() {
      svg.remove();
      tooltip.destroy();
    },
  };
}
