/**
 * The sourced figures of baseline.json, read-only: each with its year, value as the source
 * phrases it (超5000亿元, 8%左右), scope, source and confidence.
 */
import type { BaselineEntry, PlanData } from '../../data/index.ts';
import { getLanguage, t } from '../../i18n';
import { h } from '../dom';
import { formatTargetValue } from '../plan/target-format';
import { langRuns } from '../lang-runs';

type Sourced = Extract<BaselineEntry, { status: 'sourced' }>;

export function sourcedTable(plan: PlanData): HTMLElement {
  const lang = getLanguage();
  const rows = plan.baseline
    .filter((b): b is Sourced => b.status === 'sourced')
    .map((b) =>
      h(
        'tr',
        { 'data-baseline': b.id },
        h(
          'th',
          { scope: 'row', class: 'baseline-table__name' },
          lang === 'en' ? b.name_en : b.name_zh,
        ),
        h('td', {}, String(b.year)),
        h(
          'td',
          { class: 'baseline-table__num' },
          formatTargetValue({ value: b.value, unit: b.unit, comparator: b.comparator }, lang) ??
            String(b.value),
        ),
        h('td', { class: 'baseline-table__unit' }, t(`baseline.sourced.scope.${b.scope.type}`)),
        h(
          'td',
          { class: 'baseline-table__source' },
          h(
            'span',
            { class: 'origin origin--sourced', 'data-origin': 'sourced' },
            t('baseline.origin.sourced'),
          ),
          h('span', { class: 'cell-secondary', lang: 'en' }, ...langRuns(b.source.title)),
          h(
            'span',
            { class: 'cell-secondary' },
            [b.source.date, t(`plan.confidence.${b.confidence}`)].filter(Boolean).join(' · '),
          ),
        ),
      ),
    );
  return h(
    'table',
    { class: 'baseline-table baseline-table--sourced', id: 'baseline-sourced' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('baseline.col.indicator')),
        h('th', { scope: 'col' }, t('baseline.sourced.col.year')),
        h('th', { scope: 'col' }, t('baseline.sourced.col.value')),
        h('th', { scope: 'col' }, t('baseline.sourced.col.scope')),
        h('th', { scope: 'col' }, t('baseline.sourced.col.source')),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}
