import { t } from '../../i18n';
import { getLanguage } from '../../i18n';
import { driverDef, resolveDrivers, type DriverId, type Scenario } from '../../model/index.ts';
import { formatDriverValue } from '../../present/scene-text';
import { h } from '../dom';

/**
 * The scene's live drivers: a presenter answers "what if…" by moving one, and R returns to the
 * script. Built once per scene (so a slider being dragged keeps focus while results refresh);
 * `sync` only updates the values shown. While presenting, a focused slider takes ↑ ↓ (the
 * browser's own) and + − (`nudge`); → ← and the other clicker keys turn the page (keymap.ts).
 */
export class WhatIfSliders {
  readonly element: HTMLElement;
  private inputs = new Map<DriverId, { input: HTMLInputElement; output: HTMLOutputElement }>();

  constructor(private readonly onChange: (id: DriverId, value: number) => void) {
    this.element = h('div', { class: 'present-sliders', hidden: true });
  }

  /** Builds the sliders for `ids` at the scenario's values (none: hidden). */
  render(ids: readonly DriverId[], scenario: Scenario | null): void {
    this.inputs.clear();
    if (ids.length === 0 || !scenario) {
      this.element.hidden = true;
      this.element.replaceChildren();
      return;
    }
    const lang = getLanguage();
    const values = resolveDrivers(scenario);
    const rows = ids.map((id) => {
      const def = driverDef(id);
      const inputId = `whatif-${id}`;
      const input = h('input', {
        type: 'range',
        id: inputId,
        min: def.min,
        max: def.max,
        step: def.step,
        'data-driver': id,
      });
      input.value = String(values[id].value);
      const output = h('output', { class: 'present-slider__value', for: inputId });
      output.textContent = formatDriverValue(def, values[id].value, lang);
      input.addEventListener('input', () => {
        const value = Number(input.value);
        output.textContent = formatDriverValue(def, value, getLanguage());
        this.onChange(id, value);
      });
      this.inputs.set(id, { input, output });
      return h(
        'div',
        { class: 'present-slider' },
        h(
          'label',
          { for: inputId, class: 'present-slider__label' },
          lang === 'en' ? def.nameEn : def.nameZh,
        ),
        input,
        output,
        h(
          'span',
          { class: 'present-slider__plan' },
          t('present.slider.plan', { value: formatDriverValue(def, def.plan, lang) }),
        ),
      );
    });
    this.element.hidden = false;
    this.element.replaceChildren(
      h('p', { class: 'present-sliders__heading' }, t('present.sliders.heading')),
      ...rows,
    );
  }

  /** How many sliders the scene has. */
  get count(): number {
    return this.inputs.size;
  }

  /**
   * Moves the slider `target` one step up (+1) or down (−1), within its range, as ↑ and ↓ do;
   * false when `target` is not one of these sliders or is already at its end.
   */
  nudge(target: EventTarget | null, step: 1 | -1): boolean {
    if (!(target instanceof HTMLInputElement) || !this.element.contains(target)) return false;
    const before = target.value;
    if (step > 0) target.stepUp();
    else target.stepDown();
    if (target.value === before) return false;
    // As the browser does for ↑ ↓: the value shown and the model follow the input event.
    target.dispatchEvent(new Event('input', { bubbles: true }));
    target.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }

  /** Shows the scenario's values (after R, or a change from elsewhere). */
  sync(scenario: Scenario | null): void {
    if (!scenario) return;
    const values = resolveDrivers(scenario);
    const lang = getLanguage();
    for (const [id, { input, output }] of this.inputs) {
      input.value = String(values[id].value);
      output.textContent = formatDriverValue(driverDef(id), values[id].value, lang);
    }
  }
}
