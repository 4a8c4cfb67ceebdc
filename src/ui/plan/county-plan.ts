import {
  getUnit,
  getZone,
  projectsInCounty,
  targetsForCounty,
  zonesInCounty,
  type CountyTarget,
  type PlanData,
} from '../../data/index.ts';
import { getLanguage, t } from '../../i18n';
import type { Selection } from '../../views/atlas/atlas-state';
import { clear, h } from '../dom';
import { placeButtons, projectLink, section, sourceList, targetItem } from './plan-bits';
import { industryLabels } from './zone-details';

/**
 * What the 2023 plan says about one unit, rendered into the county panel's plan slot: its
 * "3+X" industries (the report's wording and the shared term), the targets that concern it
 * (its own, its groups' and its zones', each labelled), what the report plans there, and the
 * zones and projects in it, each of which selects itself on the map.
 */
export function renderCountyPlan(
  slot: HTMLElement,
  data: PlanData,
  adcode: string,
  select: (selection: Selection) => void,
): void {
  clear(slot);
  const unit = getUnit(data, adcode);
  if (!unit) return;
  const lang = getLanguage();
  const name = (zh: string, en: string): string => (lang === 'en' ? en : zh);

  const industries = industryLabels(data, unit.industries);
  const industriesBlock = h(
    'section',
    { class: 'plan-section', 'data-section': 'county-industries' },
    h('h3', {}, t('plan.county.industries')),
    industries ?? h('p', { class: 'muted' }, t('plan.county.industries.none')),
    unit.industries_source ? sourceList(data, [unit.industries_source]) : null,
  );

  const via = (ct: CountyTarget): string => {
    const { target } = ct;
    if (ct.via === 'group') {
      const group = data.groups.find((g) => g.id === target.scope.id);
      return t('plan.county.via.group', {
        name: group ? name(group.name_zh, group.name_en) : target.scope.id,
      });
    }
    if (ct.via === 'zone') {
      const zone = getZone(data, target.scope.id);
      return t('plan.county.via.zone', {
        name: zone ? name(zone.properties.name_zh, zone.properties.name_en) : target.scope.id,
      });
    }
    return t('plan.county.via.county');
  };
  const targets = targetsForCounty(data, adcode, { includeGroups: true, includeZones: true });
  const targetsBlock = h(
    'section',
    { class: 'plan-section', 'data-section': 'county-targets' },
    h('h3', {}, t('plan.county.targets')),
    targets.length
      ? h('ul', { class: 'targets' }, ...targets.map((ct) => targetItem(data, ct.target, via(ct))))
      : h('p', { class: 'muted' }, t('plan.county.targets.none')),
  );

  const plans = unit.plans.length
    ? h(
        'ul',
        { class: 'plan-items' },
        ...unit.plans.map((item) => {
          const target: Selection | null = item.zone
            ? { kind: 'zone', id: item.zone }
            : item.project
              ? { kind: 'project', id: item.project }
              : null;
          const text = name(item.text_zh, item.text_en);
          const label = target
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'link-button',
                  'data-select': `${target.kind}:${target.id}`,
                },
                text,
              )
            : h('span', {}, text);
          if (target) label.addEventListener('click', () => select(target));
          return h(
            'li',
            {},
            label,
            item.located_by === 'sources.md'
              ? h('span', { class: 'muted small' }, ` ${t('plan.locatedBy.sources')}`)
              : null,
            h(
              'details',
              { class: 'target__quote' },
              h('summary', {}, t('targets.quote')),
              sourceList(data, [item.source]),
            ),
          );
        }),
      )
    : null;

  const zones = zonesInCounty(data, adcode).map((z) => ({
    id: z.properties.id,
    label: name(z.properties.name_zh, z.properties.name_en),
    unplaced: z.geometry === null,
    detail: z.geometry === null ? z.properties.location_zh : null,
  }));
  const projects = projectsInCounty(data, adcode).map(projectLink);

  slot.append(
    ...[
      industriesBlock,
      targetsBlock,
      section('plan.county.plans', plans),
      section(
        'plan.county.zones',
        placeButtons(zones, (id) => select({ kind: 'zone', id })),
      ),
      section(
        'plan.county.projects',
        placeButtons(projects, (id) => select({ kind: 'project', id })),
      ),
    ].filter((x): x is HTMLElement => x !== null),
  );
}
