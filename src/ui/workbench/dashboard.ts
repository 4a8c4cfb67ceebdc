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

/** A card's elements, kept so that a new result updates texts in place. */
interface CardElements {
  button: HTMLButtonElement;
  name: HTMLElement;
  basis: HTMLElement;
  p: HTMLElement;
  band: HTMLElement;
  marker: HTMLElement;
  median: HTMLElement;
  target: HTMLElement;
  gap: HTMLElement;
  extra: HTMLElement;
}

export class TargetDashboard {
  readonly element: HTMLElement;
  private readonly headlineTitle: HTMLElement;
  private readonly levelTitle: HTMLElement;
  private readonly headline: HTMLElement;
  private readonly levels: HTMLElement;
  private readonly levelSection: HTMLElement;
  private result: SimulationResult | null = null;
  private readonly elements = new Map<OutputId, CardElements>();
  private built = '';
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
    const groups = this.options.groups ?? 'both';
    const cards = dashboardCards(this.result, lang).filter(
      (c) => groups === 'both' || c.group === groups,
    );
    // Cards are built once per language and then updated in place: a slider move changes a
    // few texts, not the DOM's shape (rebuilding them cost a relayout of the page per result),
    // and focus stays on the card that has it.
    const key = `${lang}|${cards.map((c) => c.id).join()}`;
    if (key !== this.built) {
      this.built = key;
      this.elements.clear();
      clear(this.headline);
      clear(this.levels);
      for (const card of cards) {
        const el = this.buildCard(card.id);
        this.elements.set(card.id, el);
        (card.group === 'headline' ? this.headline : this.levels).append(el.button);
      }
    }
    for (const card of cards) {
      const el = this.elements.get(card.id);
      if (el) this.fill(el, card);
    }
  }

  private buildCard(id: OutputId): CardElements {
    const span = (cls: string): HTMLElement => h('span', { class: cls });
    const b = (cls: string): HTMLElement => h('b', { class: cls });
    const el: CardElements = {
      button: h('button', { type: 'button', class: 'wb-card', 'data-output': id }),
      name: span('wb-card__name'),
      basis: span('wb-card__basis'),
      p: span('wb-card__p'),
      band: span('wb-card__band'),
      marker: span('wb-card__marker'),
      median: b('wb-card__median'),
      target: b('wb-card__target'),
      gap: b('wb-card__gap'),
      extra: span('wb-card__extra'),
    };
    const bar = h('span', { class: 'wb-card__bar', 'aria-hidden': 'true' });
    const cuts = [0, ...RISK_THRESHOLDS, 1];
    RISK_BANDS.forEach((band, i) => {
      const seg = span('wb-card__seg');
      seg.style.background = band.fill;
      seg.style.flexGrow = String((cuts[i + 1] ?? 1) - (cuts[i] ?? 0));
      bar.append(seg);
    });
    bar.append(el.marker);
    el.button.append(
      h('span', { class: 'wb-card__head' }, el.name, el.basis),
      h('span', { class: 'wb-card__prob' }, el.p, el.band),
      bar,
      h(
        'span',
        { class: 'wb-card__facts' },
        h('span', {}, `${t('wb.dash.median')} `, el.median),
        h('span', {}, `${t('wb.dash.target')} `, el.target),
        h('span', {}, `${t('wb.dash.gap')} `, el.gap),
        el.extra,
      ),
    );
    el.button.addEventListener('click', () => this.options.onSelect?.(id));
    return el;
  }

  private fill(el: CardElements, card: DashboardCard): void {
    const pressed = card.id === this.selected;
    const set = (node: HTMLElement, text: string): void => {
      if (node.textContent !== text) node.textContent = text;
    };
    el.button.className = `wb-card wb-card--band${card.band}${pressed ? ' wb-card--selected' : ''}`;
    el.button.setAttribute('aria-pressed', String(pressed));
    // The card's visible text is its accessible name (a separate aria-label would have to
    // repeat it word for word; axe's label-content-name-mismatch).
    el.button.title = t('wb.dash.select', { name: card.name });
    el.button.style.setProperty('--band-ink', card.bandInk);
    el.button.style.setProperty('--band-fill', card.bandFill);
    set(el.name, card.name);
    set(el.basis, card.basis);
    set(el.p, card.probabilityText);
    set(el.band, card.bandText);
    set(el.median, card.medianText);
    set(el.target, card.targetText);
    set(el.gap, card.gapText);
    el.marker.hidden = card.probability === null;
    if (card.probability !== null) el.marker.style.left = `${(card.probability * 100).toFixed(1)}%`;
    // The 2023 level, when the user has entered the 2022 level (baseline editor).
    el.extra.replaceChildren(
      ...[projectedLevelLine(card.id, this.result, getLanguage())].filter(
        (x): x is HTMLElement => x !== null,
      ),
    );
  }
}
