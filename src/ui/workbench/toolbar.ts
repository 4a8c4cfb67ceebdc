/**
 * The scenario toolbar: the scenario's name, undo and redo, "copy link", exports (results as
 * CSV, the scenario as JSON) and import of a scenario file. Messages (an import's errors, a link
 * that could not be copied) appear under it and are announced.
 */
import { getLanguage, t } from '../../i18n';
import { lead } from '../../i18n/format';
import { clear, h } from '../dom';

export interface ToolbarHandlers {
  onRename: (name: string) => void;
  onUndo: () => void;
  onRedo: () => void;
  onShare: () => void;
  onExportCsv: () => void;
  onExportJson: () => void;
  onImport: (file: File) => void;
}

export class Toolbar {
  readonly element: HTMLElement;
  private readonly nameLabel: HTMLLabelElement;
  private readonly name: HTMLInputElement;
  private readonly undo: HTMLButtonElement;
  private readonly redo: HTMLButtonElement;
  private readonly share: HTMLButtonElement;
  private readonly csv: HTMLButtonElement;
  private readonly json: HTMLButtonElement;
  private readonly importButton: HTMLButtonElement;
  private readonly importInput: HTMLInputElement;
  private readonly exportLabel: HTMLElement;
  readonly messages: HTMLElement;

  constructor(handlers: ToolbarHandlers) {
    this.name = h('input', {
      type: 'text',
      id: 'wb-name',
      class: 'wb-toolbar__name',
      maxlength: 200,
      autocomplete: 'off',
    });
    this.nameLabel = h('label', { for: this.name.id, class: 'visually-hidden' });
    this.name.addEventListener('change', () => handlers.onRename(this.name.value));
    const button = (cls: string, action: string, run: () => void): HTMLButtonElement => {
      const b = h('button', {
        type: 'button',
        class: `btn btn--ghost btn--small ${cls}`,
        'data-action': action,
      });
      b.addEventListener('click', run);
      return b;
    };
    this.undo = button('wb-toolbar__undo', 'undo', handlers.onUndo);
    this.redo = button('wb-toolbar__redo', 'redo', handlers.onRedo);
    this.undo.setAttribute('aria-keyshortcuts', 'Control+Z');
    this.redo.setAttribute('aria-keyshortcuts', 'Control+Shift+Z Control+Y');
    this.share = button('wb-toolbar__share', 'share', handlers.onShare);
    this.csv = button('', 'export-csv', handlers.onExportCsv);
    this.json = button('', 'export-json', handlers.onExportJson);
    // The file input stays hidden; a real button opens it, so focus and labels are the usual.
    this.importInput = h('input', {
      type: 'file',
      id: 'wb-import',
      class: 'wb-toolbar__file',
      accept: '.json,application/json',
      hidden: true,
      tabindex: -1,
    });
    this.importButton = button('wb-toolbar__import', 'import', () => this.importInput.click());
    this.importInput.addEventListener('change', () => {
      const file = this.importInput.files?.[0];
      this.importInput.value = '';
      if (file) handlers.onImport(file);
    });
    this.exportLabel = h('span', { class: 'wb-toolbar__label' });
    this.messages = h('div', { class: 'wb-toolbar__messages', 'aria-live': 'polite' });
    this.element = h(
      'div',
      { class: 'wb-toolbar' },
      h('span', { class: 'wb-toolbar__group wb-toolbar__group--name' }, this.nameLabel, this.name),
      h('span', { class: 'wb-toolbar__group' }, this.undo, this.redo),
      h(
        'span',
        { class: 'wb-toolbar__group' },
        this.share,
        this.exportLabel,
        this.csv,
        this.json,
        this.importInput,
        this.importButton,
      ),
    );
    this.render();
  }

  update(state: { name: string; canUndo: boolean; canRedo: boolean }): void {
    if (document.activeElement !== this.name) this.name.value = state.name;
    this.undo.disabled = !state.canUndo;
    this.redo.disabled = !state.canRedo;
  }

  render(): void {
    this.nameLabel.textContent = t('wb.scenario.name');
    this.undo.textContent = `↶ ${t('wb.undo')}`;
    this.undo.title = t('wb.undo.title');
    this.redo.textContent = `↷ ${t('wb.redo')}`;
    this.redo.title = t('wb.redo.title');
    this.share.textContent = t('wb.share');
    this.share.title = t('wb.share.title');
    this.exportLabel.textContent = lead(t('wb.export'), getLanguage());
    this.csv.textContent = t('wb.export.csv');
    this.json.textContent = t('wb.export.json');
    this.importButton.textContent = t('wb.import');
    this.importInput.setAttribute('aria-label', t('wb.import.label'));
  }

  /** Shows a message under the toolbar (replacing the previous one); null clears. */
  say(kind: 'ok' | 'error', lines: string[] | null, extra?: HTMLElement): void {
    clear(this.messages);
    if (!lines) return;
    const box = h('div', {
      class: `wb-toolbar__message wb-toolbar__message--${kind}`,
      role: kind === 'error' ? 'alert' : 'status',
    });
    const [first, ...rest] = lines;
    box.append(h('p', {}, first ?? ''));
    if (rest.length) box.append(h('ul', {}, ...rest.map((line) => h('li', {}, line))));
    if (extra) box.append(extra);
    const close = h(
      'button',
      { type: 'button', class: 'notice__dismiss', 'aria-label': t('notice.dismiss') },
      '×',
    );
    close.addEventListener('click', () => clear(this.messages));
    box.append(close);
    this.messages.append(box);
  }
}
