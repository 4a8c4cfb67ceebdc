import type { PlanData, ProjectFeature, ZoneFeature } from '../../data/index.ts';
import { getLanguage, t } from '../../i18n';
import { clear, h } from '../dom';
import { badge } from './plan-bits';

type Kind = 'zone' | 'project';

/**
 * The zones and projects as keyboard-reachable lists in the sidebar, so every one can be
 * opened without a mouse, including the many that are not on the map (marked so). Zones are
 * open by default; the longer project list is folded.
 */
export class PlaceList {
  readonly element: HTMLElement;
  private selected: { kind: Kind; id: string } | null = null;
  private readonly open: Record<Kind, boolean> = { zone: true, project: false };

  constructor(
    private readonly data: PlanData,
    private readonly onSelect: (kind: Kind, id: string) => void,
  ) {
    this.element = h('div', { class: 'place-list' });
    this.render();
  }

  setSelected(kind: Kind | null, id: string | null): void {
    this.selected = kind && id ? { kind, id } : null;
    for (const btn of this.element.querySelectorAll<HTMLButtonElement>('button[data-place]')) {
      const on = this.selected !== null && btn.dataset.place === this.selected.id;
      btn.setAttribute('aria-pressed', String(on));
    }
  }

  render(): void {
    clear(this.element);
    this.element.append(
      this.group(
        'zone',
        t('plan.list.zones', { count: this.data.zones.features.length }),
        this.data.zones.features,
      ),
      this.group(
        'project',
        t('plan.list.projects', { count: this.data.projects.features.length }),
        this.data.projects.features,
      ),
    );
  }

  private group(
    kind: Kind,
    title: string,
    features: readonly (ZoneFeature | ProjectFeature)[],
  ): HTMLElement {
    const lang = getLanguage();
    const list = h('ul', { class: 'unit-list__items place-list__items' });
    for (const f of features) {
      const p = f.properties;
      const btn = h(
        'button',
        {
          type: 'button',
          'data-place': p.id,
          'data-kind': kind,
          'aria-pressed': String(this.selected?.id === p.id),
        },
        h('span', { class: 'unit-list__primary' }, lang === 'en' ? p.name_en : p.name_zh),
        f.geometry === null ? badge(t('plan.list.unplaced'), 'badge--unplaced') : null,
      );
      btn.addEventListener('click', () => this.onSelect(kind, p.id));
      list.append(h('li', {}, btn));
    }
    const details = h(
      'details',
      { class: 'place-list__group', open: this.open[kind], 'data-list': kind },
      h('summary', { class: 'sidebar__heading' }, title),
      list,
    );
    details.addEventListener('toggle', () => (this.open[kind] = details.open));
    return details;
  }
}
