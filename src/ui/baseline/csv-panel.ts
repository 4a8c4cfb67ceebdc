/**
 * Baseline CSV in the page: import a file (read as UTF-8, or GB18030 when it is not UTF-8),
 * download the template or the entries. A file with any problem changes nothing and lists the
 * problems with their row and column; a good file replaces only the rows it fills.
 */
import type { PlanData } from '../../data/index.ts';
import { getLanguage, t } from '../../i18n';
import { formatPercent } from '../../i18n/format';
import {
  baselineCsv,
  mergeImport,
  parseBaselineCsv,
  type BaselineNames,
  type CsvIssue,
} from '../../state/baseline-csv';
import type { BaselineData } from '../../state/baseline-kind';
import { decodeCsvBytes } from '../../state/csv-records';
import { clear, h } from '../dom';
import { downloadText } from '../download';
import {
  fileRejectionMessage,
  MAX_CSV_FILE_BYTES,
  readUserBytes,
  type FileRejection,
} from '../read-file';
import { formatCsvIssue } from './csv-messages';
import { slotName } from './level-rows';

const present = (...nodes: (HTMLElement | null)[]): HTMLElement[] =>
  nodes.filter((n): n is HTMLElement => n !== null);

/** Problems listed at most; the rest are counted. */
const MAX_LISTED = 20;

type Outcome =
  | { kind: 'ok'; file: string; count: number; skipped: number; gb: boolean; sum: number | null }
  | { kind: 'failed'; file: string; issues: CsvIssue[] }
  | { kind: 'error'; file: string; detail: string }
  | { kind: 'not-read'; file: string; why: FileRejection };

export interface CsvPanelOptions {
  plan: PlanData;
  baseline: () => BaselineData;
  /** Saves an edit, applied to the baseline as it is when saved (see BaselineState.edit). */
  edit: (change: (current: BaselineData) => BaselineData) => Promise<void>;
  now: () => string;
}

export function baselineNames(plan: PlanData): BaselineNames {
  return {
    level: (id) => slotName(plan, id, getLanguage()),
    county: (code) => {
      const u = plan.units.find((x) => x.adcode === code);
      return u ? (getLanguage() === 'en' ? u.name_en : u.name_zh) : code;
    },
  };
}

/** Names in both languages, so a file written in either is matched by name. */
function matchNames(plan: PlanData, lang: 'zh-CN' | 'en'): BaselineNames {
  return {
    level: (id) => slotName(plan, id, lang),
    county: (code) => {
      const u = plan.units.find((x) => x.adcode === code);
      return u ? (lang === 'en' ? u.name_en : u.name_zh) : code;
    },
  };
}

export class CsvPanel {
  readonly element: HTMLElement;
  private readonly result: HTMLElement;
  private readonly controls: HTMLElement;
  private outcome: Outcome | null = null;

  constructor(private readonly o: CsvPanelOptions) {
    this.controls = h('div', { class: 'baseline-actions' });
    this.result = h('div', {
      class: 'baseline-import-result',
      id: 'baseline-import-result',
      tabindex: -1,
    });
    this.element = h('div', {}, this.controls, this.result);
    this.render();
  }

