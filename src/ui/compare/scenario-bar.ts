/**
 * The compared scenarios as a row of chips (A, B, C, D; each with "make A" and remove), the
 * "add a scenario" picker (current, saved, presets), "import from file", "copy link", and the
 * messages about them (a file's problems name their fields).
 */
import { getLanguage, t } from '../../i18n';
import type { Scenario } from '../../model/scenario';
import { clear, h } from '../dom';
import { MAX_SCENARIOS, SLOT_KEYS } from './compare-state';
import type { ScenarioChoice } from './scenario-sources';
import { langRuns } from '../lang-runs';
import { lead } from '../../i18n/format';

export interface BarMessage {
  level: 'info' | 'error';
  /** Re-read when the language changes. */
  text: () => string;
  details?: string[];
}

export interface ScenarioBarHandlers {
  add: (choice: ScenarioChoice) => void;
  remove: (index: number) => void;
  makeBase: (index: number) => void;
  importFile: (file: File) => void;
  copyLink: () => void;
}

export const slotLetter = (i: number): string => (SLOT_KEYS[i] ?? '?').toUpperCase();

export class ScenarioBar {
  readonly element: HTMLElement;
  private readonly chips: HTMLElement;
  private readonly adder: HTMLElement;
  private readonly messages: HTMLElement;

  constructor(private readonly handlers: ScenarioBarHandlers) {
    this.chips = h('ol', { class: 'compare-chips', id: 'compare-chips' });
    this.adder = h('div', { class: 'compare-adder' });
    this.messages = h('div', { class: 'compare-messages', id: 'compare-messages' });
    this.element = h('div', { class: 'compare-bar' }, this.chips, this.adder, this.messages);
  }

  render(scenarios: readonly Scenario[], choices: readonly ScenarioChoice[]): void {
    clear(this.chips);
    scenarios.forEach((s, i) => {
      const letter = slotLetter(i);
      const remove = h(
        'button',
        {
          type: 'button',
          class: 'compare-chip__remove',
          'aria-label': t('compare.remove.label', { letter, name: s.name }),
          title: t('compare.remove'),
        },
        '×',
      );
      remove.addEventListener('click', () => this.handlers.remove(i));
      const base =
        i === 0
          ? null
          : h(
              'button',
              { type: 'button', class: 'btn btn--ghost btn--small' },
              // The visible words start the accessible name; the rest says which scenario.
              t('compare.makeBase'),
              h('span', { class: 'visually-hidden' }, t('compare.makeBase.which', { letter })),
            );
      base?.addEventListener('click', () => this.handlers.makeBase(i));
      this.chips.append(
        h(
          'li',
          { class: `compare-chip compare-chip--${i}`, 'data-slot': letter },
          h('span', { class: 'compare-chip__letter', 'aria-hidden': 'true' }, letter),
          h(
            'span',
            { class: 'compare-chip__name' },
            h(
              'span',
              { class: 'visually-hidden' },
              lead(t('compare.slot', { letter }), getLanguage()),
            ),
            ...langRuns(s.name),
          ),
          base,
          remove,
        ),
      );
    });

    const full = scenarios.length >= MAX_SCENARIOS;
    const lang = getLanguage();
    const label = (c: ScenarioChoice): string => (lang === 'en' ? c.name.en : c.name.zh);
    const group = (
      key: 'compare.source.current' | 'compare.source.saved' | 'compare.source.presets',
      kind: ScenarioChoice['kind'],
    ) => {
      const items = choices.filter((c) => c.kind === kind);
      return items.length === 0
        ? null
        : h(
            'optgroup',
            { label: t(key) },
            ...items.map((c) => h('option', { value: c.key }, label(c))),
          );
    };
    const select = h(
      'select',
      { id: 'compare-add-select', disabled: full },
      h('option', { value: '' }, t('compare.add.choose')),
      group('compare.source.current', 'current'),
      group('compare.source.saved', 'saved'),
      group('compare.source.presets', 'preset'),
    );
    const add = h(
      'button',
      { type: 'button', class: 'btn', id: 'compare-add', disabled: full },
      t('compare.add.button'),
    );
    add.addEventListener('click', () => {
      const choice = choices.find((c) => c.key === select.value);
      if (choice) this.handlers.add(choice);
    });
    const file = h('input', {
      type: 'file',
      id: 'compare-import-file',
      accept: '.json,application/json',
      class: 'visually-hidden',
      tabindex: -1,
      'aria-hidden': 'true',
    });
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      file.value = '';
      if (f) this.handlers.importFile(f);
    });
    const importButton = h(
      'button',
      { type: 'button', class: 'btn btn--ghost', id: 'compare-import', disabled: full },
      t('compare.source.import'),
    );
    importButton.addEventListener('click', () => file.click());
    const copy = h(
      'button',
      { type: 'button', class: 'btn btn--ghost', id: 'compare-copy' },
      t('compare.copy'),
    );
    copy.addEventListener('click', () => this.handlers.copyLink());
    clear(this.adder);
    this.adder.append(
      h('label', { for: select.id }, t('compare.add')),
      select,
      add,
      importButton,
      file,
      copy,
    );
  }

  /** Shows a message (null clears). Errors are announced assertively. */
  show(message: BarMessage | null, extra?: HTMLElement): void {
    this.message = message;
    this.extra = extra ?? null;
    this.renderMessage();
  }

  private message: BarMessage | null = null;
  private extra: HTMLElement | null = null;

  /** Draws the current message again (the language changed). */
  renderMessage(): void {
    const message = this.message;
    const extra = this.extra;
    clear(this.messages);
    this.messages.removeAttribute('role');
    if (!message) return;
    this.messages.setAttribute('role', message.level === 'error' ? 'alert' : 'status');
    this.messages.append(
      h(
        'div',
        { class: `compare-message compare-message--${message.level}` },
        h('p', {}, message.text()),
        message.details && message.details.length > 0
          ? h('ul', {}, ...message.details.map((d) => h('li', { lang: 'en' }, d)))
          : null,
        extra ?? null,
      ),
    );
  }
}
