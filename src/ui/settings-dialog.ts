import { onLanguageChange, t, type MessageKey } from '../i18n';
import {
  checkBasemapUrl,
  type BasemapCrs,
  type BasemapKind,
  type BasemapUrlProblem,
  type OnlineBasemapSetting,
} from '../map/online-basemap';
import { h } from './dom';
import { SettingsDataSection, type DataSectionOptions } from './settings-data';

export interface SettingsDialogOptions extends DataSectionOptions {
  /** The basemap setting to show when the dialog opens. */
  basemap: () => OnlineBasemapSetting;
  /** Saves it; the owner reloads the page when a new server must be admitted. */
  saveBasemap: (setting: OnlineBasemapSetting) => Promise<void>;
}

const CRS_OPTIONS: readonly BasemapCrs[] = ['wgs84', 'gcj02', 'cgcs2000'];
const KINDS: readonly BasemapKind[] = ['tiles', 'style'];

/** The words for a URL problem, in the current language. */
export function basemapProblemText(problem: BasemapUrlProblem): string {
  switch (problem.code) {
    case 'too-long':
      return t('basemap.error.too-long', { max: problem.max });
    case 'protocol':
      return t('basemap.error.protocol', { protocol: problem.protocol });
    case 'missing-placeholders':
      return t('basemap.error.missing-placeholders', {
        missing: problem.missing.map((n) => `{${n}}`).join(', '),
      });
    case 'unknown-placeholder':
      return t('basemap.error.unknown-placeholder', {
        name: `{${problem.name}}`,
        supported: '{z} {x} {y} {quadkey} {bbox-epsg-3857}',
      });
    default:
      return t(`basemap.error.${problem.code}` as MessageKey);
  }
}

/**
 * The settings dialog: the optional online basemap and the backup of saved data. A native modal
 * <dialog>: focus moves into it and is trapped there, Escape closes it, and focus returns to the
 * button that opened it. Every field has a visible label; errors are tied to their field.
 */
export class SettingsDialog {
  readonly element: HTMLDialogElement;
  private readonly form: HTMLFormElement;
  private readonly data: SettingsDataSection;
  private draft: OnlineBasemapSetting | null = null;
  private error: string | null = null;
  private opener: HTMLElement | null = null;

