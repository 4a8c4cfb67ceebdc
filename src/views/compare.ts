import type { TornadoSignedData } from '../charts/tornado';
import { getLanguage, onLanguageChange, t, tIn } from '../i18n';
import { formatPoints, formatProbability, ledSentence, formatInteger } from '../i18n/format';
import { bboxOf } from '../map/bbox';
import { OUTPUTS, outputDef, type OutputId } from '../model/outputs';
import { PRESETS } from '../model/presets';
import type { Scenario } from '../model/scenario';
import { canonicalJson } from '../state/scenario-store';
import { decodeScenario, encodeScenario } from '../state/url-scenario';
import { CompareMap } from '../ui/compare/compare-map';
import { CompareRunner, type CompareRunState } from '../ui/compare/compare-runner';
import {
  MAX_SCENARIOS,
  formatCompareParams,
  parseCompareParams,
  type CompareParams,
} from '../ui/compare/compare-state';
import { diffList, planDiffNames } from '../ui/compare/diff-list';
import { gapBreakdown } from '../ui/compare/gap-attribution';
import { probabilityTable } from '../ui/compare/probability-table';
import { ScenarioBar, slotLetter } from '../ui/compare/scenario-bar';
import { loadChoices, type ScenarioChoice } from '../ui/compare/scenario-sources';
import { clear, h } from '../ui/dom';
import { focusChoice, segButton } from '../ui/segmented';
import { sizeAgainstLimit } from '../ui/read-file';
import { createFanPanel, createTornadoPanel } from '../ui/workbench/chart-panels';
import { formatGap, formatOutputValue, outputUnit, targetSpec } from '../ui/workbench/format';
import { countyInputs } from '../ui/workbench/run-request';
import { MAX_SCENARIO_FILE_BYTES, readScenarioFile } from '../ui/workbench/scenario-io';
import { sharedEngine } from '../ui/workbench/shared-engine';
import type { AppContext, AppView } from './view';
import { langRuns } from '../ui/lang-runs';

/**
 * 情景对比 / Compare: 2 to 4 scenarios side by side (target probabilities, fan charts overlaid,
 * the difference B − A on the county map), what changed between A and B, and the assumptions
 * that explain the gap. The address holds every compared scenario (`#/compare?a=z1.…&b=z1.…`),
 * so a link reproduces the comparison and its numbers. See src/ui/compare/README.md.
 */
export class CompareView implements AppView {
  readonly id = 'compare' as const;
  readonly labelKey = 'nav.compare' as const;
  readonly element: HTMLElement;
  private readonly bar: ScenarioBar;
  private readonly status: HTMLElement;
  private readonly content: HTMLElement;
  private readonly fan = createFanPanel({
    id: 'compare-fan',
    fileName: () => `compare-${this.state.indicator}-fan`,
  });
  private readonly tornado = createTornadoPanel({
    id: 'compare-gap',
    fileName: () => `compare-${this.state.indicator}-gap`,
  });
  private readonly map: CompareMap;
  private readonly runner: CompareRunner;
  private readonly counties;
  private scenarios: Scenario[] = [];
  private state: CompareParams = {
    encoded: [],
    indicator: 'gdp',
    pair: 1,
    map: 'probability',
    gap: 'probability',
  };
  private choices: ScenarioChoice[] = [];
  /** The address query this view last wrote or read, so its own writes are not re-read. */
  private lastQuery: string | null = null;
  private readToken = 0;
  private writeToken = 0;
  private choicesLoading: Promise<ScenarioChoice[]> = Promise.resolve([]);

