import type { PlanData } from '../../data/index.ts';
import { getLanguage, t, type MessageKey } from '../../i18n';
import { LAYER_GROUP_IDS, type LayerGroup } from '../../map/plan-layers';
import { clear, h } from '../dom';
import { industryHits, industryOptions } from './industry-model';

const LABEL: Record<LayerGroup, MessageKey> = {
  counties: 'plan.layers.counties',
  zones: 'plan.layers.zones',
  projects: 'plan.layers.projects',
  industries: 'plan.layers.industries',
};

export interface LayersPanelHandlers {
  onToggle: (group: LayerGroup, on: boolean) => void;
  onIndustry: (industryId: string | null) => void;
}

/**
 * The layers panel: one real checkbox per layer (keyboard and screen readers for free), each
 * with the symbol it draws, and the industry picker with the legend of its highlight.
 */
export class LayersPanel {
  readonly element: HTMLElement;
  private checked: Record<LayerGroup, boolean> = {
    counties: true,
    zones: true,
    projects: true,
    industries: false,
  };
  private industry: string | null = null;

  constructor(
    private readonly data: PlanData,
    private readonly handlers: LayersPanelHandlers,
  ) {
    this.element = h('section', { class: 'layers-panel', 'aria-labelledby': 'layers-heading' });
    this.render();
  }

  /** Reflects state set elsewhere (the address, the matrix's close button). */
  set(state: { industriesOn: boolean; industry: string | null }): void {
    if (this.checked.industries === state.industriesOn && this.industry === state.industry) return;
    this.checked.industries = state.industriesOn;
    this.industry = state.industry;
    this.render();
  }

  render(): void {
    clear(this.element);
    const list = h('ul', { class: 'layers-panel__list' });
    for (const group of LAYER_GROUP_IDS) {
      const id = `layer-${group}`;
      const box = h('input', {
        type: 'checkbox',
        id,
        'data-layer': group,
        checked: this.checked[group],
      });
      box.addEventListener('change', () => {
        this.checked[group] = box.checked;
        this.handlers.onToggle(group, box.checked);
        if (group === 'industries') this.render();
      });
      list.append(
        h(
          'li',
          {},
          box,
          h(
            'label',
            { for: id },
            h('span', { class: `swatch swatch--${group}`, 'aria-hidden': 'true' }),
            t(LABEL[group]),
          ),
        ),
      );
    }
    this.element.append(
      h('h2', { class: 'sidebar__heading', id: 'layers-heading' }, t('plan.layers.heading')),
      list,
      this.picker(),
      ...this.legend(),
    );
  }

  private picker(): HTMLElement {
    const lang = getLanguage();
    const select = h('select', { id: 'industry-picker', 'data-field': 'industry' });
    select.append(h('option', { value: '' }, t('plan.industry.none')));
    for (const option of industryOptions(this.data)) {
      const name = lang === 'en' ? option.industry.name_en : option.industry.name_zh;
      // Indent children under their parent term (non-breaking spaces survive in <option>).
      const indent = '\u00a0\u00a0\u00a0'.repeat(option.depth);
      select.append(
        h(
          'option',
          { value: option.industry.id, selected: option.industry.id === this.industry },
          indent + t('plan.industry.option', { name, count: option.exact }),
        ),
      );
    }
    select.addEventListener('change', () => this.handlers.onIndustry(select.value || null));
    return h(
      'div',
      { class: 'industry-picker' },
      h('label', { for: select.id }, t('plan.industry.pick')),
      select,
    );
  }

  private legend(): HTMLElement[] {
    const items: HTMLElement[] = [];
    const summary = this.summary();
    items.push(
      h(
        'p',
        {
          class: 'industry-summary',
          'aria-live': 'polite',
          'data-industry-summary': this.industry ?? '',
        },
        summary ?? t('plan.industry.hint'),
      ),
    );
    const row = (cls: string, key: MessageKey): HTMLElement =>
      h('li', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), t(key));
    const entries: HTMLElement[] = [];
    if (this.industry !== null && this.checked.industries) {
      entries.push(
        row('swatch--exact', 'plan.legend.exact'),
        row('swatch--broader', 'plan.legend.broader'),
      );
    }
    entries.push(
      row('swatch--zones', 'plan.legend.zone'),
      row('swatch--zone-point', 'plan.legend.zonePoint'),
      row('swatch--projects', 'plan.legend.project'),
    );
    items.push(h('ul', { class: 'legend' }, ...entries));
    return items;
  }

  private summary(): string | null {
    if (this.industry === null) return null;
    const industry = this.data.industries.find((x) => x.id === this.industry);
    if (!industry) return null;
    const hits = industryHits(this.data, industry.id);
    const exact = hits.filter((x) => x.relation === 'exact').length;
    const broader = hits.length - exact;
    const name = getLanguage() === 'en' ? industry.name_en : industry.name_zh;
    return (
      t('plan.industry.summary', { name, exact }) +
      (broader > 0 ? t('plan.industry.summary.broader', { broader }) : '')
    );
  }
}
