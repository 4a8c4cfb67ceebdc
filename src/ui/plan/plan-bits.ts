import {
  getSection,
  headingEn,
  type PlanData,
  type ProjectFeature,
  type SourceRefT,
  type Target,
} from '../../data/index.ts';
import { getLanguage, t, type MessageKey } from '../../i18n';
import { h } from '../dom';
import { baselineText, formatTargetValue, nonNumericText, strengthLabel } from './target-format';
import { langRuns } from '../lang-runs';

/**
 * Small pieces the zone, project and county panels share: a target line, a source list, a
 * list of places to click. All text goes in through textContent (see dom.ts).
 */

/** A name in the current language, the other language beneath it in smaller type. */
export function bilingualName(zh: string, en: string, cls = 'plan-name'): HTMLElement {
  const lang = getLanguage();
  const [first, second, firstLang, secondLang] =
    lang === 'en' ? [en, zh, 'en', 'zh-CN'] : [zh, en, 'zh-CN', 'en'];
  return h(
    'span',
    { class: cls },
    h('span', { class: `${cls}__primary`, lang: firstLang }, first),
    h('span', { class: `${cls}__secondary`, lang: secondLang }, second),
  );
}

export const badge = (text: string, cls = ''): HTMLElement =>
  h('span', { class: `badge ${cls}`.trim() }, text);

/** A heading and its content, omitted when there is nothing to show. */
export function section(
  titleKey: MessageKey,
  content: Node | null,
  params?: Record<string, string | number>,
): HTMLElement | null {
  if (!content) return null;
  return h('section', { class: 'plan-section' }, h('h3', {}, t(titleKey, params)), content);
}

/** A report reference, readable: the document, work area, heading, then the quote. */
function reportSource(data: PlanData, ref: Extract<SourceRefT, { doc: string }>): HTMLElement {
  const lang = getLanguage();
  const where: string[] = [t('plan.source.report')];
  if (ref.section === 'review') where.push(t('plan.source.review'));
  else {
    const s = getSection(data, ref.section);
    if (s) where.push(lang === 'en' ? s.title_en : `${s.number_zh ?? ''}${s.title_zh}`);
    // The headline block's only heading repeats its title (主要预期目标 · 主要预期目标).
    if (ref.heading !== null && ref.heading !== s?.title_zh)
      where.push(
        lang === 'en' ? (headingEn(data, ref.section, ref.heading) ?? ref.heading) : ref.heading,
      );
  }
  return h(
    'li',
    { class: 'source source--report' },
    h('span', { class: 'source__where' }, where.join(' · ')),
    h('q', { class: 'source__quote', lang: 'zh-CN' }, ref.quote),
  );
}

/** Every source of an entry: report quotes first, as given, then outside pages. */
export function sourceList(data: PlanData, sources: readonly SourceRefT[]): HTMLElement {
  const list = h('ul', { class: 'sources' });
  for (const ref of sources) {
    if ('doc' in ref) {
      list.append(reportSource(data, ref));
      continue;
    }
    const details = [ref.date, ref.confidence && t(`plan.confidence.${ref.confidence}`)]
      .filter((x): x is string => typeof x === 'string' && x !== '')
      .join(' · ');
    list.append(
      h(
        'li',
        { class: 'source source--external' },
        h('span', { class: 'source__where', lang: 'en' }, ...langRuns(ref.title)),
        details ? h('span', { class: 'source__meta' }, details) : null,
        ref.url ? h('span', { class: 'source__url', lang: 'en' }, ref.url) : null,
        ref.note ? h('span', { class: 'source__meta', lang: 'en' }, ...langRuns(ref.note)) : null,
      ),
    );
  }
  return list;
}

/**
 * One target: name, value as the report phrases it (or the milestone step), its strength,
 * the 2022 figure where there is one, and the quote on demand.
 */
export function targetItem(data: PlanData, target: Target, via?: string): HTMLElement {
  const lang = getLanguage();
  const value = formatTargetValue(target, lang);
  const what = value ?? nonNumericText(target, lang);
  const baseline = baselineText(data, target, lang);
  return h(
    'li',
    { class: 'target', 'data-target': target.id },
    h(
      'div',
      { class: 'target__line' },
      h('span', { class: 'target__name' }, lang === 'en' ? target.name_en : target.name_zh),
      h('strong', { class: 'target__value' }, what),
    ),
    h(
      'div',
      { class: 'target__meta' },
      badge(strengthLabel(target, lang), `badge--${target.strength}`),
      via ? badge(via, 'badge--via') : null,
      baseline
        ? h(
            'span',
            { class: 'target__baseline', title: baseline.note ?? '' },
            `${t('targets.col.baseline')}: ${baseline.text}`,
          )
        : null,
    ),
    h(
      'details',
      { class: 'target__quote' },
      h('summary', {}, t('targets.quote')),
      sourceList(data, [target.source]),
    ),
  );
}

export interface PlaceLink {
  id: string;
  label: string;
  /** A second line: the milestone, or where an unplaced feature is in words. */
  detail?: string | null;
  unplaced?: boolean;
}

/** A project as a link: its 2023 milestone and, when it is not on the map, where it is in words. */
export function projectLink(project: ProjectFeature): PlaceLink {
  const p = project.properties;
  const lang = getLanguage();
  const milestone = lang === 'en' ? p.milestone_2023.en : p.milestone_2023.zh;
  const unplaced = project.geometry === null;
  const where = unplaced ? (p.location_zh ?? t('plan.place.unplaced.noLocation')) : null;
  return {
    id: p.id,
    label: lang === 'en' ? p.name_en : p.name_zh,
    unplaced,
    detail: [`${t('plan.place.milestone.short')}${milestone}`, where].filter(Boolean).join(' · '),
  };
}

/** A list of places that select themselves when clicked (keyboard: real buttons). */
export function placeButtons(
  links: readonly PlaceLink[],
  onSelect: (id: string) => void,
): HTMLElement | null {
  if (links.length === 0) return null;
  const list = h('ul', { class: 'place-links' });
  for (const link of links) {
    const button = h(
      'button',
      { type: 'button', class: 'place-link', 'data-place': link.id },
      h('span', { class: 'place-link__label' }, link.label),
      link.unplaced ? badge(t('plan.list.unplaced'), 'badge--unplaced') : null,
    );
    button.addEventListener('click', () => onSelect(link.id));
    list.append(
      h(
        'li',
        {},
        button,
        link.detail ? h('span', { class: 'place-link__detail' }, ...langRuns(link.detail)) : null,
      ),
    );
  }
  return list;
}
