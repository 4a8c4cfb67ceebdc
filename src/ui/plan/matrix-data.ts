import type { MatrixData } from '../../charts/matrix';
import { industryMatrix, type PlanData } from '../../data/index.ts';
import { tIn } from '../../i18n';
import { industryHits } from './industry-model';

/**
 * The counties × industries matrix from the plan: rows are the units with a "3+X" list,
 * columns the shared terms they print. A cell is `present` when the unit plans the term or a
 * narrower one and `related` when it has only a broader label, exactly as the map highlights
 * a chosen industry (both read `industryHits`), with the plan's own wording.
 */
export function planMatrixData(data: PlanData): MatrixData {
  const { rows, columns } = industryMatrix(data);
  const inRows = new Set(rows.map((u) => u.adcode));
  const cells: MatrixData['cells'][number][] = [];
  for (const column of columns) {
    for (const hit of industryHits(data, column.id)) {
      if (!inRows.has(hit.adcode)) continue;
      cells.push({
        row: hit.adcode,
        column: column.id,
        status: hit.relation === 'exact' ? 'present' : 'related',
        wording: hit.labels.map((l) => ({ zh: l.label_zh, en: l.label_en })),
      });
    }
  }
  return {
    title: { zh: tIn('zh-CN', 'plan.matrix.title'), en: tIn('en', 'plan.matrix.title') },
    rows: rows.map((u) => ({
      id: u.adcode,
      label: { zh: u.name_zh, en: u.name_en },
      group: u.kind,
    })),
    columns: columns.map((c) => ({ id: c.id, label: { zh: c.name_zh, en: c.name_en } })),
    cells,
  };
}
