/**
 * A chart in a panel: a heading, the chart (laid out at the width it is shown at, so type stays
 * at its real size), a "data table" toggle (the chart's text alternative), PNG and SVG export,
 * and a note under it. One class for every chart of the workbench; the chart itself comes in as
 * its four steps (layout, mount, render, table) from src/charts.
 */
import { tableElement, type ChartTable } from '../../charts/data-table';
import { svgBlob, svgToPng } from '../../charts/export-image';
import type { ChartHandle } from '../../charts/interaction';
import { getLanguage, t, type Lang } from '../../i18n';
import { clear, h } from '../dom';
import { notices } from '../notices';

/** Layout options every chart takes. */
export interface PanelLayoutOptions {
  lang: Lang;
  width: number;
  height?: number;
  showTitle: boolean;
  density: 'screen' | 'projector';
}

/** A chart's four steps, as the panel uses them. */
export interface ChartSteps<D, L> {
  layout: (data: D, options: PanelLayoutOptions) => L;
  mount: (container: HTMLElement, layout: L) => ChartHandle<L>;
  render: (layout: L) => string;
  table: (data: D, lang: Lang) => ChartTable;
  /** Height for a width (charts whose height follows their content return undefined). */
  height?: (width: number) => number | undefined;
}

export interface ChartPanelOptions {
  /** Element id prefix; unique on the page. */
  id: string;
  className?: string;
  density?: 'screen' | 'projector';
  /** The exported file's name without extension. */
  fileName: () => string;
}

/** Width of exported images (layout px; the PNG is drawn at 2×). */
const EXPORT_WIDTH = 960;

export class ChartPanel<D, L> {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  readonly note: HTMLElement;
  private readonly body: HTMLElement;
  private readonly tableSlot: HTMLElement;
  private readonly tableButton: HTMLButtonElement;
  private readonly pngButton: HTMLButtonElement;
  private readonly svgButton: HTMLButtonElement;
  private handle: ChartHandle<L> | null = null;
  private data: D | null = null;
  private width = 0;
  private tableOpen = false;
  private readonly observer: ResizeObserver | null;

  constructor(
    private readonly steps: ChartSteps<D, L>,
    private readonly options: ChartPanelOptions,
  ) {
    this.heading = h('h2', { class: 'wb-section__title', id: `${options.id}-heading` });
    this.body = h('div', { class: 'wb-chart__body', id: `${options.id}-chart` });
    // The table scrolls (it can be taller or wider than the panel): its box takes focus so that
    // the keyboard can scroll it, and is a region named by the chart's heading.
    this.tableSlot = h('div', {
      class: 'wb-chart__table',
      id: `${options.id}-table`,
      hidden: true,
      tabindex: 0,
      role: 'region',
      'aria-labelledby': `${options.id}-heading`,
    });
    this.note = h('p', { class: 'wb-chart__note muted', 'aria-live': 'polite' });
    this.tableButton = h('button', {
      type: 'button',
      class: 'btn btn--ghost btn--small',
      'aria-expanded': 'false',
      'aria-controls': this.tableSlot.id,
      'data-action': 'table',
    });
    this.pngButton = h('button', {
      type: 'button',
      class: 'btn btn--ghost btn--small',
      'data-action': 'png',
    });
    this.svgButton = h('button', {
      type: 'button',
      class: 'btn btn--ghost btn--small',
      'data-action': 'svg',
    });
    this.tableButton.addEventListener('click', () => {
      this.tableOpen = !this.tableOpen;
      this.renderTable();
    });
    this.pngButton.addEventListener('click', () => void this.export('png'));
    this.svgButton.addEventListener('click', () => void this.export('svg'));
    this.element = h(
      'section',
      {
        class: `wb-section wb-chart ${options.className ?? ''}`.trim(),
        'aria-labelledby': this.heading.id,
      },
      h(
        'div',
        { class: 'wb-section__head' },
        this.heading,
        h('span', { class: 'wb-chart__tools' }, this.tableButton, this.pngButton, this.svgButton),
      ),
      this.body,
      this.note,
      this.tableSlot,
    );
    this.observer =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver((entries) => {
            const w = Math.round(entries[0]?.contentRect.width ?? 0);
            if (w <= 0 || Math.abs(w - this.width) <= 4) return;
            this.width = w;
            this.draw();
          })
        : null;
    this.observer?.observe(this.body);
    this.renderLabels();
  }

