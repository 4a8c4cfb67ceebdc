/**
 * "My scenarios": named scenarios saved in IndexedDB (the shared `scenarioKind`, so the compare
 * view and the presenter list the same ones), with save-as, load, rename and delete. Records
 * that cannot be read are listed with the reason and never deleted behind the user's back.
 * Deleting asks for a second click on the same button (no modal dialog: a briefing-room
 * clicker or a screen reader should never be trapped in one).
 */
import type { Scenario } from '../../model/scenario';
import type { Collection, LoadedRecord } from '../../state/storage';
import { t } from '../../i18n';
import { clear, h } from '../dom';

export interface LibraryHandlers {
  /** The scenario being edited (what "save as" saves). */
  current: () => Scenario;
  /** Load a saved scenario into the workbench. */
  load: (scenario: Scenario, name: string) => void;
}

export class LibraryPanel {
  readonly element: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly list: HTMLElement;
  private readonly saveButton: HTMLButtonElement;
  private readonly saveForm: HTMLFormElement;
  private readonly saveInput: HTMLInputElement;
  private readonly saveLabel: HTMLLabelElement;
  private readonly saveConfirm: HTMLButtonElement;
  private readonly saveCancel: HTMLButtonElement;
  private readonly status: HTMLElement;
  private records: LoadedRecord<Scenario>[] = [];
  private renaming: string | null = null;
  private confirmDelete: string | null = null;

