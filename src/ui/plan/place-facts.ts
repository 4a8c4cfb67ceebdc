import type { Outcome, PlanData, ProjectProps, ZoneProps } from '../../data/index.ts';
import { getLanguage, t } from '../../i18n';
import { formatArea } from '../../i18n/format';
import type { Selection } from '../../views/atlas/atlas-state';
import { h } from '../dom';
import { badge, sourceList } from './plan-bits';
import type { ImportedBoundary } from './outline-store';
import { langRuns } from '../lang-runs';

/**
 * The facts zones and projects share: how the place is drawn (示意 when indicative), its unit,
 * area with source, location in words, precision and datum; and the after-the-fact outcome,
 * set apart from what the report says.
 */

type PlaceProps = ZoneProps | ProjectProps;

/** One line saying how far the map can be trusted for this place. */
export function outlineNotice(
  props: PlaceProps,
  hasGeometry: boolean,
  imported: ImportedBoundary | undefined,
): HTMLElement {
  const lang = getLanguage();
  if (imported) {
    return h(
      'p',
      { class: 'outline-notice outline-notice--imported', 'data-outline': 'imported' },
      t('plan.outline.imported', {
        file: imported.fileName,
        area: formatArea(imported.areaKm2, lang),
      }),
    );
  }
  const kind = !hasGeometry ? 'none' : props.outline;
  const key =
    kind === 'indicative'
      ? 'plan.outline.indicative'
      : kind === 'point'
        ? 'plan.outline.point'
        : kind === 'official'
          ? 'plan.outline.official'
          : 'plan.outline.none';
  return h('p', { class: `outline-notice outline-notice--${kind}`, 'data-outline': kind }, t(key));
}

const unitName = (data: PlanData, adcode: string): string => {
  const unit = data.units.find((u) => u.adcode === adcode);
  if (!unit) return adcode;
  return getLanguage() === 'en' ? unit.name_en : unit.name_zh;
};

/** A button that selects a unit, zone or project on the map. */
export function selectButton(
  label: string,
  selection: Selection,
  select: (s: Selection) => void,
): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'link-button', 'data-select': `${selection.kind}:${selection.id}` },
    label,
  );
  button.addEventListener('click', () => select(selection));
  return button;
}

/** The facts list: unit, area, location, precision, datum. */
export function placeFacts(
  data: PlanData,
  props: PlaceProps,
  select: (s: Selection) => void,
  extra: [string, Node | string][] = [],
): HTMLElement {
  const lang = getLanguage();
  const rows: [string, Node | string | null][] = [...extra];
  rows.push([
    t('plan.place.county'),
    props.county === null
      ? t('plan.place.county.unknown')
      : h(
          'span',
          {},
          selectButton(unitName(data, props.county), { kind: 'unit', id: props.county }, select),
          props.county_basis
            ? h(
                'span',
                { class: 'muted small' },
                ` ${t(`plan.place.county.basis.${props.county_basis}`)}`,
              )
            : null,
        ),
  ]);
  if ('administration' in props && props.administration === 'separate')
    rows.push(['', t('plan.place.administration.separate')]);
  rows.push([
    t('plan.place.area'),
    props.area_km2 === null
      ? t('plan.place.area.unknown')
      : h(
          'span',
          {},
          formatArea(props.area_km2, lang),
          props.area_source
            ? h(
                'span',
                { class: 'fact-source', lang: 'en' },
                t('plan.place.area.source', { source: props.area_source }),
              )
            : null,
        ),
  ]);
  if (props.location_zh)
    rows.push([t('plan.place.location'), h('span', { lang: 'zh-CN' }, props.location_zh)]);
  rows.push([t('plan.place.precision'), t(`plan.precision.${props.precision}`)]);
  rows.push([
    t('plan.place.datum'),
    h(
      'details',
      { class: 'fact-details' },
      h('summary', {}, props.datum),
      h('p', { class: 'small', lang: 'en' }, props.datum_note),
    ),
  ]);
  const dl = h('dl', { class: 'facts facts--place' });
  for (const [term, value] of rows) {
    if (value === null) continue;
    dl.append(h('dt', {}, term), h('dd', {}, value));
  }
  return dl;
}

/** The outcome where sources.md has one, labelled as after the fact, never mixed with the plan. */
export function outcomeBlock(data: PlanData, outcome: Outcome | null): HTMLElement | null {
  if (!outcome) return null;
  const lang = getLanguage();
  const meta = [
    outcome.date ? t('plan.place.outcome.date', { date: outcome.date }) : null,
    t('plan.place.outcome.confidence', { level: t(`plan.confidence.${outcome.confidence}`) }),
  ].filter((x): x is string => x !== null);
  return h(
    'section',
    { class: 'outcome', 'data-outcome': outcome.status },
    h('h3', {}, t('plan.place.outcome')),
    h(
      'p',
      {},
      badge(t(`plan.outcome.${outcome.status}`), `badge--outcome-${outcome.status}`),
      ' ',
      h('span', { lang: 'en' }, ...langRuns(outcome.summary_en)),
      lang === 'en' ? null : h('span', { class: 'muted small' }, t('plan.place.outcome.enOnly')),
    ),
    h('p', { class: 'muted small' }, meta.join(' · ')),
    sourceList(data, [outcome.source]),
  );
}
