/**
 * One county in the workbench: its probability of reaching the city's target rate, its fan
 * chart, and its assumptions, editable: its own central growth for the indicator (instead of
 * the city target), and its industry list, which sets how strongly it responds to each driver.
 * Edits go to the scenario (counties.growth / counties.industries) and re-run the engine.
 */
import type { CountyUnit, Industry } from '../../data/index.ts';
import { DRIVERS } from '../../model/drivers';
import { outputDef, type GrowthOutputId } from '../../model/outputs';
import type { CountyResult } from '../../model/result-types';
import type { Scenario } from '../../model/scenario';
import type { LocalText } from '../../charts/text';
import { getLanguage, t } from '../../i18n';
import { formatPercent, formatProbability, joinList, formatNumber } from '../../i18n/format';
import { clear, h } from '../dom';
import { countyFanData } from './chart-data';
import { createFanPanel, type FanPanel } from './chart-panels';
import { COUNTY_GROWTH_BOUNDS, parseBounded } from './scenario-edits';

export interface CountyDetailHandlers {
  onClose: () => void;
  /** A county's growth anchor changed (null: back to the city target). */
  onGrowth: (
    adcode: string,
    indicator: GrowthOutputId,
    growth: number | null,
    gesture: string,
  ) => void;
  /** A county's industries changed (null: back to the plan's list). */
  onIndustries: (adcode: string, industries: string[] | null) => void;
  /** The exported file's base name. */
  fileName: () => string;
}

export interface CountyDetailState {
  unit: CountyUnit | null;
  county: CountyResult | null;
  indicator: GrowthOutputId;
  scenario: Scenario;
  scenarioLabel: LocalText;
}

export class CountyDetail {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly close: HTMLButtonElement;
  private readonly facts: HTMLElement;
  private readonly fan: FanPanel;
  private readonly assumptions: HTMLElement;
  private state: CountyDetailState | null = null;
  /** The county whose assumption form is built (rebuilt only when the county changes). */
  private formFor: string | null = null;

  constructor(
    private readonly industries: readonly Industry[],
    private readonly planned: (adcode: string) => string[],
    private readonly handlers: CountyDetailHandlers,
  ) {
    this.heading = h('h2', { class: 'wb-section__title', id: 'wb-county-heading', tabindex: -1 });
    this.close = h('button', { type: 'button', class: 'panel__close' }, '×');
    this.close.addEventListener('click', () => handlers.onClose());
    this.facts = h('dl', { class: 'facts wb-county__facts' });
    this.fan = createFanPanel({ id: 'wb-county-fan', fileName: handlers.fileName });
    this.assumptions = h('div', { class: 'wb-county__assumptions' });
    this.element = h(
      'section',
      { class: 'wb-section wb-county', 'aria-labelledby': this.heading.id, hidden: true },
      h('div', { class: 'wb-section__head' }, this.heading, this.close),
      this.facts,
      this.fan.element,
      this.assumptions,
    );
  }

  update(state: CountyDetailState): void {
    const changedCounty = state.unit?.adcode !== this.state?.unit?.adcode;
    const changedIndicator = state.indicator !== this.state?.indicator;
    this.state = state;
    this.element.hidden = state.unit === null;
    if (!state.unit) {
      this.formFor = null;
      return;
    }
    this.renderFacts();
    this.fan.heading.textContent = t('wb.fan.county', {
      county: getLanguage() === 'en' ? state.unit.name_en : state.unit.name_zh,
      name:
        getLanguage() === 'en'
          ? outputDef(state.indicator).nameEn
          : outputDef(state.indicator).nameZh,
    });
    this.fan.update(
      state.county
        ? countyFanData(
            state.county,
            { zh: state.unit.name_zh, en: state.unit.name_en },
            state.scenarioLabel,
          )
        : null,
    );
    if (changedCounty || changedIndicator || this.formFor === null) this.renderForm();
    else this.syncForm();
  }

  /** Moves focus to the heading (after a county was picked from the list or the map). */
  focus(): void {
    this.heading.focus();
  }

  render(): void {
    this.close.setAttribute('aria-label', t('wb.county.close'));
    this.fan.render();
    this.formFor = null;
    if (this.state) this.update(this.state);
  }

  private renderFacts(): void {
    const s = this.state;
    if (!s?.unit) return;
    const lang = getLanguage();
    this.heading.textContent = lang === 'en' ? s.unit.name_en : s.unit.name_zh;
    this.close.setAttribute('aria-label', t('wb.county.close'));
    const def = outputDef(s.indicator);
    const target = formatPercent(def.target, lang, 1);
    clear(this.facts);
    const fact = (label: string, value: string, cls: string): void => {
      this.facts.append(h('dt', {}, label), h('dd', { class: cls }, value));
    };
    const c = s.county;
    fact(
      t('wb.county.prob', { target }),
      c && Number.isFinite(c.annual.pMeet) ? formatProbability(c.annual.pMeet, lang) : '—',
      'wb-county__p',
    );
    fact(
      t('wb.county.median'),
      c ? formatPercent(c.annual.percentiles.p50, lang, 1) : '—',
      'wb-county__median',
    );
  }