  /**
   * @param memoryOnly resolves true when storage fell back to memory (private mode, quota):
   *   the panel then says that saved scenarios last only as long as the page.
   */
  constructor(
    private readonly collection: Promise<Collection<Scenario>>,
    private readonly handlers: LibraryHandlers,
    private readonly memoryOnly: Promise<boolean> = Promise.resolve(false),
  ) {
    this.heading = h('h2', { class: 'wb-section__title', id: 'wb-library-heading' });
    this.list = h('ul', { class: 'wb-library' });
    this.saveButton = h('button', { type: 'button', class: 'btn btn--ghost btn--small' });
    this.saveInput = h('input', {
      type: 'text',
      id: 'wb-library-name',
      maxlength: 200,
      autocomplete: 'off',
    });
    this.saveLabel = h('label', { for: this.saveInput.id });
    this.saveConfirm = h('button', { type: 'submit', class: 'btn btn--small' });
    this.saveCancel = h('button', { type: 'button', class: 'btn btn--ghost btn--small' });
    this.saveForm = h(
      'form',
      { class: 'wb-library__save', hidden: true },
      this.saveLabel,
      this.saveInput,
      h('span', { class: 'wb-library__buttons' }, this.saveConfirm, this.saveCancel),
    );
    this.status = h('p', { class: 'wb-library__status', 'aria-live': 'polite' });
    this.element = h(
      'section',
      { class: 'wb-section', 'aria-labelledby': this.heading.id },
      h('div', { class: 'wb-section__head' }, this.heading, this.saveButton),
      this.saveForm,
      this.status,
      this.list,
    );
    this.saveButton.addEventListener('click', () => this.openSave());
    this.saveCancel.addEventListener('click', () => this.closeSave());
    this.saveForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.save(this.saveInput.value);
    });
    this.saveForm.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.closeSave();
    });
    this.render();
    void this.refresh();
  }

  /** Re-reads the saved scenarios (after a save, or when another view changed them). */
  async refresh(): Promise<void> {
    this.records = await (await this.collection).list();
    this.renderList();
  }

  render(): void {
    void this.memoryOnly.then((memory) => {
      if (memory) this.status.textContent = t('wb.library.memory');
    });
    this.heading.textContent = t('wb.library.heading');
    this.saveButton.textContent = t('wb.library.save');
    this.saveLabel.textContent = t('wb.library.saveName');
    this.saveConfirm.textContent = t('wb.library.saveConfirm');
    this.saveCancel.textContent = t('wb.library.cancel');
    this.renderList();
  }

  private openSave(): void {
    this.saveForm.hidden = false;
    this.saveInput.value = this.handlers.current().name;
    this.saveInput.focus();
    this.saveInput.select();
  }

  private closeSave(): void {
    this.saveForm.hidden = true;
    this.saveButton.focus();
  }

  private async save(rawName: string): Promise<void> {
    const name = rawName.trim().slice(0, 200) || t('wb.scenario.defaultName');
    try {
      await (await this.collection).save({ name, value: { ...this.handlers.current(), name } });
      this.status.textContent = t('wb.library.saved', { name });
      this.saveForm.hidden = true;
      await this.refresh();
      this.saveButton.focus();
    } catch (err) {
      this.status.textContent = t('wb.library.error', {
        detail: err instanceof Error ? err.message : String(err),
      });
    }
  }

  private async rename(record: Extract<LoadedRecord<Scenario>, { ok: true }>, raw: string) {
    const name = raw.trim().slice(0, 200);
    this.renaming = null;
    if (name && name !== record.name) {
      await (await this.collection).save({ id: record.id, name, value: { ...record.value, name } });
    }
    await this.refresh();
    this.list
      .querySelector<HTMLElement>(`[data-record="${record.id}"] .wb-library__rename`)
      ?.focus();
  }

  private async remove(id: string): Promise<void> {
    this.confirmDelete = null;
    await (await this.collection).remove(id);
    await this.refresh();
    this.saveButton.focus();
  }

  private renderList(): void {
    clear(this.list);
    if (this.records.length === 0) {
      this.list.append(h('li', { class: 'wb-library__empty muted' }, t('wb.library.empty')));
      return;
    }
    for (const record of this.records) this.list.append(this.item(record));
  }

  private item(record: LoadedRecord<Scenario>): HTMLElement {
    const li = h('li', { class: 'wb-library__item', 'data-record': record.id });
    if (!record.ok) {
      li.append(
        h('span', { class: 'wb-library__name' }, record.name || record.id),
        h(
          'span',
          { class: 'wb-library__error' },
          t('wb.library.unreadable', { detail: record.message }),
        ),
      );
      return li;
    }
    if (this.renaming === record.id) {
      const input = h('input', {
        type: 'text',
        value: record.name,
        maxlength: 200,
        'aria-label': t('wb.library.rename.label', { name: record.name }),
      });
      const form = h(
        'form',
        { class: 'wb-library__rename-form' },
        input,
        h('button', { type: 'submit', class: 'btn btn--small' }, t('wb.library.saveConfirm')),
      );
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        void this.rename(record, input.value);
      });
      input.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape') return;
        this.renaming = null;
        this.renderList();
      });
      li.append(form);
      queueMicrotask(() => input.focus());
      return li;
    }
    const button = (cls: string, text: string, label: string, run: () => void) => {
      const b = h(
        'button',
        { type: 'button', class: `btn btn--ghost btn--small ${cls}`, 'aria-label': label },
        text,
      );
      b.addEventListener('click', run);
      return b;
    };
    const confirming = this.confirmDelete === record.id;
    li.append(
      h('span', { class: 'wb-library__name', title: record.updatedAt }, record.name),
      h(
        'span',
        { class: 'wb-library__buttons' },
        button(
          'wb-library__load',
          t('wb.library.load'),
          t('wb.library.load.label', { name: record.name }),
          () => this.handlers.load(record.value, record.name),
        ),
        button(
          'wb-library__rename',
          t('wb.library.rename'),
          t('wb.library.rename.label', { name: record.name }),
          () => {
            this.renaming = record.id;
            this.renderList();
          },
        ),
        button(
          `wb-library__delete${confirming ? ' wb-library__delete--confirm' : ''}`,
          confirming ? t('wb.library.delete.confirm') : t('wb.library.delete'),
          confirming
            ? t('wb.library.delete.confirm')
            : t('wb.library.delete.label', { name: record.name }),
          () => {
            if (confirming) void this.remove(record.id);
            else {
              this.confirmDelete = record.id;
              this.renderList();
              this.list
                .querySelector<HTMLElement>(`[data-record="${record.id}"] .wb-library__delete`)
                ?.focus();
            }
          },
        ),
      ),
    );
    return li;
  }
}
