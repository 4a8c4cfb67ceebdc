import type { CountyUnit } from '../data/index.ts';
import { onLanguageChange, t } from '../i18n';
import { bboxOf } from '../map/bbox';
import { isOutputId, type OutputId } from '../model/outputs';
import { defaultScenario, type Scenario } from '../model/scenario';
import { baselineCountyWeights, loadBaseline, onBaselineChange } from '../state/baseline-state';
import { ScenarioStore, type ChangeReason } from '../state/scenario-store';
import { decodeScenario, encodeScenario } from '../state/url-scenario';
import { h } from '../ui/dom';
import { DriverPanel } from '../ui/workbench/driver-panel';
import { historyAction, ownsTextUndo } from '../ui/workbench/history-keys';
import { WorkbenchFiles } from '../ui/workbench/files';
import type {} from '../ui/workbench/handle';
import { PresetsPanel } from '../ui/workbench/presets-panel';
import { exportFileName } from '../ui/workbench/results-csv';
import { RunController, type RunEvent, type RunSnapshot } from '../ui/workbench/run-controller';
import {
  buildRunRequest,
  countyIndicatorFor,
  countyInputs,
  type RunExtras,
} from '../ui/workbench/run-request';
import { WorkbenchResults } from '../ui/workbench/results';
import { RunStatusBar } from '../ui/workbench/run-status';
import * as edit from '../ui/workbench/scenario-edits';
import { UrlWriter } from '../ui/workbench/session';
import { sharedEngine } from '../ui/workbench/shared-engine';
import { UpdateTimer } from '../ui/workbench/timing';
import { Toolbar } from '../ui/workbench/toolbar';
import { WorkbenchPersistence } from '../ui/workbench/persistence';
import type { AppContext, AppView } from './view';

/**
 * 情景推演 / Scenarios (issue 5): drivers and presets on the left; the target dashboard, the
 * selected indicator's fan chart and tornado and the required-growth table in the middle; the
 * county map with its legend and the county detail on the right. Every edit goes through the
 * ScenarioStore (undo/redo), re-runs the engine (coarse result at once, then the full one),
 * autosaves and updates the link (`#/workbench?s=z1.…&i=gdp&c=350623&m=gap`).
 *
 * docs/workbench.md follows one projection from a slider to the chart through these modules.
 */
export class WorkbenchView implements AppView {
  readonly id = 'workbench' as const;
  readonly labelKey = 'nav.workbench' as const;
  readonly element: HTMLElement;
  private readonly store = new ScenarioStore(defaultScenario());
  private readonly counties;
  private readonly controller: RunController;
  private readonly timer = new UpdateTimer();
  private readonly toolbar: Toolbar;
  private readonly status: RunStatusBar;
  private readonly presets: PresetsPanel;
  private readonly drivers: DriverPanel;
  private readonly results: WorkbenchResults;
  private readonly columns: HTMLElement[];
  private readonly files: WorkbenchFiles;
  private readonly persistence: WorkbenchPersistence;
  private readonly url: UrlWriter;
  private readonly mapSlot: HTMLElement;
  private selected: OutputId = 'gdp';
  private county: string | null = null;
  private active = false;
  private loading: Promise<void> | null = null;
  private ready = false;
  private rerunOnShow = false;
  private readonly onKey = (e: KeyboardEvent): void => this.handleKey(e);

