/**
 * The presets: the engine's five scenarios (plan-consistent baseline, external-demand
 * downturn, fast Gulei ramp-up, property slump, consumption rebound), each with its one-line
 * description of exactly what it changes. The preset the drivers match is marked pressed.
 */
import { PRESETS, type Preset } from '../../model/presets';
import type { Scenario } from '../../model/scenario';
import { getLanguage, t } from '../../i18n';
import { clear, h } from '../dom';
import { matchingPreset } from './scenario-edits';

export class PresetsPanel {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly list: HTMLElement;
  private active: Preset['id'] | null = null;

  constructor(private readonly onApply: (preset: Preset) => void) {
    this.heading = h('h2', { class: 'wb-section__title', id: 'wb-presets-heading' });
    this.list = h('ul', { class: 'wb-presets' });
    this.element = h(
      'section',
      { class: 'wb-section', 'aria-labelledby': this.heading.id },
      this.heading,
      this.list,
    );
    this.render();
  }

  update(scenario: Scenario): void {
    const id = matchingPreset(scenario)?.id ?? null;
    if (id === this.active) return;
    this.active = id;
    for (const button of this.list.querySelectorAll<HTMLButtonElement>('button[data-preset]'))
      button.setAttribute('aria-pressed', String(button.dataset.preset === id));
  }

  render(): void {
    const en = getLanguage() === 'en';
    this.heading.textContent = t('wb.presets.heading');
    clear(this.list);
    for (const preset of PRESETS) {
      const name = en ? preset.nameEn : preset.nameZh;
      const button = h(
        'button',
        {
          type: 'button',
          class: 'wb-preset',
          'data-preset': preset.id,
          'aria-pressed': String(preset.id === this.active),
          title: t('wb.presets.apply', { name }),
        },
        h('span', { class: 'wb-preset__name' }, name),
        h('span', { class: 'wb-preset__desc' }, en ? preset.descriptionEn : preset.descriptionZh),
      );
      button.addEventListener('click', () => this.onApply(preset));
      this.list.append(h('li', {}, button));
    }
  }
}
