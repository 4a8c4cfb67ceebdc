/**
 * The drivers panel: one control per driver, a slider and an exact number field in the
 * driver's unit, the plan's value marked on the slider, the uncertainty (sd) editable, and a
 * reset per driver and for all. Every value is clamped to the driver's bounds with a message
 * that says so; text that is not a number is never passed on.
 *
 * A reusable component (the presenter embeds it): it knows nothing of the store or the engine,
 * only `update(scenario)` in and edits out through its handlers.
 */
import { DRIVERS, type DriverDef, type DriverId } from '../../model/drivers';
import { resolveDrivers, type DriverSetting, type Scenario } from '../../model/scenario';
import { getLanguage, t } from '../../i18n';
import { h } from '../dom';
import { driverUnit, formatDriverNumber, formatDriverValue } from './format';
import { parseBounded, sdBounds, type BoundedNumber } from './scenario-edits';

export interface DriverPanelHandlers {
  /**
   * A driver was edited. `gesture` groups the edits of one slider drag or one typing run
   * (for the store's coalesced undo).
   */
  onEdit: (id: DriverId, patch: Partial<DriverSetting>, gesture: string) => void;
  /** A gesture ended (slider released, field left). */
  onCommit?: () => void;
  onReset: (id: DriverId) => void;
  onResetAll: () => void;
}

interface Row {
  def: DriverDef;
  element: HTMLElement;
  label: HTMLLabelElement;
  changed: HTMLElement;
  reset: HTMLButtonElement;
  slider: HTMLInputElement;
  mark: HTMLElement;
  min: HTMLElement;
  plan: HTMLElement;
  max: HTMLElement;
  value: HTMLInputElement;
  valueUnit: HTMLElement;
  sdLabel: HTMLLabelElement;
  sd: HTMLInputElement;
  sdUnit: HTMLElement;
  message: HTMLElement;
}

let instances = 0;

export class DriverPanel {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly resetAll: HTMLButtonElement;
  private readonly rows = new Map<DriverId, Row>();
  private scenario: Scenario | null = null;
  private readonly prefix: string;

  constructor(private readonly handlers: DriverPanelHandlers) {
    instances += 1;
    this.prefix = `wb-drv${instances}`;
    this.heading = h('h2', { class: 'wb-section__title', id: `${this.prefix}-heading` });
    this.resetAll = h('button', { type: 'button', class: 'btn btn--ghost btn--small' });
    this.resetAll.addEventListener('click', () => handlers.onResetAll());
    const list = h('div', { class: 'wb-drivers' });
    for (const def of DRIVERS) {
      const row = this.buildRow(def);
      this.rows.set(def.id, row);
      list.append(row.element);
    }
    this.element = h(
      'section',
      { class: 'wb-section wb-drivers-panel', 'aria-labelledby': this.heading.id },
      h('div', { class: 'wb-section__head' }, this.heading, this.resetAll),
      list,
    );
    this.render();
  }

  /** Shows a scenario's driver settings (fields being typed in keep their text). */
  update(scenario: Scenario): void {
    this.scenario = scenario;
    const settings = resolveDrivers(scenario);
    for (const [id, row] of this.rows) this.show(row, settings[id], id in scenario.drivers);
    this.resetAll.disabled = Object.keys(scenario.drivers).length === 0;
  }

  /** Re-renders every label (after a language switch). */
  render(): void {
    const lang = getLanguage();
    this.heading.textContent = t('wb.drivers.heading');
    this.resetAll.textContent = t('wb.drivers.resetAll');
    for (const row of this.rows.values()) {
      const { def } = row;
      const name = lang === 'en' ? def.nameEn : def.nameZh;
      const unit = driverUnit(def, lang);
      row.label.textContent = name;
      row.value.setAttribute('aria-label', t('wb.driver.value', { name, unit }));
      row.slider.setAttribute('aria-label', t('wb.driver.slider', { name }));
      row.valueUnit.textContent = unit;
      row.sdUnit.textContent = unit;
      row.sdLabel.textContent = t('wb.driver.sd');
      row.sd.setAttribute('aria-label', t('wb.driver.sd.label', { name, unit }));
      row.reset.textContent = t('wb.driver.reset');
      row.reset.setAttribute('aria-label', t('wb.driver.reset.label', { name }));
      row.changed.textContent = t('wb.driver.changed');
      row.min.textContent = formatDriverNumber(def.min, def, lang);
      row.max.textContent = formatDriverNumber(def.max, def, lang);
      const plan = formatDriverValue(def.plan, def, lang);
      row.plan.textContent = t(def.planAssumption ? 'wb.driver.planAssumption' : 'wb.driver.plan', {
        value: plan,
      });
      row.plan.title = lang === 'en' ? def.planSourceEn : def.planSourceZh;
      row.slider.setAttribute(
        'aria-valuetext',
        formatDriverValue(Number(row.slider.value), def, lang),
      );
      row.message.textContent = '';
    }
    if (this.scenario) this.update(this.scenario);
  }

  /** Focuses a driver's number field (used by the presenter's "what if"). */
  focus(id: DriverId): void {
    this.rows.get(id)?.value.focus();
  }

