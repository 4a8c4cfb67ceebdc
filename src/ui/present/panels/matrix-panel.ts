import { layoutMatrix } from '../../../charts/matrix';
import { mountMatrix } from '../../../charts/matrix-mount';
import { tableElement } from '../../../charts/data-table';
import { tableMatrix } from '../../../charts/matrix-table';
import { t } from '../../../i18n';
import { h } from '../../dom';
import { planMatrixData } from '../../plan/matrix-data';
import type { PanelContext, PanelHandle } from './panel-context';

/** The counties × industries matrix, with the scene's industry as the highlighted column. */
export function renderMatrixPanel(
  container: HTMLElement,
  industry: string | null,
  ctx: PanelContext,
): PanelHandle {
  const chart = h('div', { class: 'present-matrix', 'data-chart': 'matrix' });
  const data = planMatrixData(ctx.plan);
  // Its numbers as a table, on demand (not on the projected slide: see present.css).
  const table = h(
    'details',
    { class: 'present-panel__table' },
    h('summary', {}, t('wb.chart.table.show')),
    tableElement(tableMatrix(data, ctx.lang)),
  );
  container.replaceChildren(chart, table);
  const layout = layoutMatrix(data, {
    lang: ctx.lang,
    density: ctx.density,
    width: Math.max(320, Math.round(ctx.width)),
    highlightedColumn: industry,
    id: 'present-matrix',
  });
  const handle = mountMatrix(chart, layout, { onRowHover: ctx.hoverUnit });
  return {
    destroy: () => {
      handle.destroy();
      ctx.hoverUnit(null);
    },
  };
}