  constructor(private readonly ctx: AppContext) {
    this.counties = countyInputs(ctx.plan);
    this.bar = new ScenarioBar({
      add: (choice) => this.add(choice.scenario),
      remove: (i) => this.setScenarios(this.scenarios.filter((_, k) => k !== i)),
      makeBase: (i) => {
        const next = [...this.scenarios];
        const [picked] = next.splice(i, 1);
        if (picked) this.setScenarios([picked, ...next]);
      },
      importFile: (file) => void this.importFile(file),
      copyLink: () => void this.copyLink(),
    });
    this.status = h('p', { class: 'compare-status', id: 'compare-status', 'aria-live': 'polite' });
    this.content = h('div', { class: 'compare-content' });
    this.map = new CompareMap(ctx.mapView, ctx.counties, (mode) => {
      this.state = { ...this.state, map: mode };
      this.writeAddress();
    });
    this.runner = new CompareRunner(sharedEngine, this.counties, (s) => this.onRun(s));
    // The data tables can be wider than the side column: their scrolling box must take focus
    // so that a keyboard can scroll it.
    for (const panel of [this.fan, this.tornado]) {
      const slot = panel.element.querySelector<HTMLElement>('.wb-chart__table');
      slot?.setAttribute('tabindex', '0');
      slot?.setAttribute('role', 'region');
      slot?.setAttribute('aria-labelledby', panel.heading.id);
    }
    const main = h(
      'div',
      { class: 'compare-main' },
      h(
        'header',
        { class: 'compare-head' },
        h('h1', { class: 'compare-title', id: 'compare-title' }),
        h('p', { class: 'muted compare-intro', id: 'compare-intro' }),
      ),
      this.bar.element,
      this.status,
      this.content,
    );
    const side = h('div', { class: 'compare-side' }, this.fan.element, this.map.element);
    this.element = h('div', { class: 'view view--compare' }, main, side);
    onLanguageChange(() => {
      this.render();
      // Only here: redrawing a message on every render would announce it again.
      this.bar.renderMessage();
    });
  }

  show(params: URLSearchParams): void {
    this.ctx.attachMap(this.map.mapSlot);
    // Frame the whole city in this slot, clear of the legend above, the zoom buttons and the
    // attribution below (two lines on a laptop).
    this.ctx.mapView.map.fitBounds(bboxOf(this.ctx.counties), {
      padding: { top: 72, left: 12, right: 44, bottom: 52 },
      duration: 0,
    });
    this.map.activate();
    this.choicesLoading = loadChoices(this.counties).then((choices) => {
      this.choices = choices;
      this.renderBar();
      return choices;
    });
    const query = params.toString();
    if (query === this.lastQuery) {
      this.render();
      return;
    }
    if (query === '' && this.lastQuery !== null) {
      // The tab was clicked: keep the comparison on screen and put it back in the address.
      this.writeAddress();
      this.render();
      return;
    }
    this.lastQuery = query;
    void this.readAddress(params);
  }

  hide(): void {
    this.runner.cancel();
    this.map.deactivate();
  }

  // ── State ─────────────────────────────────────────────────────────────────────────────────

  /** Decodes the scenarios of a link; the ones that cannot be read are named and left out. */
  private async readAddress(params: URLSearchParams): Promise<void> {
    const token = ++this.readToken;
    const parsed = parseCompareParams(params);
    const decoded = await Promise.all(
      parsed.encoded.map((e) => decodeScenario(e, { counties: this.counties })),
    );
    if (parsed.encoded.length === 0) await this.choicesLoading;
    if (token !== this.readToken) return;
    const failures: (() => string)[] = [];
    const scenarios: Scenario[] = [];
    decoded.forEach((d, i) => {
      if (d.ok) scenarios.push(d.scenario);
      else
        failures.push(() => t('compare.link.failed', { letter: slotLetter(i), detail: d.message }));
    });
    this.state = { ...parsed, pair: Math.min(parsed.pair, Math.max(1, scenarios.length - 1)) };
    this.scenarios = scenarios;
    if (parsed.encoded.length === 0) {
      this.applyDefaults();
      return;
    }
    this.bar.show(
      failures.length ? { level: 'error', text: () => failures.map((f) => f()).join(' ') } : null,
    );
    if (failures.length > 0) this.writeAddress();
    this.rerun();
  }

  /**
   * With nothing in the address: the plan-consistent baseline against the current scenario or,
   * when the workbench is still at the plan, against the first other preset (the external-
   * demand downturn), so that the view opens on a comparison rather than on an empty page.
   */
  private applyDefaults(): void {
    if (this.scenarios.length > 0) return;
    const plan = PRESETS[0]?.scenario;
    const current = this.choices.find((c) => c.kind === 'current')?.scenario;
    const list = plan ? [plan] : [];
    if (current && plan && canonicalJson(current) !== canonicalJson(plan)) list.push(current);
    else if (plan && PRESETS[1]) list.push(PRESETS[1].scenario);
    if (list.length === 0) return;
    this.setScenarios(list);
  }