  /** Shows new data (null: nothing to draw yet). */
  update(data: D | null): void {
    this.data = data;
    this.draw();
    if (this.tableOpen) this.renderTable();
  }

  /** Re-renders labels and the chart in the current language. */
  render(): void {
    this.renderLabels();
    this.draw();
    if (this.tableOpen) this.renderTable();
  }

  /** The current chart as a standalone SVG document, title included (exports, handout). */
  exportSvg(): string | null {
    if (this.data === null) return null;
    const width = EXPORT_WIDTH;
    return this.steps.render(
      this.steps.layout(this.data, {
        lang: getLanguage(),
        width,
        height: this.steps.height?.(width),
        showTitle: true,
        density: this.options.density ?? 'screen',
      }),
    );
  }

  destroy(): void {
    this.observer?.disconnect();
    this.handle?.destroy();
    this.handle = null;
  }

  private renderLabels(): void {
    this.tableButton.textContent = t(
      this.tableOpen ? 'wb.chart.table.hide' : 'wb.chart.table.show',
    );
    this.tableButton.setAttribute('aria-expanded', String(this.tableOpen));
    const chart = this.heading.textContent ?? '';
    this.pngButton.textContent = t('wb.chart.png');
    this.svgButton.textContent = t('wb.chart.svg');
    this.pngButton.setAttribute('aria-label', t('wb.chart.png.label', { chart }));
    this.svgButton.setAttribute('aria-label', t('wb.chart.svg.label', { chart }));
  }

  private draw(): void {
    // The width comes from the ResizeObserver: reading clientWidth here would force a layout of
    // the whole page after every result (it was a quarter of the time per slider move).
    if (this.width <= 0) this.width = Math.round(this.body.clientWidth);
    const width = Math.max(320, this.width || 640);
    if (this.data === null) {
      this.handle?.destroy();
      this.handle = null;
      return;
    }
    const layout = this.steps.layout(this.data, {
      lang: getLanguage(),
      width,
      height: this.steps.height?.(width),
      showTitle: false,
      density: this.options.density ?? 'screen',
    });
    if (this.handle) this.handle.update(layout);
    else this.handle = this.steps.mount(this.body, layout);
    this.pngButton.disabled = false;
    this.svgButton.disabled = false;
    this.renderLabels();
  }

  private renderTable(): void {
    this.tableButton.textContent = t(
      this.tableOpen ? 'wb.chart.table.hide' : 'wb.chart.table.show',
    );
    this.tableButton.setAttribute('aria-expanded', String(this.tableOpen));
    this.tableSlot.hidden = !this.tableOpen;
    clear(this.tableSlot);
    if (this.tableOpen && this.data !== null)
      this.tableSlot.append(tableElement(this.steps.table(this.data, getLanguage())));
  }

  private async export(kind: 'png' | 'svg'): Promise<void> {
    const svg = this.exportSvg();
    if (!svg) return;
    try {
      const blob = kind === 'svg' ? svgBlob(svg) : await svgToPng(svg, { scale: 2 });
      saveBlob(blob, `${this.options.fileName()}.${kind}`);
    } catch (err) {
      notices().show({
        id: 'wb-export-failed',
        level: 'error',
        message: () =>
          t('wb.chart.export.failed', { detail: err instanceof Error ? err.message : String(err) }),
      });
    }
  }
}

/** Saves a blob as a file through a temporary `<a download>` (no network, CSP-safe). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
