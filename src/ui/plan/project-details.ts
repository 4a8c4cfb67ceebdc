import { getTarget, getZone, type ProjectFeature } from '../../data/index.ts';
import { getLanguage, t } from '../../i18n';
import { h } from '../dom';
import { outcomeBlock, outlineNotice, placeFacts, selectButton } from './place-facts';
import { badge, section, sourceList, targetItem } from './plan-bits';
import type { DetailsContext } from './zone-details';
import { langRuns } from '../lang-runs';

/**
 * The project panel's body: the 2023 milestone as the report set it and, apart and labelled
 * as such, the outcome where sources.md records one.
 */
export function renderProject(ctx: DetailsContext, project: ProjectFeature): HTMLElement[] {
  const { data, select } = ctx;
  const p = project.properties;
  const lang = getLanguage();
  const zone = p.zone === null ? undefined : getZone(data, p.zone);
  const extra: [string, Node][] = zone
    ? [
        [
          t('plan.place.zoneOf'),
          selectButton(
            lang === 'en' ? zone.properties.name_en : zone.properties.name_zh,
            { kind: 'zone', id: zone.properties.id },
            select,
          ),
        ],
      ]
    : [];
  const milestone = p.milestone_2023;
  const registered = milestone.target === null ? undefined : getTarget(data, milestone.target);
  const milestoneBlock = h(
    'div',
    { class: 'milestone', 'data-milestone': milestone.target ?? '' },
    h(
      'p',
      {},
      h(
        'strong',
        { lang: lang === 'en' ? 'en' : 'zh-CN' },
        lang === 'en' ? milestone.en : milestone.zh,
      ),
      ' ',
      badge(t(`plan.strength.${milestone.strength}`), `badge--${milestone.strength}`),
    ),
    registered ? h('ul', { class: 'targets' }, targetItem(data, registered)) : null,
  );
  const context = p.context.length
    ? h(
        'ul',
        { class: 'context' },
        ...p.context.map((c) =>
          h('li', {}, h('span', { lang: 'en' }, c.text_en), sourceList(data, [c.source])),
        ),
      )
    : null;
  const out: (HTMLElement | null)[] = [
    h(
      'p',
      { class: 'badges' },
      badge(t('plan.place.project'), 'badge--project'),
      badge(t(`plan.kind.project.${p.kind}`)),
    ),
    outlineNotice(p, project.geometry !== null, undefined),
    placeFacts(data, p, select, extra),
    section(
      'plan.place.plan',
      h(
        'p',
        { class: 'plan-text', lang: lang === 'en' ? 'en' : 'zh-CN' },
        ...(lang === 'en' ? langRuns(p.plan_en) : [p.plan_zh]),
      ),
    ),
    section('plan.place.milestone', milestoneBlock),
    outcomeBlock(data, p.outcome),
    section('plan.place.context', context),
    section('plan.place.sources', sourceList(data, p.sources)),
  ];
  return out.filter((x): x is HTMLElement => x !== null);
}