  private add(scenario: Scenario): void {
    if (this.scenarios.length >= MAX_SCENARIOS) {
      this.bar.show({ level: 'error', text: () => t('compare.full') });
      return;
    }
    const key = canonicalJson(scenario);
    if (this.scenarios.some((s) => canonicalJson(s) === key)) {
      this.bar.show({
        level: 'error',
        text: () => t('compare.duplicate', { name: scenario.name }),
      });
      return;
    }
    this.bar.show(null);
    this.setScenarios([...this.scenarios, scenario]);
  }

  private setScenarios(next: Scenario[]): void {
    this.scenarios = next.slice(0, MAX_SCENARIOS);
    const pair = Math.min(this.state.pair, Math.max(1, this.scenarios.length - 1));
    this.state = { ...this.state, pair };
    this.writeAddress();
    this.rerun();
  }

  /** Puts the scenarios and choices in the address (the link colleagues open). */
  private writeAddress(): void {
    const scenarios = this.scenarios;
    const token = ++this.writeToken;
    void Promise.all(scenarios.map((s) => encodeScenario(s))).then((encoded) => {
      if (token !== this.writeToken || this.ctx.router.route.view !== 'compare') return;
      this.state = { ...this.state, encoded };
      const params = formatCompareParams(this.state);
      this.lastQuery = params.toString();
      this.ctx.router.replaceParams(params);
    });
  }

  private rerun(): void {
    this.render();
    if (this.scenarios.length >= 2) this.runner.run(this.scenarios, this.state.pair);
    else this.runner.cancel();
  }

  private async importFile(file: File): Promise<void> {
    // The workbench's reader: size first (MAX_SCENARIO_FILE_BYTES), and a file that cannot be
    // read is a problem listed like any other.
    const read = await readScenarioFile(file, this.counties);
    if (!read.ok && read.tooLarge !== null) {
      const size = read.tooLarge;
      this.bar.show({
        level: 'error',
        text: () => {
          const [shown, max] = sizeAgainstLimit(size, MAX_SCENARIO_FILE_BYTES, getLanguage());
          return t('compare.import.tooLarge', { file: file.name, size: shown, max });
        },
      });
      return;
    }
    if (!read.ok) {
      this.bar.show({
        level: 'error',
        text: () => t('compare.import.failed', { file: file.name }),
        details: read.problems,
      });
      return;
    }
    const letter = slotLetter(this.scenarios.length);
    this.add(read.scenario);
    if (this.scenarios.includes(read.scenario))
      this.bar.show({
        level: 'info',
        text: () => t('compare.import.added', { file: file.name, letter }),
      });
  }

