import {
  getZone,
  parkAreas,
  projectsInZone,
  targetsForZone,
  type IndustryLabel,
  type PlanData,
  type ZoneFeature,
} from '../../data/index.ts';
import { getLanguage, t } from '../../i18n';
import type { Selection } from '../../views/atlas/atlas-state';
import { h } from '../dom';
import type { OutlineImport } from './outline-import';
import type { OutlineStore } from './outline-store';
import { outcomeBlock, outlineNotice, placeFacts } from './place-facts';
import {
  badge,
  placeButtons,
  projectLink,
  section,
  sourceList,
  targetItem,
  type PlaceLink,
} from './plan-bits';
import { langRuns } from '../lang-runs';
import { joinClauses, joinList, withNote } from '../../i18n/format';

export interface DetailsContext {
  data: PlanData;
  store: OutlineStore;
  importer: OutlineImport;
  select: (selection: Selection) => void;
}

/** Industry labels as printed, each with its shared vocabulary term(s). */
export function industryLabels(
  data: PlanData,
  labels: readonly IndustryLabel[],
): HTMLElement | null {
  if (labels.length === 0) return null;
  const lang = getLanguage();
  const names = new Map(data.industries.map((x) => [x.id, lang === 'en' ? x.name_en : x.name_zh]));
  const list = h('ul', { class: 'industry-labels' });
  for (const label of labels) {
    const terms = label.maps.map((m) => {
      const name = names.get(m.industry) ?? m.industry;
      const match = t(`plan.match.${m.match}`);
      return withNote(name, match, lang);
    });
    list.append(
      h(
        'li',
        {},
        h('span', { class: 'industry-labels__printed', lang: 'zh-CN' }, label.label_zh),
        lang === 'en' ? h('span', { class: 'muted' }, ` ${label.label_en}`) : null,
        h('span', { class: 'industry-labels__arrow', 'aria-hidden': 'true' }, ' → '),
        h('span', { class: 'industry-labels__terms' }, joinClauses(terms, lang)),
      ),
    );
  }
  return list;
}

const zoneLink = (zone: ZoneFeature): PlaceLink => {
  const p = zone.properties;
  return {
    id: p.id,
    label: getLanguage() === 'en' ? p.name_en : p.name_zh,
    unplaced: zone.geometry === null,
    detail: zone.geometry === null ? p.location_zh : null,
  };
};

/** The zone panel's body: what the report plans there, its targets, projects and sources. */
export function renderZone(ctx: DetailsContext, zone: ZoneFeature): HTMLElement[] {
  const { data, select } = ctx;
  const p = zone.properties;
  const lang = getLanguage();
  const imported = ctx.store.get(p.id);
  const targets = targetsForZone(data, p.id);
  const projects = projectsInZone(data, p.id);
  const areas = parkAreas(data, p.id);
  const parents = p.member_of.flatMap((id) => getZone(data, id) ?? []);
  const targetList = h('ul', { class: 'targets' }, ...targets.map((x) => targetItem(data, x)));
  const projectLinks = projects.map(projectLink);
  const out: (HTMLElement | null)[] = [
    h(
      'p',
      { class: 'badges' },
      badge(t('plan.place.zone'), 'badge--zone'),
      badge(t(`plan.kind.zone.${p.kind}`)),
    ),
    outlineNotice(p, zone.geometry !== null || imported !== undefined, imported),
    p.aliases_zh.length
      ? h(
          'p',
          { class: 'small muted' },
          t('plan.place.aliases'),
          ' ',
          h('span', { lang: 'zh-CN' }, joinList(p.aliases_zh, 'zh-CN')),
        )
      : null,
    placeFacts(data, p, select),
    section(
      'plan.place.plan',
      h(
        'p',
        { class: 'plan-text', lang: lang === 'en' ? 'en' : 'zh-CN' },
        ...(lang === 'en' ? langRuns(p.plan_en) : [p.plan_zh]),
      ),
    ),
    h(
      'section',
      { class: 'plan-section', 'data-section': 'zone-targets' },
      h('h3', {}, t('plan.place.targets')),
      targets.length ? targetList : h('p', { class: 'muted' }, t('plan.place.targets.none')),
    ),
    section('plan.place.industries', industryLabels(data, p.industries)),
    section(
      'plan.place.areas',
      placeButtons(areas.map(zoneLink), (id) => select({ kind: 'zone', id })),
    ),
    section(
      'plan.place.memberOf',
      placeButtons(parents.map(zoneLink), (id) => select({ kind: 'zone', id })),
    ),
    section(
      'plan.place.projects',
      placeButtons(projectLinks, (id) => select({ kind: 'project', id })),
    ),
    outcomeBlock(data, p.outcome),
    h(
      'section',
      { class: 'plan-section', 'data-section': 'import' },
      h('h3', {}, t('plan.import.heading')),
      ctx.importer.render(p.id),
    ),
    section('plan.place.sources', sourceList(data, p.sources)),
  ];
  return out.filter((x): x is HTMLElement => x !== null);
}
