import { tableElement } from '../../charts/data-table';
import { layoutMatrix, type MatrixData } from '../../charts/matrix';
import { mountMatrix, type MatrixHandle } from '../../charts/matrix-mount';
import { tableMatrix } from '../../charts/matrix-table';
import type { PlanData } from '../../data/index.ts';
import { getLanguage, t } from '../../i18n';
import { clear, h } from '../dom';
import { planMatrixData } from './matrix-data';

export interface IndustryDrawerHandlers {
  onRowHover: (adcode: string | null) => void;
  onRowClick: (adcode: string) => void;
  onClose: () => void;
}

/**
 * The counties × industries matrix in a drawer under the map, linked both ways with it:
 * hovering a row lights the county up on the map, clicking a row selects it, and a county
 * selected on the map selects its row. The chosen industry is the highlighted column.
 */
export class IndustryDrawer {
  readonly element: HTMLElement;
  private readonly chart: HTMLElement;
  private readonly table: HTMLElement;
  private readonly data: MatrixData;
  private handle: MatrixHandle | null = null;
  private selectedRow: string | null = null;
  private column: string | null = null;

  constructor(
    plan: PlanData,
    private readonly handlers: IndustryDrawerHandlers,
  ) {
    this.data = planMatrixData(plan);
    this.chart = h('div', { class: 'industry-drawer__chart', 'data-chart': 'matrix' });
    this.table = h('div', { class: 'industry-drawer__table' });
    this.element = h('section', {
      class: 'industry-drawer',
      id: 'industry-drawer',
      hidden: true,
      'aria-labelledby': 'industry-drawer-title',
    });
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  show(): void {
    if (this.open) return;
    this.element.hidden = false;
    this.render();
  }

  hide(): void {
    this.element.hidden = true;
    this.handle?.destroy();
    this.handle = null;
    this.handlers.onRowHover(null);
  }

  setSelectedRow(adcode: string | null): void {
    this.selectedRow = adcode;
    this.handle?.setSelectedRow(adcode);
  }

  setHighlightedColumn(industryId: string | null): void {
    this.column = industryId;
    this.handle?.setHighlightedColumn(industryId);
  }

  /**
   * The matrix is laid out at the size it is shown, so its type keeps the theme's size. Its
   * height follows its width, so the width is capped by the window's height: the seven rows
   * then fit in the drawer and leave the map room (720 px at 800 px high, ~970 at 1080).
   */
  private layoutWidth(): number {
    const available = Math.max(480, this.element.clientWidth - 32 || 720);
    const width = Math.round(Math.min(available, Math.max(720, window.innerHeight * 0.9)));
    this.chart.style.maxWidth = `${width}px`;
    return width;
  }

  /** Lays the matrix out again (language switch, first show). */
  render(): void {
    if (!this.open) return;
    const lang = getLanguage();
    const close = h(
      'button',
      { type: 'button', class: 'panel__close', 'aria-label': t('plan.matrix.close') },
      '×',
    );
    close.addEventListener('click', () => this.handlers.onClose());
    clear(this.table);
    this.table.append(
      h(
        'details',
        {},
        h('summary', {}, t('plan.matrix.table')),
        tableElement(tableMatrix(this.data, lang)),
      ),
    );
    const layout = layoutMatrix(this.data, {
      lang,
      showTitle: false,
      width: this.layoutWidth(),
      selectedRow: this.selectedRow,
      highlightedColumn: this.column,
    });
    if (this.handle) this.handle.update(layout);
    else {
      this.handle = mountMatrix(this.chart, layout, {
        onRowHover: (row) => this.handlers.onRowHover(row),
        onRowClick: (row) => this.handlers.onRowClick(row),
      });
    }
    if (!this.element.contains(this.chart)) {
      this.element.append(
        close,
        h(
          'div',
          { class: 'industry-drawer__head' },
          h('h2', { class: 'industry-drawer__title', id: 'industry-drawer-title' }),
          h('p', { class: 'muted small industry-drawer__note' }),
        ),
        this.chart,
        this.table,
      );
    }
    this.element.querySelector('.panel__close')?.replaceWith(close);
    const title = this.element.querySelector('.industry-drawer__title');
    if (title) title.textContent = t('plan.matrix.title');
    const note = this.element.querySelector('.industry-drawer__note');
    if (note) note.textContent = t('plan.matrix.note');
  }
}