  private async copyLink(): Promise<void> {
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      this.bar.show({ level: 'info', text: () => t('compare.copied') });
    } catch {
      // No clipboard on plain-http intranet pages: show the link to copy by hand.
      const field = h('input', {
        type: 'text',
        readonly: true,
        value: url,
        class: 'compare-link',
        'aria-label': t('compare.copy'),
      });
      this.bar.show({ level: 'info', text: () => t('compare.copy.manual') }, field);
      field.select();
    }
  }

  private onRun(s: CompareRunState): void {
    if (s.status === 'running') this.renderStatus();
    else this.render();
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────

  private render(): void {
    const title = this.element.querySelector('#compare-title');
    const intro = this.element.querySelector('#compare-intro');
    if (title) title.textContent = t('compare.heading');
    if (intro) intro.textContent = t('compare.intro');
    this.renderBar();
    this.renderStatus();
    this.renderContent();
  }

  private renderBar(): void {
    this.bar.render(this.scenarios, this.choices);
  }

  private renderStatus(): void {
    const s = this.runner.state;
    const lang = getLanguage();
    this.status.dataset.status = s.status;
    if (this.scenarios.length < 2) this.status.textContent = t('compare.need2');
    else if (s.status === 'running')
      this.status.textContent = t('compare.run.running', {
        percent: formatProbability(s.progress.fraction, lang),
      });
    else if (s.status === 'error')
      this.status.textContent = t('compare.run.failed', { detail: s.message });
    else if (s.status === 'done')
      this.status.textContent = t('compare.run.note', {
        paths: formatInteger(s.outcome.paths, lang),
        seed: s.outcome.seed,
      });
    else this.status.textContent = '';
  }

  /** The results on screen: the finished run, while a newer one is not done yet. */
  private outcome() {
    const s = this.runner.state;
    return s.status === 'done' ? s.outcome : null;
  }

  private renderContent(): void {
    const lang = getLanguage();
    clear(this.content);
    const outcome = this.outcome();
    const n = this.scenarios.length;
    const a = this.scenarios[0];
    const b = this.scenarios[this.state.pair];
    const names = this.scenarios.map((s) => s.name);
    const ready = outcome !== null && outcome.results.length === n && n >= 2;
    const def = outputDef(this.state.indicator);
    const indicatorName = lang === 'en' ? def.nameEn : def.nameZh;

    // Target probabilities.
    if (ready) {
      this.content.append(
        section(
          'compare-table-section',
          t('compare.table.heading'),
          h('p', { class: 'muted compare-note' }, t('compare.table.caption')),
          probabilityTable(outcome.results, names, this.state.indicator, (id) =>
            this.selectIndicator(id),
          ),
        ),
      );
    }

    // What changed.
    if (a && b) {
      this.content.append(
        section(
          'compare-diff-section',
          t('compare.diff.heading', {
            a: `A ${a.name}`,
            b: `${slotLetter(this.state.pair)} ${b.name}`,
          }),
          this.pairPicker(),
          h('p', { class: 'muted compare-note' }, t('compare.diff.intro')),
          diffList(a, b, planDiffNames(this.ctx.plan)),
        ),
      );
    }

    // The gap, explained.
    this.tornado.heading.textContent = t('compare.gap.heading', { name: indicatorName });
    if (ready && a && b) {
      const ra = outcome.results[0];
      const rb = outcome.results[this.state.pair];
      const bLetter = slotLetter(this.state.pair);
      const breakdown =
        ra && rb
          ? gapBreakdown(ra, rb, outcome.central, this.state.indicator, this.state.gap, {
              interaction: {
                zh: tIn('zh-CN', 'compare.gap.interaction'),
                en: tIn('en', 'compare.gap.interaction'),
              },
              other: { zh: tIn('zh-CN', 'compare.gap.other'), en: tIn('en', 'compare.gap.other') },
            })
          : null;
      const titleKey =
        this.state.gap === 'probability'
          ? 'compare.gap.title.probability'
          : 'compare.gap.title.median';
      const data: TornadoSignedData | null = breakdown
        ? {
            mode: 'signed',
            title: {
              zh: tIn('zh-CN', titleKey, { name: def.nameZh, a: 'A', b: bLetter }),
              en: tIn('en', titleKey, { name: def.nameEn, a: 'A', b: bLetter }),
            },
            unit: this.state.gap === 'probability' ? 'probability' : outputUnit(def),
            base: breakdown.base,
            baseLabel: 'A',
            contributions: breakdown.rows,
          }
        : null;
      this.tornado.update(data && data.contributions.length > 0 ? data : null);
      const value = (v: number): string =>
        this.state.gap === 'probability'
          ? formatProbability(v, lang)
          : formatOutputValue(v, def, lang);
      const gapText = breakdown
        ? this.state.gap === 'probability'
          ? formatPoints(100 * (breakdown.other - breakdown.base), lang, 0)
          : formatGap(breakdown.other - breakdown.base, def, lang)
        : '';
      const summary = breakdown
        ? t('compare.gap.summary', {
            a: 'A',
            va: value(breakdown.base),
            b: bLetter,
            vb: value(breakdown.other),
            delta: gapText,
          })
        : '';
      this.tornado.note.textContent = [
        ledSentence(indicatorName, summary, lang),
        breakdown && breakdown.rows.length === 0
          ? t('compare.gap.none')
          : t(
              this.state.gap === 'probability'
                ? 'compare.gap.note.probability'
                : 'compare.gap.note.median',
            ),
      ].join(lang === 'en' ? ' ' : '');
      this.tornado.element.querySelector('.compare-gap__modes')?.remove();
      this.tornado.heading.after(this.gapModes());
      this.content.append(
        h('div', { class: 'compare-gap', id: 'compare-gap-section' }, this.tornado.element),
      );
    }

    // Fan charts overlaid (side column).
    this.fan.heading.textContent = t('compare.fan.heading');
    this.fan.element.querySelector('.compare-indicator')?.remove();
    this.fan.heading.after(this.indicatorPicker());
    if (ready) {
      const kind = def.kind === 'growth' ? 'compare.fan.kind.growth' : 'compare.fan.kind.level';
      this.fan.update({
        title: {
          zh: tIn('zh-CN', 'compare.fan.title', { name: def.nameZh, kind: tIn('zh-CN', kind) }),
          en: tIn('en', 'compare.fan.title', { name: def.nameEn, kind: tIn('en', kind) }),
        },
        unit: outputUnit(def),
        scenarios: outcome.results.map((r, i) => ({
          id: slotLetter(i),
          label: `${slotLetter(i)} ${shorten(names[i] ?? '')}`,
          quarters: (r.outputs.find((o) => o.id === this.state.indicator)?.quarters ?? []).map(
            (q) => ({
              ...q.percentiles,
              mean: q.mean,
            }),
          ),
        })),
        target: targetSpec(def),
        actuals: null,
      });
      this.fan.note.textContent = '';
    } else {
      this.fan.update(null);
      this.fan.note.textContent = this.scenarios.length < 2 ? t('compare.need2') : '';
    }

    // The map of B − A.
    const ra = outcome?.results[0];
    const rb = outcome?.results[this.state.pair];
    this.map.update(
      ready && ra && rb ? { a: ra, b: rb, pair: this.state.pair } : null,
      this.state.indicator,
      this.state.map,
      names,
    );
  }

  private selectIndicator(id: OutputId): void {
    this.state = { ...this.state, indicator: id };
    this.writeAddress();
    this.renderContent();
    this.content.querySelector<HTMLElement>(`tr[data-output="${id}"] button`)?.focus();
  }

  private indicatorPicker(): HTMLElement {
    const lang = getLanguage();
    const select = h(
      'select',
      { id: 'compare-indicator' },
      ...OUTPUTS.map((o) =>
        h(
          'option',
          { value: o.id, selected: o.id === this.state.indicator },
          lang === 'en' ? o.nameEn : o.nameZh,
        ),
      ),
    );
    select.addEventListener('change', () => this.selectIndicator(select.value as OutputId));
    return h(
      'div',
      { class: 'field compare-indicator' },
      h('label', { for: select.id }, t('compare.indicator')),
      select,
    );
  }

  private pairPicker(): HTMLElement | null {
    if (this.scenarios.length < 3) return null;
    const select = h(
      'select',
      { id: 'compare-pair' },
      ...this.scenarios
        .slice(1)
        .map((s, k) =>
          h(
            'option',
            { value: String(k + 1), selected: k + 1 === this.state.pair },
            `${slotLetter(k + 1)} ${s.name}`,
          ),
        ),
    );
    select.addEventListener('change', () => {
      this.state = { ...this.state, pair: Number(select.value) };
      this.writeAddress();
      this.rerun();
    });
    return h(
      'div',
      { class: 'field compare-pair' },
      h('label', { for: select.id }, t('compare.pair')),
      select,
    );
  }

  private gapModes(): HTMLElement {
    const group = h('div', {
      class: 'segmented compare-gap__modes',
      role: 'group',
      'aria-label': t('compare.gap.mode'),
    });
    for (const mode of ['probability', 'median'] as const) {
      const label = t(
        mode === 'probability' ? 'compare.gap.mode.probability' : 'compare.gap.mode.median',
      );
      const pick = (): void => {
        if (this.state.gap === mode) return;
        this.state = { ...this.state, gap: mode };
        this.writeAddress();
        this.renderContent();
        focusChoice(this.content, 'gap', mode);
      };
      group.append(segButton('gap', mode, this.state.gap === mode, label, pick));
    }
    return group;
  }
}

function section(id: string, title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  // Titles may hold scenario names: their Chinese is marked in English.
  const heading = h(
    'h2',
    { class: 'compare-section__title', id: `${id}-title` },
    ...langRuns(title),
  );
  return h(
    'section',
    { class: 'compare-section', id, 'aria-labelledby': heading.id },
    heading,
    ...children,
  );
}

/** Legend labels stay short: long scenario names are cut with an ellipsis. */
function shorten(name: string, max = 18): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}