  constructor(private readonly ctx: AppContext) {
    this.counties = countyInputs(ctx.plan);
    this.controller = new RunController(sharedEngine(), (s, e) => this.onRun(s, e));
    this.persistence = new WorkbenchPersistence(this.counties);
    this.url = new UrlWriter(encodeScenario, (param) => this.writeParams(param));
    this.files = new WorkbenchFiles({
      counties: this.counties,
      scenario: () => this.store.scenario,
      result: () => this.controller.state.result,
      replace: (s) => this.store.replace(s),
      flushUrl: () => this.url.flush(),
    });
    this.toolbar = new Toolbar({
      onRename: (name) => this.store.update((s) => edit.withName(s, name)),
      onUndo: () => this.store.undo(),
      onRedo: () => this.store.redo(),
      onShare: () => void this.files.share(this.toolbar),
      onExportCsv: () => this.files.exportCsv(),
      onExportJson: () => this.files.exportJson(),
      onImport: (file) => void this.files.importFile(file, this.toolbar),
    });
    this.status = new RunStatusBar({
      onPaths: (paths) => this.store.update((s) => edit.withPaths(s, paths)),
      onSeed: (seed) => this.store.update((s) => edit.withSeed(s, seed)),
      onCancel: () => this.controller.cancel(),
    });
    this.presets = new PresetsPanel((preset) =>
      this.store.update((s) => edit.applyPreset(s, preset)),
    );
    this.drivers = new DriverPanel({
      onEdit: (id, patch, gesture) =>
        this.store.update((s) => edit.withDriver(s, id, patch), gesture),
      onCommit: () => this.store.commit(),
      onReset: (id) => this.store.update((s) => edit.resetDriver(s, id)),
      onResetAll: () => this.store.update(edit.resetAllDrivers),
    });
    this.results = new WorkbenchResults(ctx.mapView, ctx.counties, ctx.plan, this.counties, {
      onSelectIndicator: (id) => this.selectIndicator(id),
      onSelectCounty: (adcode, focus) => this.selectCounty(adcode, focus),
      onModeChange: () => this.writeParams(this.url.lastParam),
      onActuals: (id, values) =>
        this.store.update((s) => edit.withActuals(s, id, values), `actuals:${id}`),
      onCountyGrowth: (adcode, indicator, growth, gesture) =>
        this.store.update((s) => edit.withCountyGrowth(s, adcode, indicator, growth), gesture),
      onCountyIndustries: (adcode, list) =>
        this.store.update((s) =>
          edit.withCountyIndustries(
            s,
            adcode,
            list,
            this.counties.find((c) => c.adcode === adcode)?.industries ?? [],
          ),
        ),
      fileName: (suffix) => exportFileName(this.store.scenario, suffix),
    });
    const r = this.results;
    this.mapSlot = h('div', { class: 'map-slot wb-map-slot' });
    this.columns = [
      h(
        'aside',
        { class: 'wb-col wb-col--left' },
        this.presets.element,
        this.drivers.element,
        this.files.library(
          () => this.store.scenario,
          (s) => this.store.replace(s),
          this.toolbar,
        ).element,
      ),
      h(
        'div',
        { class: 'wb-col wb-col--main', role: 'region' },
        h('div', { class: 'wb-head' }, this.toolbar.element, this.status.element),
        this.toolbar.messages,
        r.dashboard.element,
        h('div', { class: 'wb-charts' }, r.fan.element, r.tornado.element),
        r.levels.element,
        r.required.element,
      ),
      h(
        'aside',
        { class: 'wb-col wb-col--right' },
        this.mapSlot,
        h('div', { class: 'wb-col__scroll' }, r.countyMap.element, r.countyDetail.element),
      ),
    ];
    this.element = h('div', { class: 'view view--workbench' }, ...this.columns);
    this.labelColumns();
    // Input-to-chart timing starts at the event itself (captured before the panel handles it).
    this.drivers.element.addEventListener('input', (e) => this.timer.input(e.timeStamp), {
      capture: true,
    });
    this.store.subscribe((s, reason) => this.onScenario(s, reason));
    // Baseline entries (#/baseline): new weights re-run; new 2022 levels re-draw the cards.
    void loadBaseline();
    let weights = JSON.stringify(baselineCountyWeights());
    onBaselineChange(() => {
      const next = JSON.stringify(baselineCountyWeights());
      if (next !== weights && this.ready) this.run();
      weights = next;
      this.renderResults();
    });
    onLanguageChange(() => this.renderAll());
    this.publishHandle();
  }

  show(params: URLSearchParams): void {
    this.active = true;
    this.ctx.attachMap(this.mapSlot);
    // The slot has its own shape: frame the whole city in it, clear of the attribution below
    // and the zoom buttons on the right.
    this.ctx.mapView.map.fitBounds(bboxOf(this.ctx.counties), {
      padding: { top: 12, left: 12, right: 44, bottom: 48 },
      duration: 0,
    });
    this.ctx.mapView.onSelectCounty = (adcode) => this.selectCounty(adcode, false);
    this.results.countyMap.activate();
    document.addEventListener('keydown', this.onKey);
    this.readUiParams(params);
    this.ctx.mapView.selectCounty(this.county);
    this.loading ??= this.open(params.get('s'));
    void this.loading.then(() => {
      if (this.rerunOnShow && this.active) this.run();
      this.rerunOnShow = false;
      return this.followLink(params.get('s'));
    });
  }

  hide(): void {
    this.active = false;
    // A long run would keep the shared workers from the view the user went to; it restarts
    // when the workbench is shown again.
    if (this.controller.state.status === 'running') {
      this.controller.cancel();
      this.rerunOnShow = true;
    }
    document.removeEventListener('keydown', this.onKey);
    this.results.countyMap.deactivate();
    this.ctx.mapView.selectCounty(null);
    this.ctx.mapView.hoverCounty(null);
  }

  /** First opening: the link's scenario, else the autosaved one, else the default. */
  private async open(param: string | null): Promise<void> {
    const initial = await this.persistence.initial(param);
    // The address's own scenario (a link, or this tab's before a reload) is already written.
    this.url.lastParam = initial.source === 'url' || initial.source === 'tab' ? param : null;
    this.persistence.rememberTab(() =>
      this.ready
        ? { param: this.url.lastParam, recent: this.url.recent, scenario: this.store.scenario }
        : null,
    );
    this.ready = true;
    this.store.replace(initial.scenario, true);
    if (initial.urlError) this.persistence.reportLinkError(initial);
    else if (initial.source === 'autosave') this.toolbar.say('ok', [t('wb.restored.autosave')]);
  }

