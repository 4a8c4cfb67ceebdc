import { getLanguage, t } from '../i18n';
import type { ImportReport } from '../state/storage';
import { h } from './dom';
import { fileRejectionMessage, MAX_BACKUP_FILE_BYTES, readUserFile } from './read-file';

export interface DataSectionOptions {
  /** True while saved data lives in this page only (IndexedDB unavailable or full). */
  inMemoryOnly: () => boolean;
  /** Downloads everything as one JSON file. */
  exportAll: () => Promise<void>;
  /** Imports a backup file's parsed JSON; never overwrites or deletes saved records. */
  importAll: (
    json: unknown,
  ) => Promise<{ ok: true; report: ImportReport } | { ok: false; message: string }>;
}

/** The settings dialog's backup section: "export all as JSON" and "import a backup". */
export class SettingsDataSection {
  private status: { text: string; error: boolean } | null = null;
  private statusEl: HTMLElement | null = null;

  constructor(private readonly options: DataSectionOptions) {}

  render(): HTMLElement {
    const exportButton = h('button', { type: 'button', class: 'btn' }, t('storage.export'));
    exportButton.addEventListener('click', () => {
      this.options.exportAll().catch((err: unknown) => {
        this.show(t('storage.export.failed', { detail: describe(err) }), true);
      });
    });
    const file = h('input', {
      type: 'file',
      accept: '.json,application/json',
      hidden: true,
      tabindex: -1,
    });
    const importButton = h(
      'button',
      { type: 'button', class: 'btn btn--ghost' },
      t('settings.data.import'),
    );
    importButton.addEventListener('click', () => file.click());
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      file.value = '';
      if (chosen) void this.importFile(chosen);
    });
    this.statusEl = h('p', { class: 'settings__status', role: 'status' });
    this.paintStatus();
    return h(
      'section',
      { class: 'settings__section', 'aria-labelledby': 'settings-data-heading' },
      h('h3', { id: 'settings-data-heading' }, t('settings.data.heading')),
      h('p', { class: 'muted' }, t('settings.data.intro')),
      this.options.inMemoryOnly()
        ? h('p', { class: 'settings__warning' }, t('settings.data.memory'))
        : null,
      h('div', { class: 'settings__row' }, exportButton, importButton, file),
      this.statusEl,
    );
  }

  private async importFile(file: File): Promise<void> {
    // Size first: a file over the limit is not read, and nothing saved is touched.
    const read = await readUserFile(file, MAX_BACKUP_FILE_BYTES);
    if (!read.ok) {
      this.show(
        t('settings.data.import.failed', { detail: fileRejectionMessage(read, getLanguage()) }),
        true,
      );
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(read.text);
    } catch (err) {
      this.show(t('settings.data.import.failed', { detail: describe(err) }), true);
      return;
    }
    const result = await this.options.importAll(json);
    if (result.ok) {
      const { added, unchanged, renamed } = result.report;
      this.show(t('settings.data.import.done', { added, unchanged, renamed }), false);
    } else {
      this.show(t('settings.data.import.failed', { detail: result.message }), true);
    }
  }

  private show(text: string, error: boolean): void {
    this.status = { text, error };
    this.paintStatus();
  }

  private paintStatus(): void {
    if (!this.statusEl) return;
    this.statusEl.textContent = this.status?.text ?? '';
    this.statusEl.classList.toggle('settings__error', this.status?.error ?? false);
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