  render(): void {
    const file = h('input', {
      type: 'file',
      id: 'baseline-csv-file',
      accept: '.csv,text/csv',
      class: 'visually-hidden',
      tabindex: -1,
      'aria-hidden': 'true',
    });
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      file.value = '';
      if (f) void this.importFile(f);
    });
    const importButton = h(
      'button',
      { type: 'button', class: 'btn', id: 'baseline-import' },
      t('baseline.csv.import'),
    );
    importButton.addEventListener('click', () => file.click());
    const template = h(
      'button',
      { type: 'button', class: 'btn btn--ghost', id: 'baseline-template' },
      t('baseline.csv.template'),
    );
    template.addEventListener('click', () =>
      downloadText(
        baselineCsv(baselineNames(this.o.plan), getLanguage()),
        t('baseline.csv.templateFile'),
        'text/csv;charset=utf-8',
      ),
    );
    const exportButton = h(
      'button',
      { type: 'button', class: 'btn btn--ghost', id: 'baseline-export' },
      t('baseline.csv.export'),
    );
    exportButton.addEventListener('click', () =>
      downloadText(
        baselineCsv(baselineNames(this.o.plan), getLanguage(), this.o.baseline()),
        t('baseline.csv.exportFile'),
        'text/csv;charset=utf-8',
      ),
    );
    clear(this.controls);
    this.controls.append(importButton, template, exportButton, file);
    this.renderResult();
  }

  /** Reads, checks and applies one file (exposed for the view's drop target and tests). */
  async importFile(f: File): Promise<void> {
    // Size first: a file over the limit is not read, and the saved figures stay as they are.
    const read = await readUserBytes(f, MAX_CSV_FILE_BYTES);
    if (!read.ok) {
      this.outcome = { kind: 'not-read', file: f.name, why: read };
      this.renderResult();
      this.result.focus({ preventScroll: false });
      return;
    }
    try {
      const { text, encoding } = decodeCsvBytes(read.bytes);
      // Rows may be found by name in either language, whatever the UI language.
      const parsed = parseBaselineCsv(text, [
        matchNames(this.o.plan, 'zh-CN'),
        matchNames(this.o.plan, 'en'),
      ]);
      if (!parsed.ok) {
        this.outcome = { kind: 'failed', file: f.name, issues: parsed.issues };
      } else {
        const now = this.o.now();
        await this.o.edit((current) => mergeImport(current, parsed, now));
        this.outcome = {
          kind: 'ok',
          file: f.name,
          count: parsed.read,
          skipped: parsed.skipped,
          gb: encoding === 'gb18030',
          sum: parsed.weightSum,
        };
      }
    } catch (err) {
      this.outcome = {
        kind: 'error',
        file: f.name,
        detail: err instanceof Error ? err.message : String(err),
      };
    }
    this.renderResult();
    this.result.focus({ preventScroll: false });
  }

  private renderResult(): void {
    clear(this.result);
    const o = this.outcome;
    this.result.removeAttribute('role');
    if (!o) return;
    if (o.kind === 'ok') {
      this.result.setAttribute('role', 'status');
      this.result.className = 'baseline-import-result baseline-import-result--ok';
      this.result.append(
        ...present(
          h(
            'p',
            {},
            t('baseline.csv.imported', { file: o.file, count: o.count, skipped: o.skipped }),
          ),
          o.gb ? h('p', {}, t('baseline.csv.importedGb')) : null,
          o.sum !== null
            ? h(
                'p',
                { class: 'baseline-warning' },
                t('baseline.csv.sumWarning', { sum: formatPercent(o.sum, getLanguage(), 1) }),
              )
            : null,
        ),
      );
      return;
    }
    this.result.setAttribute('role', 'alert');
    this.result.className = 'baseline-import-result baseline-import-result--error';
    if (o.kind === 'error') {
      this.result.append(h('p', {}, t('baseline.saveFailed', { detail: o.detail })));
      return;
    }
    const lang = getLanguage();
    if (o.kind === 'not-read') {
      this.result.append(
        h('p', {}, t('baseline.csv.failed', { file: o.file })),
        h('p', {}, fileRejectionMessage(o.why, lang)),
      );
      return;
    }
    const listed = o.issues.slice(0, MAX_LISTED);
    this.result.append(
      ...present(
        h('p', {}, t('baseline.csv.failed', { file: o.file })),
        h(
          'ul',
          { class: 'baseline-issues' },
          ...listed.map((i) => h('li', { 'data-row': i.row ?? '' }, formatCsvIssue(i, lang))),
        ),
        o.issues.length > MAX_LISTED
          ? h('p', {}, t('baseline.csv.more', { count: o.issues.length - MAX_LISTED }))
          : null,
      ),
    );
  }
}
