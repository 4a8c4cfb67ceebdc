import { headlineTargets } from '../../../data/index.ts';
import { t } from '../../../i18n';
import { h } from '../../dom';
import { formatTargetValue } from '../../plan/target-format';
import { NO_HANDLE, type PanelContext, type PanelHandle } from './panel-context';

/** The quantified headline targets, each as the report words it (plan data only). */
export function renderTargetsPanel(container: HTMLElement, ctx: PanelContext): PanelHandle {
  const en = ctx.lang === 'en';
  const items = headlineTargets(ctx.plan).map((target) =>
    h(
      'li',
      { class: 'present-targets__item', 'data-target': target.id },
      h('span', { class: 'present-targets__name' }, en ? target.name_en : target.name_zh),
      h('strong', { class: 'present-targets__value' }, formatTargetValue(target, ctx.lang) ?? ''),
    ),
  );
  container.replaceChildren(
    h('h3', { class: 'present-panel__heading' }, t('present.panel.targets')),
    h('ol', { class: 'present-targets' }, ...items),
    h('p', { class: 'present-panel__source' }, t('present.panel.targets.source')),
  );
  return NO_HANDLE;
}
