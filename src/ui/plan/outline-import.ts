import { validateZoneBoundaryImport, type ImportDatum, type PlanData } from '../../data/index.ts';
import { getLanguage, t } from '../../i18n';
import { formatArea } from '../../i18n/format';
import { h } from '../dom';
import { fileRejectionMessage, MAX_BOUNDARY_FILE_BYTES, readUserFile } from '../read-file';
import type { OutlineStore } from './outline-store';

type Status =
  | { kind: 'ok'; file: string; areaKm2: number; warnings: string[] }
  | { kind: 'error'; file: string; zh: string; en: string };

/** '' leaves the datum to the file (read as WGS-84 unless it declares GCJ-02 or looks so). */
const DATUMS: ('' | ImportDatum)[] = ['', 'WGS-84', 'GCJ-02', 'BD-09'];

/**
 * "导入官方边界 / Import official boundary" for one zone: a GeoJSON file goes through
 * `validateZoneBoundaryImport`; on success the store (and with it the map) takes the new
 * boundary, on failure the message says what is wrong and the existing outline stays.
 * The last result per zone is kept, so it survives a language switch or reopening the panel.
 */
export class OutlineImport {
  private readonly status = new Map<string, Status>();

  constructor(
    private readonly data: PlanData,
    private readonly store: OutlineStore,
    private readonly onStatus: () => void,
  ) {}

  render(zoneId: string): HTMLElement {
    const input = h('input', {
      type: 'file',
      accept: '.geojson,.json,application/geo+json,application/json',
      class: 'visually-hidden',
      id: `import-${zoneId}`,
      'data-action': 'import-boundary',
      tabindex: -1,
      'aria-hidden': 'true',
    });
    const datum = h(
      'select',
      { id: `import-datum-${zoneId}`, 'data-field': 'import-datum' },
      ...DATUMS.map((d) => h('option', { value: d }, d === '' ? t('plan.import.datum.auto') : d)),
    );
    const button = h(
      'button',
      { type: 'button', class: 'btn', 'data-action': 'choose-boundary' },
      t('plan.import.button'),
    );
    button.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      const chosen = DATUMS.find((d) => d === datum.value) || undefined;
      if (file) void this.importFile(zoneId, file, chosen);
    });
    const imported = this.store.get(zoneId);
    const restore = imported
      ? h(
          'button',
          { type: 'button', class: 'btn btn--ghost', 'data-action': 'remove-boundary' },
          t('plan.import.remove'),
        )
      : null;
    restore?.addEventListener('click', () => {
      this.status.delete(zoneId);
      this.store.remove(zoneId);
    });
    return h(
      'div',
      { class: 'outline-import' },
      h('p', { class: 'muted small' }, t('plan.import.help')),
      h(
        'div',
        { class: 'outline-import__controls' },
        h('label', { for: datum.id }, t('plan.import.datum')),
        datum,
        button,
        restore,
        input,
      ),
      this.message(zoneId),
      this.store.persistent === null
        ? null
        : h(
            'p',
            {
              class: 'muted small',
              'data-persistence': this.store.persistent ? 'saved' : 'memory',
            },
            t(this.store.persistent ? 'plan.import.saved' : 'plan.import.memoryOnly'),
          ),
    );
  }

  private message(zoneId: string): HTMLElement | null {
    const status = this.status.get(zoneId);
    if (!status) return null;
    const lang = getLanguage();
    if (status.kind === 'error') {
      const reason = lang === 'en' ? `${status.en.replace(/\.?$/, '.')}` : status.zh;
      return h(
        'p',
        { class: 'import-message import-message--error', role: 'alert' },
        t('plan.import.failed', { file: status.file, reason }),
      );
    }
    return h(
      'div',
      { class: 'import-message import-message--ok', role: 'status' },
      h(
        'p',
        {},
        t('plan.import.ok', { file: status.file, area: formatArea(status.areaKm2, lang) }),
      ),
      ...status.warnings.map((w) =>
        h('p', { class: 'small', lang: 'en' }, t('plan.import.warning', { text: w })),
      ),
    );
  }

  private async importFile(
    zoneId: string,
    file: File,
    datum: ImportDatum | undefined,
  ): Promise<void> {
    // Size first: a file over the limit is not read, and the outline in use stays.
    const read = await readUserFile(file, MAX_BOUNDARY_FILE_BYTES);
    if (!read.ok) {
      this.status.set(zoneId, {
        kind: 'error',
        file: file.name,
        zh: fileRejectionMessage(read, 'zh-CN'),
        en: fileRejectionMessage(read, 'en'),
      });
      this.onStatus();
      return;
    }
    const result = validateZoneBoundaryImport(read.text, zoneId, {
      data: this.data,
      ...(datum ? { datum } : {}),
    });
    if (!result.ok) {
      this.status.set(zoneId, {
        kind: 'error',
        file: file.name,
        zh: result.error.message_zh,
        en: result.error.message,
      });
      this.onStatus();
      return;
    }
    this.status.set(zoneId, {
      kind: 'ok',
      file: file.name,
      areaKm2: result.areaKm2,
      warnings: result.warnings,
    });
    // The store notifies the map and the panel, which re-renders with this status.
    this.store.set({
      zoneId,
      geometry: result.geometry,
      fileName: file.name,
      areaKm2: result.areaKm2,
      readAs: result.readAs,
      warnings: result.warnings,
    });
  }
}
