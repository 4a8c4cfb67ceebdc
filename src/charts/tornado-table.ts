/**
 * The tornado as a data table: every row (not only the drawn ones), in the chart's order.
 */
import { tIn, type Lang } from '../i18n';
import type { ChartTable } from './data-table';
import { formatChange, formatMagnitude } from './format-value';
import { pickText } from './text';
import type { TornadoData } from './tornado';
import { sortTornadoRows } from './tornado-rows';

/** The tornado's data as a table: swing mode lists −1 sd, +1 sd and swing per driver. */
export function tableTornado(data: TornadoData, lang: Lang): ChartTable {
  const title = pickText(data.title, lang);
  const rows = sortTornadoRows(data);
  const change = (v: number | null): string =>
    v === null ? '—' : formatChange(v, data.unit, lang);
  const caption = tIn(lang, 'chart.tornado.table.caption', { title });
  if (data.mode === 'swing') {
    return {
      caption,
      headers: [
        tIn(lang, 'chart.tornado.driver'),
        tIn(lang, 'chart.tornado.low'),
        tIn(lang, 'chart.tornado.high'),
        tIn(lang, 'chart.tornado.swing'),
      ],
      rows: rows.map((r) => [
        pickText(r.label, lang),
        change(r.low),
        change(r.high),
        formatMagnitude(r.swing, data.unit, lang),
      ]),
    };
  }
  return {
    caption,
    headers: [tIn(lang, 'chart.tornado.driver'), tIn(lang, 'chart.tornado.contribution')],
    rows: rows.map((r) => [pickText(r.label, lang), change(r.value)]),
  };
}
