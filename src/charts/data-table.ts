/**
 * The text alternative every chart offers: the numbers behind it as a table, built by each
 * chart's `tableX(data, lang)` from the same data as the chart, and shown on demand.
 */
import { h } from '../ui/dom';
import { langRuns } from '../ui/lang-runs';

/** A chart's data as rows of formatted cells; the first cell of each row names the row. */
export interface ChartTable {
  caption: string;
  headers: string[];
  rows: string[][];
}

/**
 * Builds an accessible `<table>` (caption, column headers, row headers) from a chart table.
 * Text goes in as text nodes, so labels from files cannot inject markup; Chinese runs in them
 * (a scenario's name in English) are marked `lang="zh-CN"`.
 */
export function tableElement(table: ChartTable, className = 'chart-table'): HTMLTableElement {
  const head = h(
    'thead',
    {},
    h('tr', {}, ...table.headers.map((text) => h('th', { scope: 'col' }, ...langRuns(text)))),
  );
  const body = h(
    'tbody',
    {},
    ...table.rows.map((row) =>
      h(
        'tr',
        {},
        ...row.map((cell, i) =>
          i === 0 ? h('th', { scope: 'row' }, ...langRuns(cell)) : h('td', {}, ...langRuns(cell)),
        ),
      ),
    ),
  );
  return h('table', { class: className }, h('caption', {}, ...langRuns(table.caption)), head, body);
}
