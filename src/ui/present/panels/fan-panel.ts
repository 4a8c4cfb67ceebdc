import { layoutFanChart } from '../../../charts/fan-chart';
import { mountFanChart } from '../../../charts/fan-chart-mount';
import { tableFanChart } from '../../../charts/fan-chart-table';
import { tableElement } from '../../../charts/data-table';
import { t, tIn } from '../../../i18n';
import { fanData } from '../../../present/chart-data';
import { h } from '../../dom';
import { NO_HANDLE, type PanelContext, type PanelHandle } from './panel-context';
import { formatInteger } from '../../../i18n/format';

/** The fan chart of one indicator under the scene's scenario, optionally beside the plan's. */
export function renderFanPanel(
  container: HTMLElement,
  indicator: string,
  comparePlan: boolean,
  ctx: PanelContext,
): PanelHandle {
  const main = ctx.results.main;
  const scenarioKey = ctx.modified ? 'present.fan.whatif' : 'present.fan.scenario';
  const data = main
    ? fanData(
        ctx.plan,
        main,
        indicator,
        {
          scenario: { zh: tIn('zh-CN', scenarioKey), en: tIn('en', scenarioKey) },
          plan: { zh: tIn('zh-CN', 'present.fan.plan'), en: tIn('en', 'present.fan.plan') },
        },
        comparePlan ? ctx.results.plan : null,
      )
    : null;
  if (!data) {
    container.replaceChildren(h('p', { class: 'present-panel__pending' }, t('present.running')));
    return NO_HANDLE;
  }
  const chart = h('div', { class: 'present-fan', 'data-chart': 'fan' });
  const note = h(
    'p',
    { class: 'present-panel__source' },
    [
      t('present.samples', {
        count: formatInteger(main!.paths, ctx.lang),
      }),
      main!.final ? '' : t('present.coarse'),
    ]
      .filter(Boolean)
      .join(' · '),
  );
  // Its numbers as a table, on demand (not on the projected slide: see present.css).
  const table = h(
    'details',
    { class: 'present-panel__table' },
    h('summary', {}, t('wb.chart.table.show')),
    tableElement(tableFanChart(data, ctx.lang)),
  );
  container.replaceChildren(chart, note, table);
  const width = Math.max(320, Math.round(ctx.width));
  // As tall as the panel allows (less the note under the chart), at most 3:4.
  const height = Math.max(240, Math.round(Math.min(ctx.height - 56, width * 0.75)));
  const layout = layoutFanChart(data, {
    lang: ctx.lang,
    density: ctx.density,
    width,
    height,
    id: 'present-fan',
  });
  const handle = mountFanChart(chart, layout);
  return { destroy: () => handle.destroy() };
}
