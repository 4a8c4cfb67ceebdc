import { area } from '@turf/turf';
import { getLanguage, t } from '../i18n';
import { formatArea } from '../i18n/format';
import type { CountyFeature } from '../map/geodata';
import { clear, h } from './dom';

/**
 * The side panel for one county-level unit: names, kind, land area, and a slot where the
 * unit's 2023 plan (industries, targets, zones) is rendered by the plan-data views.
 */
export class CountyPanel {
  readonly element: HTMLElement;
  /** Other views put the unit's plan content here. */
  readonly planSlot: HTMLElement;
  private feature: CountyFeature | null = null;

  constructor(private readonly onClose: () => void) {
    this.planSlot = h('div', { class: 'panel__plan', 'data-slot': 'plan' });
    this.element = h('aside', { class: 'panel', id: 'county-panel', hidden: true, tabindex: -1 });
  }

  show(feature: CountyFeature): void {
    this.feature = feature;
    this.render();
    this.element.hidden = false;
  }

  hide(): void {
    this.feature = null;
    this.element.hidden = true;
  }

  get adcode(): string | null {
    return this.feature?.properties.adcode ?? null;
  }

  render(): void {
    const feature = this.feature;
    clear(this.element);
    if (!feature) return;
    const p = feature.properties;
    const lang = getLanguage();
    const km2 = area(feature) / 1e6;
    const close = h(
      'button',
      { type: 'button', class: 'panel__close', 'aria-label': t('panel.close') },
      '×',
    );
    close.addEventListener('click', () => this.onClose());
    this.element.setAttribute('aria-label', lang === 'en' ? p.name_en : p.name_zh);
    this.element.append(
      close,
      h('h2', { class: 'panel__title', lang: 'zh-CN' }, p.name_zh),
      h('p', { class: 'panel__subtitle', lang: 'en' }, p.name_en),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, t('panel.county.adcode')),
        h('dd', {}, p.adcode),
        h('dt', {}, t('panel.county.area')),
        h('dd', { title: t('panel.county.area.note') }, formatArea(km2, lang)),
      ),
      h(
        'p',
        { class: 'kind-badge' },
        t(p.kind === 'district' ? 'panel.county.kind.district' : 'panel.county.kind.county'),
      ),
      h('h3', {}, t('panel.county.plan')),
      this.planSlot,
    );
    if (!this.planSlot.hasChildNodes()) {
      this.planSlot.append(h('p', { class: 'muted' }, t('panel.county.plan.placeholder')));
    }
  }
}
