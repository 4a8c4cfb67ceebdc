import {
  getProject,
  getTarget,
  getZone,
  targetPlace,
  type Actual,
  type PlanData,
  type Target,
} from '../../data/index.ts';
import { getLanguage, t, type MessageKey } from '../../i18n';
import { atlasHref } from '../../views/atlas/atlas-state';
import { h } from '../dom';
import { sourceList } from './plan-bits';
import {
  baselineText,
  formatActualValue,
  formatTargetValue,
  nonNumericText,
  strengthLabel,
} from './target-format';
import type { SectionGroup } from './target-filter';
import { joinClauses } from '../../i18n/format';

/**
 * The targets browser's tables: one per work area, a sub-heading row per heading, one row per
 * target with its value the way the report says it, the 2022 figure, kind and strength, a link
 * to its place on the map and the quote on demand. And the 2022 actuals, by review theme.
 */

const nameCell = (zh: string, en: string, extra?: string | null): HTMLElement => {
  const lang = getLanguage();
  return h(
    'th',
    { scope: 'row', class: 'targets-table__name' },
    h(
      'span',
      { class: 'cell-primary', lang: lang === 'en' ? 'en' : 'zh-CN' },
      lang === 'en' ? en : zh,
    ),
    h(
      'span',
      { class: 'cell-secondary', lang: lang === 'en' ? 'zh-CN' : 'en' },
      lang === 'en' ? zh : en,
    ),
    extra ? h('span', { class: 'cell-note' }, extra) : null,
  );
};

const quoteCell = (data: PlanData, source: Target['source']): HTMLElement =>
  h(
    'td',
    { class: 'targets-table__source' },
    h('details', {}, h('summary', {}, t('targets.quote')), sourceList(data, [source])),
  );

/** The scope: 全市, a group by name, or a link to the zone, county or project on the map. */
function scopeCell(data: PlanData, target: Target): HTMLElement {
  const lang = getLanguage();
  const place = targetPlace(data, target);
  const pick = (zh: string, en: string): string => (lang === 'en' ? en : zh);
  if (place) {
    let name = place.id;
    if (place.type === 'zone') {
      const z = getZone(data, place.id);
      if (z) name = pick(z.properties.name_zh, z.properties.name_en);
    } else if (place.type === 'project') {
      const p = getProject(data, place.id);
      if (p) name = pick(p.properties.name_zh, p.properties.name_en);
    } else {
      const u = data.units.find((x) => x.adcode === place.id);
      if (u) name = pick(u.name_zh, u.name_en);
    }
    const kind = place.type === 'county' ? 'unit' : place.type;
    return h(
      'td',
      { class: 'targets-table__scope' },
      h(
        'a',
        {
          href: atlasHref({ kind, id: place.id }),
          class: 'map-link',
          'aria-label': t('targets.link.map', { name }),
          'data-place': `${kind}:${place.id}`,
        },
        name,
      ),
    );
  }
  if (target.scope.type === 'district-group') {
    const g = data.groups.find((x) => x.id === target.scope.id);
    return h(
      'td',
      { class: 'targets-table__scope' },
      g ? pick(g.name_zh, g.name_en) : target.scope.id,
    );
  }
  return h('td', { class: 'targets-table__scope' }, t(`plan.scope.${target.scope.type}`));
}

function targetRow(data: PlanData, target: Target): HTMLElement {
  const lang = getLanguage();
  const value = formatTargetValue(target, lang);
  const shown = value ?? nonNumericText(target, lang);
  const measure =
    target.measure === null
      ? null
      : t('targets.measure', { measure: t(`plan.measure.${target.measure}`) });
  const baseline = baselineText(data, target, lang);
  return h(
    'tr',
    { 'data-target': target.id },
    nameCell(target.name_zh, target.name_en, measure),
    h('td', { class: 'targets-table__value' }, h('strong', {}, shown)),
    h(
      'td',
      {
        class: `targets-table__baseline${baseline?.status === 'not-entered' ? ' muted' : ''}`,
        title: baseline?.note ?? '',
      },
      baseline ? baseline.text : '—',
    ),
    h(
      'td',
      { class: 'targets-table__kind' },
      `${t(`plan.kind.${target.kind}`)} · ${strengthLabel(target, lang)}`,
    ),
    scopeCell(data, target),
    quoteCell(data, target.source),
  );
}

const HEADERS: MessageKey[] = [
  'targets.col.name',
  'targets.col.target',
  'targets.col.baseline',
  'targets.col.kind',
  'targets.col.scope',
  'targets.col.source',
];

/** One section per work area with its sub-headings, as filtered. */
export function targetSections(data: PlanData, groups: readonly SectionGroup[]): HTMLElement[] {
  const lang = getLanguage();
  return groups.map(({ section, headings }) => {
    const title = `${section.number_zh ?? ''}${section.title_zh}`;
    const body = h('tbody', {});
    for (const heading of headings) {
      // A headline block has one heading equal to its title: no sub-heading row needed.
      if (!(section.id === 'headline' && headings.length === 1)) {
        body.append(
          h(
            'tr',
            { class: 'targets-table__subhead' },
            h(
              'th',
              { colspan: HEADERS.length, scope: 'colgroup' },
              lang === 'en' ? heading.en : heading.zh,
            ),
          ),
        );
      }
      for (const target of heading.targets) body.append(targetRow(data, target));
    }
    return h(
      'section',
      { class: 'target-section', 'data-section': section.id },
      h(
        'h3',
        { class: 'target-section__title' },
        h('span', { lang: 'zh-CN' }, title),
        h('span', { class: 'target-section__en', lang: 'en' }, section.title_en),
      ),
      h(
        'table',
        { class: 'targets-table' },
        h('thead', {}, h('tr', {}, ...HEADERS.map((key) => h('th', { scope: 'col' }, t(key))))),
        body,
      ),
    );
  });
}

/** The 2022 actuals, one table per review theme. */
export function actualSections(data: PlanData, actuals: readonly Actual[]): HTMLElement[] {
  const lang = getLanguage();
  return data.reviewThemes.flatMap((theme) => {
    const rows = actuals.filter((a) => a.theme === theme.id);
    if (rows.length === 0) return [];
    const body = h('tbody', {});
    for (const actual of rows) {
      const related = joinClauses(
        actual.related
          .flatMap((id) => getTarget(data, id) ?? [])
          .map((x) => (lang === 'en' ? x.name_en : x.name_zh)),
        lang,
      );
      body.append(
        h(
          'tr',
          { 'data-actual': actual.id },
          nameCell(actual.name_zh, actual.name_en),
          h(
            'td',
            { class: 'targets-table__value' },
            h('strong', {}, formatActualValue(actual, lang)),
          ),
          h('td', {}, related || '—'),
          quoteCell(data, actual.source),
        ),
      );
    }
    const headers: MessageKey[] = [
      'targets.col.name',
      'targets.col.value',
      'targets.col.related',
      'targets.col.source',
    ];
    return [
      h(
        'section',
        { class: 'target-section', 'data-theme': theme.id },
        h(
          'h3',
          { class: 'target-section__title' },
          h('span', { lang: 'zh-CN' }, theme.title_zh),
          h('span', { class: 'target-section__en', lang: 'en' }, theme.title_en),
        ),
        h(
          'table',
          { class: 'targets-table targets-table--actuals' },
          h('thead', {}, h('tr', {}, ...headers.map((key) => h('th', { scope: 'col' }, t(key))))),
          body,
        ),
      ),
    ];
  });
}
