/**
 * The text alternative every chart offers: the numbers behind it as a table, built by each
 * chart's `tableX(data, lang)` from the same data as the chart, and shown on demand.
 */
import { h } from '../ui/dom';

/** A chart's data as rows of formatted cells; the first cell of each row names the row. */
export interface ChartTable {
  caption: string;
  headers: string[];
  rows: string[][];
}

/**
 * Builds an accessible `<table>` (caption, column headers, row headers) from a chart table.
 * Text goes in as text nodes, so labels from files cannot inject markup.
 */
export function tableElement(table: ChartTable, className = 'chart-table'): HTMLTableElement {
  const head = h(
    'thead',
    {},
    h('tr', {}, ...table.headers.map((text) => h('th', { scope: 'col' }, text))),
  );
  const body = h(
    'tbody',
    {},
    ...table.rows.map((row) =>
      h(
        'tr',
        {},
        ...row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))),
      ),
    ),
  );
  return h('table', { class: className }, h('caption', {}, table.caption), head, body);
}
