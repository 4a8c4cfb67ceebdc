/**
 * The tornado's rows: cleaned (non-finite effects dropped), sorted by swing or size, and put
 * into words for tooltips and the chart's description.
 */
import { tIn, type Lang } from '../i18n';
import { formatChange, formatMagnitude, formatValue } from './format-value';
import { usable } from './numbers';
import { pickText, type LocalText } from './text';
import type { TooltipContent } from './tooltip-content';
import type { TornadoData } from './tornado';

/** A row ready to draw. Swing rows have `low`/`high`; signed rows have `value`. */
export interface TornadoRowClean {
  id: string;
  label: LocalText;
  low: number | null;
  high: number | null;
  value: number | null;
  /** The sort key: |high − low| (a missing side counts as no change), or |value|. */
  swing: number;
  /** The usable changes of the row, for the axis extent. */
  values: number[];
}

/**
 * Rows with at least one usable change, largest swing first; ties keep a stable order by id,
 * so that the same data always draws the same chart.
 */
export function sortTornadoRows(data: TornadoData): TornadoRowClean[] {
  const rows: TornadoRowClean[] =
    data.mode === 'swing'
      ? (data.drivers ?? []).map((d) => {
          const low = usable(d.low) ? d.low : null;
          const high = usable(d.high) ? d.high : null;
          return {
            id: String(d.id),
            label: d.label,
            low,
            high,
            value: null,
            swing: Math.abs((high ?? 0) - (low ?? 0)),
            values: [low, high].filter((v): v is number => v !== null),
          };
        })
      : (data.contributions ?? []).map((c) => {
          const value = usable(c.value) ? c.value : null;
          return {
            id: String(c.id),
            label: c.label,
            low: null,
            high: null,
            value,
            swing: Math.abs(value ?? 0),
            values: value === null ? [] : [value],
          };
        });
  return rows
    .filter((r) => r.values.length > 0)
    .sort((a, b) => b.swing - a.swing || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The tooltip of one row: each change, and the outcome it leads to when there is a base. */
export function tornadoTooltip(
  row: TornadoRowClean,
  data: TornadoData,
  base: number | null,
  lang: Lang,
): TooltipContent {
  const change = (v: number | null): string => {
    if (v === null) return '—';
    const text = formatChange(v, data.unit, lang);
    return base === null ? text : `${text} → ${formatValue(base + v, data.unit, lang)}`;
  };
  const rows =
    data.mode === 'swing'
      ? [
          { label: tIn(lang, 'chart.tornado.low'), value: change(row.low) },
          { label: tIn(lang, 'chart.tornado.high'), value: change(row.high) },
          {
            label: tIn(lang, 'chart.tornado.swing'),
            value: formatMagnitude(row.swing, data.unit, lang),
          },
        ]
      : [{ label: tIn(lang, 'chart.tornado.contribution'), value: change(row.value) }];
  return { title: pickText(row.label, lang), rows };
}

/** The chart's description: the most influential row and how many there are. */
export function tornadoDesc(
  title: string,
  rows: readonly TornadoRowClean[],
  data: TornadoData,
  lang: Lang,
): string {
  const first = rows[0];
  const head = tIn(lang, 'chart.desc.title', { title });
  if (!first) return head;
  const sep = lang === 'en' ? ' ' : '';
  const body =
    data.mode === 'swing'
      ? tIn(lang, 'chart.tornado.desc.swing', {
          first: pickText(first.label, lang),
          swing: formatMagnitude(first.swing, data.unit, lang),
          count: rows.length,
        })
      : tIn(lang, 'chart.tornado.desc.signed', {
          first: pickText(first.label, lang),
          value: formatChange(first.value ?? 0, data.unit, lang),
          count: rows.length,
        });
  return head + sep + body;
}
