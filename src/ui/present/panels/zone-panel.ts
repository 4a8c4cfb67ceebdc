import {
  getUnit,
  getZone,
  parkAreas,
  targetsForZone,
  type PlanData,
  type ZoneFeature,
} from '../../../data/index.ts';
import { t, type MessageKey } from '../../../i18n';
import { formatArea, joinList } from '../../../i18n/format';
import { compact } from '../compact';
import { h } from '../../dom';
import { formatTargetValue } from '../../plan/target-format';
import { NO_HANDLE, type PanelContext, type PanelHandle } from './panel-context';

function outlineKey(zone: ZoneFeature): MessageKey {
  if (zone.geometry === null && (zone.properties.areas?.length ?? 0) > 0)
    return 'present.zone.areasShown';
  if (zone.geometry === null) return 'present.zone.noOutline';
  return zone.geometry.type === 'Point' ? 'plan.outline.point' : 'plan.outline.indicative';
}

function fact(label: string, value: string | null): HTMLElement | null {
  if (value === null || value === '') return null;
  return h('div', { class: 'present-zone__fact' }, h('dt', {}, label), h('dd', {}, value));
}

function targetList(plan: PlanData, zone: ZoneFeature, en: boolean, lang: PanelContext['lang']) {
  const targets = targetsForZone(plan, zone.properties.id);
  if (targets.length === 0) return null;
  return h(
    'ul',
    { class: 'present-zone__targets' },
    ...targets.map((target) =>
      h(
        'li',
        { 'data-target': target.id },
        h('span', {}, en ? target.name_en : target.name_zh),
        h(
          'strong',
          {},
          formatTargetValue(target, lang) ??
            (target.kind === 'milestone' ? t('present.zone.milestone') : ''),
        ),
      ),
    ),
  );
}

/**
 * A zone from the plan data: what it is, where, how large, its industries and its 2023
 * targets, and how it is drawn (an indicative outline, a marker, or only its county).
 */
export function renderZonePanel(
  container: HTMLElement,
  zoneId: string,
  ctx: PanelContext,
): PanelHandle {
  const zone = getZone(ctx.plan, zoneId);
  if (!zone) {
    container.replaceChildren(h('p', {}, t('present.panel.missing')));
    return NO_HANDLE;
  }
  const p = zone.properties;
  const en = ctx.lang === 'en';
  const unit = p.county ? getUnit(ctx.plan, p.county) : undefined;
  const areas = parkAreas(ctx.plan, p.id);
  const industries = p.industries.map((l) => (en ? l.label_en : l.label_zh));
  const kindKey = `plan.kind.zone.${p.kind}` as MessageKey;
  container.replaceChildren(
    ...compact([
      h('h3', { class: 'present-panel__heading' }, en ? p.name_en : p.name_zh),
      h(
        'dl',
        { class: 'present-zone__facts' },
        fact(t('present.zone.kind'), t(kindKey)),
        fact(t('present.zone.county'), unit ? (en ? unit.name_en : unit.name_zh) : null),
        fact(t('present.zone.location'), en ? null : p.location_zh),
        fact(
          t('present.zone.area'),
          typeof p.area_km2 === 'number' ? formatArea(p.area_km2, ctx.lang) : null,
        ),
        fact(
          t('present.zone.industries'),
          industries.length ? joinList(industries, ctx.lang) : null,
        ),
      ),
      areas.length
        ? h(
            'ol',
            { class: 'present-zone__areas' },
            ...areas.map((a) =>
              h(
                'li',
                { 'data-zone': a.properties.id },
                en ? a.properties.name_en : a.properties.name_zh,
              ),
            ),
          )
        : null,
      targetList(ctx.plan, zone, en, ctx.lang),
      h(
        'p',
        { class: 'present-panel__source', 'data-outline': zone.geometry ? 'drawn' : 'none' },
        t(outlineKey(zone)),
      ),
    ]),
  );
  return NO_HANDLE;
}
