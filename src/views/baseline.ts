import { getLanguage, onLanguageChange, t } from '../i18n';
import { PRESETS } from '../model/presets';
import { DEFAULT_PATHS } from '../model/scenario';
import type { BaselineData } from '../state/baseline-kind';
import { baselineState, type BaselineLoadInfo } from '../state/baseline-state';
import { scenarioKind } from '../state/scenario-kind';
import { appStorage } from '../state/storage';
import { AggregationCheck, type CheckScenario } from '../ui/baseline/aggregation-check';
import { CsvPanel } from '../ui/baseline/csv-panel';
import { pendingEdits, restoreEdits } from '../ui/baseline/entry-input';
import { levelTable, type RowsContext } from '../ui/baseline/level-rows';
import { sourcedTable } from '../ui/baseline/sourced-table';
import { weightSection } from '../ui/baseline/weight-rows';
import { clear, h } from '../ui/dom';
import { AUTOSAVE_SLOT } from '../ui/workbench/persistence';
import { countyInputs } from '../ui/workbench/run-request';
import { sharedEngine } from '../ui/workbench/shared-engine';
import type { AppContext, AppView } from './view';
import { formatInteger } from '../i18n/format';

/**
 * 基础数据 / Baseline data (#/baseline): the 2022 city levels and county weights that no source
 * gives, entered by hand or from a CSV file, each marked user-entered or assumption; the
 * sourced figures beside them, read-only. A view of its own rather than a dialog: it is a long
 * form with its own import and check, it can be linked to from the workbench and the targets
 * browser, and a tab keeps the missing data visible. Entries are saved at once (IndexedDB) and
 * used by the engine (src/state/baseline-state.ts). See src/ui/baseline/README.md.
 */
export class BaselineView implements AppView {
  readonly id = 'baseline' as const;
  readonly labelKey = 'nav.baseline' as const;
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly csv: CsvPanel;
  private readonly check: AggregationCheck;
  private readonly saveStatus: HTMLElement;
  private info: BaselineLoadInfo = { unreadable: [] };
  private current: CheckScenario | null = null;
  private loaded = false;

  constructor(private readonly ctx: AppContext) {
    const state = baselineState();
    this.csv = new CsvPanel({
      plan: ctx.plan,
      baseline: () => state.baseline,
      edit: (change) => state.edit(change),
      now: () => new Date().toISOString(),
    });
    this.check = new AggregationCheck({
      engine: sharedEngine,
      counties: countyInputs(ctx.plan),
      preferred: ['current', 'preset:external_downturn'],
      scenarios: () => [
        ...(this.current ? [this.current] : []),
        ...PRESETS.map((p) => ({
          id: `preset:${p.id}`,
          label: () => (getLanguage() === 'en' ? p.nameEn : p.nameZh),
          scenario: p.scenario,
        })),
      ],
    });
    this.saveStatus = h('p', {
      class: 'baseline-save',
      id: 'baseline-save',
      'aria-live': 'polite',
    });
    this.body = h('div', { class: 'baseline-body' });
    this.element = h(
      'div',
      { class: 'view view--baseline' },
      h('div', { class: 'baseline-page' }, this.body),
    );
    state.subscribe(() => {
      if (this.element.isConnected) this.render();
    });
    onLanguageChange(() => this.render());
  }

  show(): void {
    const state = baselineState();
    void state.load().then((info) => {
      this.info = info;
      this.loaded = true;
      this.render();
    });
    void this.readCurrent().then(() => this.check.render());
    this.render();
  }

  hide(): void {
    this.check.stop();
  }

  /** The workbench's current scenario, offered first in the aggregation check. */
  private async readCurrent(): Promise<void> {
    try {
      const saved = await (await appStorage()).readAutosave(AUTOSAVE_SLOT, scenarioKind);
      this.current = saved?.ok
        ? { id: 'current', label: () => t('baseline.check.current'), scenario: saved.value }
        : null;
    } catch {
      this.current = null;
    }
  }

  private update(change: (current: BaselineData) => BaselineData, focusId?: string): void {
    this.saveStatus.textContent = '';
    baselineState()
      .edit(change)
      .then(() => {
        this.saveStatus.textContent = t('baseline.saved');
        // Only when the re-render lost the focus (the button pressed was redrawn without an id):
        // never pull it back from a field the user has moved on to.
        const lost = !document.activeElement || document.activeElement === document.body;
        if (focusId && lost) document.getElementById(focusId)?.focus();
      })
      .catch((err: unknown) => {
        this.saveStatus.textContent = t('baseline.saveFailed', {
          detail: err instanceof Error ? err.message : String(err),
        });
      });
  }

  private render(): void {
    const baseline = baselineState().baseline;
    const ctx: RowsContext = {
      plan: this.ctx.plan,
      baseline,
      update: (change, focusId) => this.update(change, focusId),
      now: () => new Date().toISOString(),
    };
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && this.body.contains(active) ? active.id : '';
    const caret = active instanceof HTMLInputElement ? active.selectionStart : null;
    const edits = pendingEdits(this.body);
    clear(this.body);
    const part = (id: string, title: string, ...children: (Node | null)[]): HTMLElement => {
      const heading = h('h2', { class: 'baseline-section__title', id: `${id}-title` }, title);
      return h(
        'section',
        { class: 'baseline-section', id, 'aria-labelledby': heading.id },
        heading,
        ...children,
      );
    };
    this.csv.render();
    this.check.render();
    this.check.update(baseline);
    this.body.append(
      h(
        'header',
        { class: 'baseline-head' },
        h('h1', { class: 'baseline-title' }, t('baseline.heading')),
        h('p', { class: 'baseline-intro' }, t('baseline.intro')),
        h('p', { class: 'muted' }, t('baseline.storage')),
        this.info.unreadable.length > 0
          ? h(
              'p',
              { class: 'field-error', role: 'alert' },
              t('baseline.unreadable', {
                count: this.info.unreadable.length,
                detail: this.info.unreadable.map((u) => u.message).join('; '),
              }),
            )
          : null,
        this.saveStatus,
      ),
      part(
        'baseline-csv-section',
        t('baseline.csv.heading'),
        h('p', { class: 'muted' }, t('baseline.csv.intro')),
        this.csv.element,
      ),
      part(
        'baseline-levels-section',
        t('baseline.levels.heading'),
        h('p', { class: 'muted' }, t('baseline.levels.intro')),
        levelTable(ctx),
      ),
      part(
        'baseline-weights-section',
        t('baseline.weights.heading'),
        h('p', { class: 'muted' }, t('baseline.weights.intro')),
        weightSection(ctx),
      ),
      part(
        'baseline-check-section',
        t('baseline.check.heading'),
        h(
          'p',
          { class: 'muted' },
          t('baseline.check.intro', {
            paths: formatInteger(DEFAULT_PATHS, getLanguage()),
          }),
        ),
        this.check.element,
      ),
      part(
        'baseline-sourced-section',
        t('baseline.sourced.heading'),
        h('p', { class: 'muted' }, t('baseline.sourced.intro')),
        sourcedTable(this.ctx.plan),
      ),
    );
    this.body.dataset.loaded = String(this.loaded);
    restoreEdits(this.body, edits);
    if (focused) {
      const el = document.getElementById(focused);
      el?.focus();
      if (el instanceof HTMLInputElement && caret !== null && el.type === 'text')
        el.setSelectionRange(caret, caret);
    }
  }
}