  /** A later visit or a pasted link: a different scenario in the address replaces the current. */
  private async followLink(param: string | null): Promise<void> {
    if (!this.active) return;
    if (param === null || param === '') {
      this.url.schedule(this.store.scenario);
      return;
    }
    if (param === this.url.lastParam) return;
    const decoded = await decodeScenario(param, { counties: this.counties });
    if (decoded.ok) {
      this.url.lastParam = param;
      this.store.replace(decoded.scenario);
    } else {
      this.persistence.reportLinkError({
        scenario: this.store.scenario,
        source: 'autosave',
        urlError: decoded.message,
      });
      this.url.schedule(this.store.scenario);
    }
  }

  private readUiParams(params: URLSearchParams): void {
    const i = params.get('i');
    if (i !== null && isOutputId(i)) this.selected = i;
    const c = params.get('c');
    this.county = c !== null && this.unit(c) ? c : null;
    const m = params.get('m');
    if (m === 'gap' || m === 'probability') this.results.countyMap.mode = m;
    this.renderResults();
  }

  /** Puts the scenario and the view state in the address (no history entry, no re-render). */
  private writeParams(param: string | null): void {
    if (!this.active || this.ctx.router.route.view !== 'workbench') return;
    const params = new URLSearchParams();
    if (param) params.set('s', param);
    params.set('i', this.selected);
    if (this.county) params.set('c', this.county);
    const mode = this.results.countyMap.mode;
    if (mode !== 'probability') params.set('m', mode);
    this.ctx.router.replaceParams(params);
  }

  private extras(sensitivity = false): RunExtras {
    // The user's county weights from the baseline editor (#/baseline), when complete.
    const baseline = baselineCountyWeights();
    return { counties: this.counties, indicator: this.selected, sensitivity, baseline };
  }

  private run(): void {
    const s = this.store.scenario;
    this.controller.run(buildRunRequest(s, this.extras()), buildRunRequest(s, this.extras(true)));
  }

  private onScenario(s: Scenario, reason: ChangeReason): void {
    if (!this.ready) return;
    this.persistence.autosave(s);
    this.url.schedule(s);
    if (reason !== 'edit') this.timer.drop();
    this.renderScenario();
    this.run();
  }

  private onRun(state: RunSnapshot, event: RunEvent): void {
    if (event === 'coarse' || event === 'final' || event === 'sensitivity') {
      // How long drawing a result takes on the main thread (read by npm run bench:ui).
      const start = performance.now();
      this.renderResults();
      performance.measure(`wb:render-${event}`, { start, end: performance.now() });
    }
    this.renderStatus();
    if (event === 'coarse') this.timer.rendered(false);
    else if (event === 'final') this.timer.rendered(true);
    else if (state.status === 'cancelled' || state.status === 'error') this.timer.drop();
  }

  private selectIndicator(id: OutputId): void {
    const before = countyIndicatorFor(this.selected);
    this.selected = id;
    this.writeParams(this.url.lastParam);
    this.renderResults();
    // The county detail follows the indicator; a new county indicator needs a new run.
    if (countyIndicatorFor(id) !== before && this.ready) this.run();
  }

  private selectCounty(adcode: string | null, focus = false): void {
    this.county = adcode && this.unit(adcode) ? adcode : null;
    this.ctx.mapView.selectCounty(this.county);
    this.writeParams(this.url.lastParam);
    this.renderResults();
    if (focus && this.county) this.results.countyDetail.focus();
  }

  private unit(adcode: string): CountyUnit | undefined {
    return this.ctx.plan.units.find((u) => u.adcode === adcode);
  }

  private handleKey(e: KeyboardEvent): void {
    const action = historyAction(e);
    if (!action || ownsTextUndo(e.target) || !this.element.isConnected) return;
    e.preventDefault();
    if (action === 'undo') this.store.undo();
    else this.store.redo();
  }

  private renderScenario(): void {
    const s = this.store.scenario;
    this.toolbar.update({ name: s.name, canUndo: this.store.canUndo, canRedo: this.store.canRedo });
    this.drivers.update(s);
    this.presets.update(s);
    this.renderStatus();
  }

  private renderStatus(): void {
    this.status.update(this.controller.state, this.store.scenario);
  }

  private renderResults(): void {
    this.results.render({
      state: this.controller.state,
      scenario: this.store.scenario,
      selected: this.selected,
      county: this.county ? (this.unit(this.county) ?? null) : null,
    });
  }

  private labelColumns(): void {
    const keys = ['wb.column.drivers', 'wb.column.results', 'wb.column.map'] as const;
    this.columns.forEach((column, i) => column.setAttribute('aria-label', t(keys[i] ?? keys[0])));
  }

  private renderAll(): void {
    this.labelColumns();
    this.toolbar.render();
    this.status.render();
    this.presets.render();
    this.drivers.render();
    this.results.renderAll();
    this.files.render();
    this.renderScenario();
    this.renderResults();
  }

  /** Handles for the end-to-end tests and the console; nothing here changes behaviour. */
  private publishHandle(): void {
    window.__zzWorkbench = {
      scenario: () => this.store.scenario,
      status: () => this.controller.state.status,
      result: () => this.controller.state.result,
      ready: () => this.ready,
      linkParam: () => this.url.lastParam,
      linkPending: () => this.url.pending,
    };
  }
}