  constructor(private readonly options: SettingsDialogOptions) {
    this.form = h('form', { method: 'dialog', class: 'settings', novalidate: true });
    this.data = new SettingsDataSection(options);
    this.element = h('dialog', { class: 'settings-dialog', 'aria-labelledby': 'settings-title' });
    this.element.append(this.form);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.save();
    });
    this.form.addEventListener('input', () => this.refresh());
    this.form.addEventListener('change', () => this.refresh());
    this.element.addEventListener('close', () => {
      this.draft = null;
      this.opener?.focus();
    });
    onLanguageChange(() => {
      if (this.element.open) this.render(this.read());
    });
  }

  /** A header button that opens the dialog (⚙, labelled for screen readers). */
  createButton(): HTMLButtonElement {
    const button = h('button', {
      type: 'button',
      class: 'btn btn--ghost btn--icon',
      'data-action': 'open-settings',
      'aria-haspopup': 'dialog',
    });
    button.textContent = '⚙';
    const label = (): void => {
      button.setAttribute('aria-label', t('settings.open'));
      button.title = t('settings.open');
    };
    label();
    onLanguageChange(label);
    button.addEventListener('click', () => this.open(button));
    return button;
  }

  open(opener: HTMLElement | null = null): void {
    if (!this.element.isConnected) document.body.append(this.element);
    this.opener = opener;
    this.error = null;
    this.render(this.options.basemap());
    this.element.showModal();
  }

  close(): void {
    this.element.close();
  }

  private field<K extends HTMLElement>(name: string): K | null {
    return this.form.querySelector<K>(`[name="${name}"]`);
  }

  /** The basemap setting as the form shows it now. */
  private read(): OnlineBasemapSetting {
    const value = (name: string): string =>
      this.field<HTMLInputElement | HTMLSelectElement>(name)?.value ?? '';
    const kind = this.form.querySelector<HTMLInputElement>('[name="kind"]:checked')?.value;
    const crs = value('crs');
    return {
      enabled: this.field<HTMLInputElement>('enabled')?.checked ?? false,
      kind: kind === 'style' ? 'style' : 'tiles',
      url: value('url').trim(),
      crs: CRS_OPTIONS.includes(crs as BasemapCrs) ? (crs as BasemapCrs) : 'wgs84',
      attribution: value('attribution').trim(),
    };
  }

  private async save(): Promise<void> {
    const setting = this.read();
    if (setting.enabled || setting.url !== '') {
      const checked = checkBasemapUrl(setting.url, setting.kind, location.protocol);
      if (!checked.ok && (setting.enabled || checked.problem.code !== 'empty')) {
        this.error = basemapProblemText(checked.problem);
        this.render(setting);
        this.field<HTMLInputElement>('url')?.focus();
        return;
      }
    }
    this.error = null;
    await this.options.saveBasemap(setting);
    this.close();
  }

  /** Updates the parts that follow the inputs (hint, CRS note, admitted server). */
  private refresh(): void {
    const s = this.read();
    const hint = this.form.querySelector('#settings-url-hint');
    if (hint) hint.textContent = t(`settings.basemap.url.hint.${s.kind}`);
    const note = this.form.querySelector('#settings-crs-note');
    if (note) {
      note.textContent = t(`settings.basemap.crs.note.${s.crs}`);
      note.classList.toggle('settings__warning', s.crs === 'gcj02');
    }
    const origin = this.form.querySelector('#settings-origin');
    if (origin) {
      const checked = checkBasemapUrl(s.url, s.kind, location.protocol);
      origin.textContent = !s.enabled
        ? t('settings.basemap.off')
        : checked.ok
          ? `${t('settings.basemap.origin', { origin: checked.origin })} ${t('settings.basemap.reload')}`
          : '';
    }
  }

  private render(s: OnlineBasemapSetting): void {
    const titleId = 'settings-title';
    const close = h('button', {
      type: 'button',
      class: 'settings__close',
      'aria-label': t('settings.close'),
    });
    close.textContent = '×';
    close.addEventListener('click', () => this.close());
    const cancel = h('button', { type: 'button', class: 'btn btn--ghost' }, t('settings.cancel'));
    cancel.addEventListener('click', () => this.close());

    const kinds = h(
      'fieldset',
      { class: 'settings__kinds' },
      h('legend', {}, t('settings.basemap.kind')),
      ...KINDS.map((kind) =>
        h(
          'label',
          { class: 'settings__choice' },
          h('input', { type: 'radio', name: 'kind', value: kind, checked: s.kind === kind }),
          ` ${t(`settings.basemap.kind.${kind}`)}`,
        ),
      ),
    );
    const url = h('input', {
      type: 'text',
      name: 'url',
      id: 'settings-url',
      inputmode: 'url',
      autocomplete: 'off',
      spellcheck: 'false',
      value: s.url,
      'aria-describedby': this.error ? 'settings-url-error settings-url-hint' : 'settings-url-hint',
      'aria-invalid': this.error ? 'true' : undefined,
    });
    const crs = h(
      'select',
      { name: 'crs', id: 'settings-crs', 'aria-describedby': 'settings-crs-note' },
      ...CRS_OPTIONS.map((c) =>
        h('option', { value: c, selected: s.crs === c }, t(`settings.basemap.crs.${c}`)),
      ),
    );
    this.form.replaceChildren(
      h(
        'header',
        { class: 'settings__header' },
        h('h2', { id: titleId }, t('settings.title')),
        close,
      ),
      h(
        'section',
        { class: 'settings__section', 'aria-labelledby': 'settings-basemap-heading' },
        h('h3', { id: 'settings-basemap-heading' }, t('settings.basemap.heading')),
        h('p', { class: 'muted' }, t('settings.basemap.intro')),
        h(
          'label',
          { class: 'settings__choice' },
          h('input', { type: 'checkbox', name: 'enabled', checked: s.enabled }),
          ` ${t('settings.basemap.enabled')}`,
        ),
        kinds,
        h('label', { for: 'settings-url' }, t('settings.basemap.url')),
        url,
        this.error
          ? h('p', { id: 'settings-url-error', class: 'settings__error' }, this.error)
          : null,
        h('p', { id: 'settings-url-hint', class: 'settings__hint' }),
        h('label', { for: 'settings-crs' }, t('settings.basemap.crs')),
        crs,
        h('p', { id: 'settings-crs-note', class: 'settings__hint', 'aria-live': 'polite' }),
        h('label', { for: 'settings-attribution' }, t('settings.basemap.attribution')),
        h('input', {
          type: 'text',
          name: 'attribution',
          id: 'settings-attribution',
          autocomplete: 'off',
          maxlength: 300,
          value: s.attribution,
        }),
        h('p', { id: 'settings-origin', class: 'settings__origin', 'aria-live': 'polite' }),
      ),
      this.data.render(),
      h(
        'footer',
        { class: 'settings__footer' },
        cancel,
        h('button', { type: 'submit', class: 'btn' }, t('settings.save')),
      ),
    );
    this.refresh();
  }
}
