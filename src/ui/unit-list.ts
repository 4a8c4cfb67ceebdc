import { getLanguage, t } from '../i18n';
import type { CountyCollection } from '../map/geodata';
import { clear, h } from './dom';

/**
 * A keyboard-reachable list of the 11 units, districts first. It mirrors the map: the map is
 * for the mouse, this list is for the keyboard and screen readers, and both select the same way.
 */
export class UnitList {
  readonly element: HTMLElement;
  private selected: string | null = null;

  constructor(
    private readonly counties: CountyCollection,
    private readonly onSelect: (adcode: string) => void,
    private readonly onHover: (adcode: string | null) => void = () => undefined,
  ) {
    this.element = h('nav', { class: 'unit-list' });
    this.render();
  }

  setSelected(adcode: string | null): void {
    this.selected = adcode;
    for (const btn of this.element.querySelectorAll<HTMLButtonElement>('button[data-adcode]')) {
      btn.setAttribute('aria-pressed', String(btn.dataset.adcode === adcode));
    }
  }

  render(): void {
    clear(this.element);
    const lang = getLanguage();
    this.element.setAttribute('aria-label', t('units.heading'));
    this.element.append(h('h2', { class: 'sidebar__heading' }, t('units.heading')));
    for (const kind of ['district', 'county'] as const) {
      const items = this.counties.features
        .filter((f) => f.properties.kind === kind)
        .sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
      const list = h('ul', { class: 'unit-list__items' });
      for (const f of items) {
        const p = f.properties;
        const btn = h(
          'button',
          {
            type: 'button',
            'data-adcode': p.adcode,
            'aria-pressed': String(p.adcode === this.selected),
          },
          h('span', { class: 'unit-list__primary' }, lang === 'en' ? p.name_en : p.name_zh),
          // The name in the other language, marked so a screen reader reads it in its language.
          h(
            'span',
            { class: 'unit-list__secondary', lang: lang === 'en' ? 'zh-CN' : 'en' },
            lang === 'en' ? p.name_zh : p.name_en,
          ),
        );
        btn.addEventListener('click', () => this.onSelect(p.adcode));
        btn.addEventListener('mouseenter', () => this.onHover(p.adcode));
        btn.addEventListener('mouseleave', () => this.onHover(null));
        btn.addEventListener('focus', () => this.onHover(p.adcode));
        btn.addEventListener('blur', () => this.onHover(null));
        list.append(h('li', {}, btn));
      }
      this.element.append(
        h(
          'h3',
          { class: 'unit-list__group' },
          t(kind === 'district' ? 'units.districts' : 'units.counties'),
        ),
        list,
      );
    }
  }
}
