import { formatTargetValue } from '../../../charts/format-value';
import { t } from '../../../i18n';
import { formatProbability, formatYtdPeriod } from '../../../i18n/format';
import { GROWTH_OUTPUT_IDS } from '../../../model/index.ts';
import { chartUnit, targetSpec } from '../../../present/chart-data';
import { formatOutputValue } from '../../../present/scene-text';
import { h } from '../../dom';
import { NO_HANDLE, type PanelContext, type PanelHandle } from './panel-context';

/**
 * What the remaining quarters must deliver for each headline target, given the first quarters:
 * the published figures when the scenario has them, else the scenario's medians, marked as
 * assumed. The chance is the engine's, under the scene's scenario.
 */
export function renderRequiredPanel(
  container: HTMLElement,
  quartersKnown: 1 | 2 | 3,
  ctx: PanelContext,
): PanelHandle {
  const { required, assumed } = ctx.results;
  if (!required) {
    container.replaceChildren(h('p', { class: 'present-panel__pending' }, t('present.running')));
    return NO_HANDLE;
  }
  const period = formatYtdPeriod(quartersKnown, ctx.lang);
  const rest = quartersKnown === 3 ? t('present.required.q4') : t('present.required.rest');
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, t('present.required.indicator')),
    h('th', { scope: 'col' }, t('present.required.target')),
    h('th', { scope: 'col' }, period),
    h(
      'th',
      { scope: 'col' },
      t(quartersKnown === 3 ? 'present.required.col.q4' : 'present.required.col.rest'),
    ),
    h('th', { scope: 'col' }, t('present.required.chance')),
  );
  let anyAssumed = false;
  const rows = GROWTH_OUTPUT_IDS.flatMap((id) => {
    const o = required.outputs.find((x) => x.id === id);
    const r = o?.required;
    if (!o || !r) return [];
    const known = o.quarters[quartersKnown - 1]?.actual ?? null;
    const from = assumed[id];
    if (from === 'median') anyAssumed = true;
    const need =
      r.required === null
        ? '—'
        : `${o.comparator === '≤' ? t('present.required.atMost') : ''}${formatOutputValue(r.required, o.unit, ctx.lang)}`;
    return [
      h(
        'tr',
        { 'data-output': id },
        h('th', { scope: 'row' }, ctx.lang === 'en' ? o.nameEn : o.nameZh),
        h('td', {}, formatTargetValue(targetSpec(ctx.plan, o), chartUnit(o) ?? '%', ctx.lang)),
        h(
          'td',
          { class: from === 'median' ? 'is-assumed' : '' },
          known === null ? '—' : formatOutputValue(known, o.unit, ctx.lang),
          from === 'median'
            ? h('span', { class: 'present-required__mark', 'aria-hidden': 'true' }, '*')
            : null,
        ),
        h('td', { class: 'present-required__need' }, need),
        h('td', {}, formatProbability(r.pAchieve, ctx.lang)),
      ),
    ];
  });
  container.replaceChildren(
    h('h3', { class: 'present-panel__heading' }, t('present.panel.required', { rest })),
    h('table', { class: 'present-required' }, h('thead', {}, head), h('tbody', {}, ...rows)),
    h(
      'p',
      { class: 'present-panel__source' },
      anyAssumed ? t('present.required.assumed', { period }) : t('present.required.entered'),
    ),
  );
  return NO_HANDLE;
}
