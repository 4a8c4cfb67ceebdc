/**
 * The target dashboard: a card per target with the probability of meeting it as a large number
 * on the charts' three risk bands (<30% / 30–70% / ≥70%, the same colours and words as the
 * probability bar), the median projection against the target, and the gap. The ten headline
 * targets first, then the level targets the scenario moves.
 *
 * A reusable component (the presenter embeds it): `update(result, selected)` in, `onSelect`
 * out. Cards are buttons; the selected one is pressed.
 */
import { RISK_BANDS, RISK_THRESHOLDS } from '../../charts/color-scales';
import type { OutputId } from '../../model/outputs';
import type { SimulationResult } from '../../model/result-types';
import { getLanguage, t } from '../../i18n';
import { clear, h } from '../dom';
import { projectedLevelLine } from '../baseline/projected-level';
import { dashboardCards, type DashboardCard } from './dashboard-cards';

export interface DashboardOptions {
  /** A card was chosen (click, Enter or Space). */
  onSelect?: (id: OutputId) => void;
  /** 'projector' draws larger type for a briefing room. */
  density?: 'screen' | 'projector';
  /**
   * Which cards: the ten headline targets, the level targets the scenario moves, or both
   * (default), each group under its own heading.
   */
  groups?: 'headline' | 'level' | 'both';
}

let instances = 0;

export class TargetDashboard {
  readonly element: HTMLElement;
  private readonly headlineTitle: HTMLElement;
  private readonly levelTitle: HTMLElement;
  private readonly headline: HTMLElement;
  private readonly levels: HTMLElement;
  private readonly levelSection: HTMLElement;
  private result: SimulationResult | null = null;
  private selected: OutputId | null = null;

  constructor(private readonly options: DashboardOptions = {}) {
    instances += 1;
    const groups = options.groups ?? 'both';
    this.headlineTitle = h('h2', { class: 'wb-section__title', id: `wb-dash-${instances}-head` });
    this.levelTitle = h(groups === 'level' ? 'h2' : 'h3', {
      class: groups === 'level' ? 'wb-section__title' : 'wb-dash__subtitle',
      id: `wb-dash-${instances}-levels`,
    });
    this.headline = h('div', {
      class: 'wb-dash__grid',
      role: 'group',
      'aria-labelledby': this.headlineTitle.id,
    });
    this.levels = h('div', {
      class: 'wb-dash__grid wb-dash__grid--levels',
      role: 'group',
      'aria-labelledby': this.levelTitle.id,
    });
    this.levelSection = h('div', { class: 'wb-dash__levels' }, this.levelTitle, this.levels);
    this.levelSection.hidden = groups === 'headline';
    this.element = h(
      'section',
      {
        class: `wb-section wb-dash${options.density === 'projector' ? ' wb-dash--projector' : ''}`,
        'aria-labelledby': this.headlineTitle.id,
      },
      this.headlineTitle,
      this.headline,
      this.levelSection,
    );
    if (groups === 'level') {
      // Only the level targets: their heading heads the section.
      this.headlineTitle.hidden = true;
      this.headline.hidden = true;
      this.element.setAttribute('aria-labelledby', this.levelTitle.id);
    }
    this.render();
  }

  /** Shows a result (null: every number reads "—") with one card selected. */
  update(result: SimulationResult | null, selected: OutputId | null): void {
    this.result = result;
    this.selected = selected;
    this.render();
  }

  /** The cards' text as shown (tests and the handout compare it). */
  get cards(): DashboardCard[] {
    return dashboardCards(this.result, getLanguage());
  }

  render(): void {
    const lang = getLanguage();
    this.headlineTitle.textContent = t('wb.dash.heading');
    this.levelTitle.textContent = t('wb.dash.levels');
    const cards = dashboardCards(this.result, lang);
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.output ?? null;
    clear(this.headline);
    clear(this.levels);
    const groups = this.options.groups ?? 'both';
    for (const card of cards) {
      if (groups !== 'both' && card.group !== groups) continue;
      (card.group === 'headline' ? this.headline : this.levels).append(this.card(card));
    }
    // Re-rendering replaced the focused card: put focus back on its successor.
    if (focused) this.element.querySelector<HTMLElement>(`[data-output="${focused}"]`)?.focus();
  }

  private card(card: DashboardCard): HTMLElement {
    const pressed = card.id === this.selected;
    const button = h(
      'button',
      {
        type: 'button',
        class: `wb-card wb-card--band${card.band}${pressed ? ' wb-card--selected' : ''}`,
        'data-output': card.id,
        'aria-pressed': String(pressed),
        'aria-label': card.label,
        title: t('wb.dash.select', { name: card.name }),
      },
      h(
        'span',
        { class: 'wb-card__head' },
        h('span', { class: 'wb-card__name' }, card.name),
        h('span', { class: 'wb-card__basis' }, card.basis),
      ),
      h(
        'span',
        { class: 'wb-card__prob' },
        h('span', { class: 'wb-card__p' }, card.probabilityText),
        h('span', { class: 'wb-card__band' }, card.bandText),
      ),
      this.bar(card.probability),
      h(
        'span',
        { class: 'wb-card__facts' },
        h(
          'span',
          {},
          `${t('wb.dash.median')} `,
          h('b', { class: 'wb-card__median' }, card.medianText),
        ),
        h(
          'span',
          {},
          `${t('wb.dash.target')} `,
          h('b', { class: 'wb-card__target' }, card.targetText),
        ),
        h('span', {}, `${t('wb.dash.gap')} `, h('b', { class: 'wb-card__gap' }, card.gapText)),
        // The 2023 level, when the user has entered the 2022 level (baseline editor).
        projectedLevelLine(card.id, this.result, getLanguage()),
      ),
    );
    button.style.setProperty('--band-ink', card.bandInk);
    button.style.setProperty('--band-fill', card.bandFill);
    button.addEventListener('click', () => this.options.onSelect?.(card.id));
    return button;
  }

  /** The three risk bands as a bar with a marker at the probability (hidden from readers). */
  private bar(p: number | null): HTMLElement {
    const cuts = [0, ...RISK_THRESHOLDS, 1];
    const bar = h('span', { class: 'wb-card__bar', 'aria-hidden': 'true' });
    RISK_BANDS.forEach((band, i) => {
      const seg = h('span', { class: 'wb-card__seg' });
      seg.style.background = band.fill;
      seg.style.flexGrow = String((cuts[i + 1] ?? 1) - (cuts[i] ?? 0));
      bar.append(seg);
    });
    if (p !== null) {
      const marker = h('span', { class: 'wb-card__marker' });
      marker.style.left = `${(p * 100).toFixed(1)}%`;
      bar.append(marker);
    }
    return bar;
  }
}
