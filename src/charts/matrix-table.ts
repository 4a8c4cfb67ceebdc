/**
 * The matrix as a table a screen reader can follow: one row per unit, listing the industries
 * in its plan and the related ones, each with the plan's own wording when it differs.
 * (A units × industries grid of symbols would be 11 × 20 cells of "●" and "○".)
 */
import { tIn, type Lang } from '../i18n';
import type { ChartTable } from './data-table';
import type { MatrixData, MatrixStatus } from './matrix';
import { pickText } from './text';
import { joinClauses, joinList, withNote } from '../i18n/format';

/** The matrix's data as a table: unit, industries in the plan, related industries. */
export function tableMatrix(data: MatrixData, lang: Lang): ChartTable {
  const title = pickText(data.title, lang);
  const columns = new Map((data.columns ?? []).map((c) => [c.id, c] as const));
  const seenRows = new Set<string>();
  const rows: string[][] = [];
  for (const row of data.rows ?? []) {
    if (seenRows.has(row.id)) continue;
    seenRows.add(row.id);
    const byStatus = (status: MatrixStatus): string => {
      const items: string[] = [];
      const seen = new Set<string>();
      for (const column of data.columns ?? []) {
        if (seen.has(column.id)) continue;
        const cells = (data.cells ?? []).filter(
          (c) => c.row === row.id && c.column === column.id && columns.has(c.column),
        );
        // Present wins over related, as in the chart.
        const best = cells.find((c) => c.status === 'present') ?? cells[0];
        if (!best || best.status !== status) continue;
        seen.add(column.id);
        const name = pickText(column.label, lang);
        const wording = (best.wording ?? [])
          .map((w) => pickText(w, lang))
          .filter((w) => w !== '' && w !== name);
        items.push(!wording.length ? name : withNote(name, joinList(wording, lang), lang));
      }
      return items.length ? joinClauses(items, lang) : '—';
    };
    rows.push([pickText(row.label, lang), byStatus('present'), byStatus('related')]);
  }
  return {
    caption: tIn(lang, 'chart.matrix.table.caption', { title }),
    headers: [
      tIn(lang, 'chart.matrix.unit'),
      tIn(lang, 'chart.matrix.present'),
      tIn(lang, 'chart.matrix.related'),
    ],
    rows,
  };
}