  private buildRow(def: DriverDef): Row {
    const id = `${this.prefix}-${def.id}`;
    const [sdMin, sdMax] = sdBounds(def);
    const messageId = `${id}-msg`;
    const slider = h('input', {
      type: 'range',
      class: 'wb-driver__range',
      id: `${id}-range`,
      min: def.min,
      max: def.max,
      step: def.step,
      'aria-describedby': `${id}-scale`,
    });
    const value = h('input', {
      type: 'number',
      class: 'wb-driver__value',
      id: `${id}-value`,
      min: def.min,
      max: def.max,
      step: 'any',
      inputmode: 'decimal',
      'aria-describedby': messageId,
    });
    const sd = h('input', {
      type: 'number',
      class: 'wb-driver__sd',
      id: `${id}-sd`,
      min: sdMin,
      max: sdMax,
      step: 'any',
      inputmode: 'decimal',
      'aria-describedby': messageId,
    });
    const mark = h('span', { class: 'wb-driver__mark', 'aria-hidden': 'true' });
    // Where the plan's value sits on the track; the thumb (16 px) never reaches the very ends.
    const share = (def.plan - def.min) / (def.max - def.min);
    mark.style.left = `calc(8px + ${share.toFixed(4)} * (100% - 16px))`;
    const row: Row = {
      def,
      label: h('label', { class: 'wb-driver__name', for: value.id }),
      changed: h('span', { class: 'wb-driver__changed' }),
      reset: h('button', { type: 'button', class: 'btn btn--ghost btn--small wb-driver__reset' }),
      slider,
      mark,
      min: h('span', { class: 'wb-driver__min' }),
      plan: h('span', { class: 'wb-driver__plan' }),
      max: h('span', { class: 'wb-driver__max' }),
      value,
      valueUnit: h('span', { class: 'wb-driver__unit' }),
      sdLabel: h('label', { class: 'wb-driver__sd-label', for: sd.id }),
      sd,
      sdUnit: h('span', { class: 'wb-driver__unit' }),
      message: h('p', { class: 'wb-driver__msg', id: messageId, 'aria-live': 'polite' }),
      element: h('div', { class: 'wb-driver', 'data-driver': def.id }),
    };
    row.element.append(
      h('div', { class: 'wb-driver__head' }, row.label, row.changed, row.reset),
      h('div', { class: 'wb-driver__track' }, slider, mark),
      h('div', { class: 'wb-driver__scale', id: `${id}-scale` }, row.min, row.plan, row.max),
      h(
        'div',
        { class: 'wb-driver__fields' },
        h('span', { class: 'wb-driver__field' }, value, row.valueUnit),
        h('span', { class: 'wb-driver__field' }, row.sdLabel, sd, row.sdUnit),
      ),
      row.message,
    );
    this.bind(row, sdMin, sdMax);
    return row;
  }

  private bind(row: Row, sdMin: number, sdMax: number): void {
    const { def, handlers } = { def: row.def, handlers: this.handlers };
    row.slider.addEventListener('input', () => {
      this.say(row, null);
      handlers.onEdit(def.id, { value: Number(row.slider.value) }, `slider:${def.id}`);
    });
    row.slider.addEventListener('change', () => handlers.onCommit?.());
    const typed = (
      input: HTMLInputElement,
      min: number,
      max: number,
      field: keyof DriverSetting,
    ): void => {
      const read = (): BoundedNumber =>
        input.validity.badInput
          ? { ok: false, reason: 'nan' }
          : parseBounded(input.value, min, max);
      input.addEventListener('input', () => {
        const parsed = read();
        // Half-typed text ("-", "1e") is not an error yet: it is judged when the field is left.
        input.setAttribute('aria-invalid', String(!parsed.ok));
        if (!parsed.ok) return;
        this.sayClamped(row, parsed, field);
        handlers.onEdit(def.id, { [field]: parsed.value }, `${field}:${def.id}`);
      });
      // Leaving the field shows what was kept (the clamped value, or the last valid one).
      input.addEventListener('change', () => {
        const parsed = read();
        if (!parsed.ok) this.say(row, t('wb.driver.invalid'));
        input.removeAttribute('aria-invalid');
        if (this.scenario) input.value = String(resolveDrivers(this.scenario)[def.id][field]);
        handlers.onCommit?.();
      });
    };
    typed(row.value, def.min, def.max, 'value');
    typed(row.sd, sdMin, sdMax, 'sd');
    row.reset.addEventListener('click', () => {
      this.say(row, null);
      handlers.onReset(def.id);
    });
  }

  private sayClamped(row: Row, parsed: BoundedNumber, field: keyof DriverSetting): void {
    if (!parsed.ok || parsed.clamped === null) {
      this.say(row, null);
      return;
    }
    const shown =
      field === 'value'
        ? formatDriverValue(parsed.value, row.def, getLanguage())
        : String(parsed.value);
    this.say(
      row,
      t(parsed.clamped === 'min' ? 'wb.driver.clamped.min' : 'wb.driver.clamped.max', {
        value: shown,
      }),
    );
  }

  private say(row: Row, text: string | null): void {
    row.message.textContent = text ?? '';
    row.element.classList.toggle('wb-driver--message', text !== null);
  }

  private show(row: Row, setting: DriverSetting, changed: boolean): void {
    const active = document.activeElement;
    row.slider.value = String(setting.value);
    row.slider.setAttribute(
      'aria-valuetext',
      formatDriverValue(setting.value, row.def, getLanguage()),
    );
    // A field being typed in keeps its text while it parses to the stored value (or is blank).
    const keep = (input: HTMLInputElement, stored: number): boolean =>
      active === input &&
      (input.value === '' || input.validity.badInput || Number(input.value) === stored);
    if (!keep(row.value, setting.value)) row.value.value = String(setting.value);
    if (!keep(row.sd, setting.sd)) row.sd.value = String(setting.sd);
    row.changed.hidden = !changed;
    row.reset.disabled = !changed;
    row.element.classList.toggle('wb-driver--changed', changed);
  }
}