  /** Builds the assumption form for the county (keeps focus where it was on re-render). */
  private renderForm(): void {
    const s = this.state;
    if (!s?.unit) return;
    const lang = getLanguage();
    const adcode = s.unit.adcode;
    this.formFor = adcode;
    const def = outputDef(s.indicator);
    const name = lang === 'en' ? def.nameEn : def.nameZh;
    clear(this.assumptions);

    const growthId = `wb-county-growth-${adcode}`;
    const growth = h('input', {
      type: 'number',
      id: growthId,
      class: 'wb-county__growth',
      step: 'any',
      min: COUNTY_GROWTH_BOUNDS[0],
      max: COUNTY_GROWTH_BOUNDS[1],
      inputmode: 'decimal',
      placeholder: String(def.target),
      'aria-describedby': `${growthId}-hint`,
    });
    const hint = h('p', { class: 'small muted', id: `${growthId}-hint` });
    const reset = h(
      'button',
      { type: 'button', class: 'btn btn--ghost btn--small' },
      t('wb.county.growth.reset'),
    );
    growth.addEventListener('input', () => {
      const parsed = parseBounded(growth.value, COUNTY_GROWTH_BOUNDS[0], COUNTY_GROWTH_BOUNDS[1]);
      if (!parsed.ok) return;
      this.handlers.onGrowth(adcode, s.indicator, parsed.value, `county-growth:${adcode}`);
    });
    growth.addEventListener('change', () => {
      if (growth.value.trim() === '' && !growth.validity.badInput)
        this.handlers.onGrowth(adcode, s.indicator, null, `county-growth:${adcode}`);
      this.syncForm(true);
    });
    reset.addEventListener('click', () =>
      this.handlers.onGrowth(adcode, s.indicator, null, 'county-reset'),
    );

    const planned = this.planned(adcode);
    const plannedNames = joinList(
      planned.map((id) => this.industryName(id)),
      lang,
    );
    const boxes = h('div', { class: 'wb-county__industries' });
    for (const industry of this.industries) {
      const box = h('input', {
        type: 'checkbox',
        id: `wb-ind-${adcode}-${industry.id}`,
        value: industry.id,
        'data-industry': industry.id,
      });
      box.addEventListener('change', () => {
        const chosen = [...boxes.querySelectorAll<HTMLInputElement>('input:checked')].map(
          (b) => b.value,
        );
        this.handlers.onIndustries(adcode, chosen);
      });
      boxes.append(
        h(
          'label',
          {
            class: `wb-county__industry${industry.parent ? ' wb-county__industry--child' : ''}`,
            for: box.id,
          },
          box,
          lang === 'en' ? industry.name_en : industry.name_zh,
        ),
      );
    }
    const resetIndustries = h(
      'button',
      { type: 'button', class: 'btn btn--ghost btn--small' },
      t('wb.county.industries.reset'),
    );
    resetIndustries.addEventListener('click', () => this.handlers.onIndustries(adcode, null));

    this.assumptions.append(
      h('h3', { class: 'wb-county__subtitle' }, t('wb.county.assumptions')),
      h(
        'div',
        { class: 'wb-county__growth-row' },
        h('label', { for: growthId }, t('wb.county.growth', { name })),
        h('span', { class: 'wb-county__growth-field' }, growth, reset),
      ),
      hint,
      h(
        'details',
        { class: 'wb-county__industry-box' },
        h(
          'summary',
          {},
          t('wb.county.industries'),
          h('span', { class: 'wb-county__edited badge' }, t('wb.county.industries.edited')),
        ),
        h(
          'p',
          { class: 'small muted' },
          planned.length
            ? t('wb.county.industries.plan', { list: plannedNames })
            : t('wb.county.industries.none'),
        ),
        h(
          'fieldset',
          {},
          h('legend', { class: 'visually-hidden' }, t('wb.county.industries')),
          boxes,
        ),
        resetIndustries,
      ),
      h('h3', { class: 'wb-county__subtitle' }, t('wb.county.multipliers')),
      h('dl', { class: 'facts wb-county__multipliers' }),
    );
    this.syncForm(true);
  }

  /** Puts the scenario's values into the form (a field being typed in keeps its text). */
  private syncForm(force = false): void {
    const s = this.state;
    if (!s?.unit) return;
    const adcode = s.unit.adcode;
    const lang = getLanguage();
    const def = outputDef(s.indicator);
    const own = s.scenario.counties.growth?.[adcode]?.[s.indicator];
    const growth = this.assumptions.querySelector<HTMLInputElement>('.wb-county__growth');
    if (growth && (force || document.activeElement !== growth))
      growth.value = own === undefined ? '' : String(own);
    const hint = growth ? this.assumptions.querySelector(`#${growth.id}-hint`) : null;
    if (hint)
      hint.textContent = t('wb.county.growth.default', {
        value: formatPercent(def.target, lang, 1),
      });
    const override = s.scenario.counties.industries?.[adcode];
    const chosen = new Set(override ?? this.planned(adcode));
    for (const box of this.assumptions.querySelectorAll<HTMLInputElement>('input[data-industry]'))
      box.checked = chosen.has(box.value);
    const edited = this.assumptions.querySelector<HTMLElement>('.wb-county__edited');
    if (edited) edited.hidden = override === undefined;
    const table = this.assumptions.querySelector('.wb-county__multipliers');
    if (table) {
      clear(table);
      const m = s.county?.multipliers;
      for (const d of DRIVERS) {
        const v = m?.multipliers[d.id];
        table.append(
          h('dt', {}, lang === 'en' ? d.nameEn : d.nameZh),
          h('dd', {}, v === undefined ? '—' : formatNumber(v, lang, 2)),
        );
      }
      if (m && m.unknown.length > 0)
        table.append(
          h('dt', {}, t('wb.county.unknownIndustry', { list: m.unknown.join(', ') })),
          h('dd', {}, ''),
        );
    }
  }

  private industryName(id: string): string {
    const industry = this.industries.find((i) => i.id === id);
    if (!industry) return id;
    return getLanguage() === 'en' ? industry.name_en : industry.name_zh;
  }
}
