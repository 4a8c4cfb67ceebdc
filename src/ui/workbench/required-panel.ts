/**
 * Required growth: a table where users enter the published year-to-date figures (1–3月累计,
 * 1–6月累计, 1–9月累计) of each indicator, and read what the remaining quarters need to meet the
 * full-year target (average growth, or the amount still to add) and the probability, under the
 * scenario, of getting it. Both numbers come from the engine's `required` output; the table
 * only collects the actuals and shows them.
 */
import { OUTPUTS, type OutputDef, type OutputId } from '../../model/outputs';
import type { SimulationResult } from '../../model/result-types';
import type { Scenario } from '../../model/scenario';
import { getLanguage, t, type MessageKey } from '../../i18n';
import { formatProbability, formatYtdPeriod, parenthesised } from '../../i18n/format';
import { clear, h } from '../dom';
import { readActuals, type ActualsProblem } from './actuals';
import { formatOutputValue, outputUnit } from './format';

/** Quarters a user can enter: the first three (the full year is the outcome itself). */
const ENTERED_QUARTERS = [1, 2, 3] as const;

const PROBLEM_KEY: Record<ActualsProblem, MessageKey> = {
  order: 'wb.req.order',
  nan: 'wb.req.invalid',
  range: 'wb.req.range.growth',
};

export interface RequiredHandlers {
  /** New actuals for an output (a prefix of the quarters; empty clears them). */
  onActuals: (id: OutputId, values: number[]) => void;
}

interface Row {
  def: OutputDef;
  inputs: HTMLInputElement[];
  required: HTMLElement;
  median: HTMLElement;
  p: HTMLElement;
  message: HTMLElement;
}

export class RequiredPanel {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly intro: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly clearButton: HTMLButtonElement;
  private rows = new Map<OutputId, Row>();
  private result: SimulationResult | null = null;
  private scenario: Scenario | null = null;

  constructor(private readonly handlers: RequiredHandlers) {
    this.heading = h('h2', { class: 'wb-section__title', id: 'wb-req-heading' });
    this.intro = h('p', { class: 'small muted' });
    this.table = h('table', { class: 'wb-req__table' });
    this.clearButton = h('button', { type: 'button', class: 'btn btn--ghost btn--small' });
    this.clearButton.addEventListener('click', () => {
      for (const id of Object.keys(this.scenario?.actuals ?? {}) as OutputId[])
        this.handlers.onActuals(id, []);
    });
    this.element = h(
      'section',
      { class: 'wb-section wb-req', 'aria-labelledby': this.heading.id },
      h('div', { class: 'wb-section__head' }, this.heading, this.clearButton),
      this.intro,
      h('div', { class: 'wb-req__scroll' }, this.table),
    );
    this.render();
  }

  update(scenario: Scenario, result: SimulationResult | null): void {
    this.scenario = scenario;
    this.result = result;
    this.clearButton.disabled = Object.keys(scenario.actuals).length === 0;
    for (const row of this.rows.values()) this.sync(row);
  }

