/**
 * The "what changed" list in the page: one item per difference between A and the scenario it
 * is compared with, label and change apart so the eye finds the numbers.
 */
import type { PlanData } from '../../data/index.ts';
import { getLanguage, t } from '../../i18n';
import type { Scenario } from '../../model/scenario';
import { h } from '../dom';
import { describeDiff, type DiffNames } from './diff-text';
import { scenarioDiff } from './scenario-diff';

export function planDiffNames(plan: PlanData): DiffNames {
  return {
    county: (code, lang) => {
      const u = plan.units.find((x) => x.adcode === code);
      return u ? (lang === 'en' ? u.name_en : u.name_zh) : code;
    },
    industry: (id, lang) => {
      const i = plan.industries.find((x) => x.id === id);
      return i ? (lang === 'en' ? i.name_en : i.name_zh) : id;
    },
  };
}

export function diffList(a: Scenario, b: Scenario, names: DiffNames): HTMLElement {
  const lang = getLanguage();
  const items = scenarioDiff(a, b);
  if (items.length === 0)
    return h('p', { class: 'compare-diff__empty', id: 'compare-diff' }, t('compare.diff.empty'));
  return h(
    'ul',
    { class: 'compare-diff', id: 'compare-diff' },
    ...items.map((item) => {
      const line = describeDiff(item, lang, names);
      return h(
        'li',
        {
          class: 'compare-diff__item',
          'data-kind': item.kind,
          'data-id':
            item.kind === 'driver' ? item.driver : item.kind === 'parameter' ? item.id : '',
          'data-field': item.kind === 'driver' ? item.field : '',
        },
        h('span', { class: 'compare-diff__label' }, line.label),
        h('span', { class: 'compare-diff__change' }, line.change),
      );
    }),
  );
}
