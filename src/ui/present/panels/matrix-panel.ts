import { layoutMatrix } from '../../../charts/matrix';
import { mountMatrix } from '../../../charts/matrix-mount';
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
  container.replaceChildren(chart);
  const layout = layoutMatrix(planMatrixData(ctx.plan), {
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