  render(): void {
    const lang = getLanguage();
    this.heading.textContent = t('wb.req.heading');
    this.intro.textContent = t('wb.req.intro');
    this.clearButton.textContent = t('wb.req.clear');
    clear(this.table);
    this.rows.clear();
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col' }, t('wb.req.indicator')),
      ...ENTERED_QUARTERS.map((q) => h('th', { scope: 'col' }, formatYtdPeriod(q, lang))),
      h('th', { scope: 'col' }, t('wb.req.required')),
      h('th', { scope: 'col' }, t('wb.req.median')),
      h('th', { scope: 'col' }, t('wb.req.pAchieve')),
    );
    const body = h('tbody', {});
    for (const def of OUTPUTS) {
      const row = this.buildRow(def);
      this.rows.set(def.id, row);
      body.append(
        h(
          'tr',
          { 'data-output': def.id },
          h(
            'th',
            { scope: 'row' },
            h('span', {}, lang === 'en' ? def.nameEn : def.nameZh),
            h('span', { class: 'wb-req__unit' }, parenthesised(unitLabel(def), lang)),
            row.message,
          ),
          ...row.inputs.map((input) => h('td', {}, input)),
          h('td', { class: 'wb-req__out' }, row.required),
          h('td', { class: 'wb-req__out' }, row.median),
          h('td', { class: 'wb-req__out wb-req__p' }, row.p),
        ),
      );
    }
    this.table.append(h('thead', {}, head), body);
    if (this.scenario) this.update(this.scenario, this.result);
  }

  private buildRow(def: OutputDef): Row {
    const lang = getLanguage();
    const name = lang === 'en' ? def.nameEn : def.nameZh;
    const messageId = `wb-req-msg-${def.id.replace(/\W/g, '-')}`;
    const inputs = ENTERED_QUARTERS.map((q) =>
      h('input', {
        type: 'text',
        inputmode: 'decimal',
        class: 'wb-req__input',
        'data-quarter': q,
        autocomplete: 'off',
        'aria-label': t('wb.req.input.label', {
          name,
          period: formatYtdPeriod(q, lang),
          unit: unitLabel(def),
        }),
        'aria-describedby': messageId,
      }),
    );
    const row: Row = {
      def,
      inputs,
      required: h('span', {}),
      median: h('span', {}),
      p: h('span', {}),
      message: h('span', { class: 'wb-req__msg', id: messageId, 'aria-live': 'polite' }),
    };
    const read = (): void => {
      const reading = readActuals(
        inputs.map((i) => i.value),
        def.kind,
      );
      inputs.forEach((input) => input.removeAttribute('aria-invalid'));
      if (!reading.ok) {
        inputs[reading.quarter]?.setAttribute('aria-invalid', 'true');
        const key =
          reading.problem === 'range' && def.kind === 'level'
            ? 'wb.req.range.level'
            : PROBLEM_KEY[reading.problem];
        row.message.textContent = t(key);
        return;
      }
      row.message.textContent = '';
      const stored = this.scenario?.actuals[def.id] ?? [];
      if (stored.join() !== reading.values.join()) this.handlers.onActuals(def.id, reading.values);
    };
    for (const input of inputs) input.addEventListener('input', read);
    return row;
  }

  private sync(row: Row): void {
    const lang = getLanguage();
    const stored = this.scenario?.actuals[row.def.id] ?? [];
    const invalid = row.inputs.some((i) => i.getAttribute('aria-invalid') === 'true');
    row.inputs.forEach((input, q) => {
      const value = stored[q];
      const text = value === undefined ? '' : String(value);
      // A field being typed in (or showing an error) keeps its text.
      if (document.activeElement === input || invalid) return;
      if (input.value !== text) input.value = text;
    });
    const out = this.result?.outputs.find((o) => o.id === row.def.id);
    const req = out?.required ?? null;
    const none = t('wb.req.none');
    if (!req || stored.length === 0) {
      row.required.textContent = none;
      row.median.textContent = none;
      row.p.textContent = none;
      return;
    }
    const fmt = (v: number | null): string =>
      v === null || !Number.isFinite(v) ? none : formatOutputValue(v, row.def, lang);
    if (req.required === null) {
      const met = req.metAlready ? t('wb.req.met.yes') : t('wb.req.met.no');
      row.required.textContent = t('wb.req.met', { verdict: met });
    } else {
      row.required.textContent = t(
        row.def.kind === 'growth' ? 'wb.req.growthAvg' : 'wb.req.levelAdd',
        {
          value: fmt(req.required),
        },
      );
    }
    row.median.textContent = fmt(req.scenarioMedian);
    row.p.textContent = Number.isFinite(req.pAchieve)
      ? formatProbability(req.pAchieve, lang)
      : none;
  }
}

/** The unit an actual is entered in: % for growth, the level's unit otherwise. */
function unitLabel(def: OutputDef): string {
  const unit = outputUnit(def);
  return unit === '%' ? '%' : t(UNIT_KEY[def.unit] ?? 'wb.unit.yi');
}

const UNIT_KEY: Partial<Record<OutputDef['unit'], MessageKey>> = {
  亿元: 'wb.unit.yi',
  万平方米: 'wb.unit.wanm2',
  家: 'wb.unit.firms',
  万人: 'wb.unit.wanren',
};
