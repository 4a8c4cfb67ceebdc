/**
 * "Do the weights do anything?" — runs the model for a chosen scenario with the user's county
 * weights and shows the city model's GDP growth next to the figure aggregated from the 11
 * counties with those weights. Re-runs when the entries or the scenario change; a newer run
 * cancels the older one.
 */
import { getLanguage, t } from '../../i18n';
import { formatPercent, formatProbability } from '../../i18n/format';
import type { CountyInput } from '../../model/counties';
import type { OutputResult } from '../../model/result-types';
import { DEFAULT_PATHS, type Scenario } from '../../model/scenario';
import type { SimulationEngine } from '../../sim';
import type { BaselineData } from '../../state/baseline-kind';
import { applyBaselineTo } from '../../state/baseline-rules';
import { clear, h } from '../dom';

export interface CheckScenario {
  id: string;
  label: () => string;
  scenario: Scenario;
}

export interface AggregationCheckOptions {
  engine: () => SimulationEngine;
  counties: readonly CountyInput[];
  /** The choices. */
  scenarios: () => readonly CheckScenario[];
  /**
   * Ids to select first, in order (the workbench's current scenario, then a scenario whose
   * counties respond differently: under the plan-consistent one every county sits at the
   * target, so any weights give the same centre).
   */
  preferred: readonly string[];
}

type State =
  | { kind: 'unused' }
  | { kind: 'running' }
  | { kind: 'done'; city: OutputResult; aggregate: OutputResult }
  | { kind: 'failed'; detail: string };

const isAbort = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';

export class AggregationCheck {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly picker: HTMLElement;
  private selected: string | null = null;
  private state: State = { kind: 'unused' };
  private abort: AbortController | null = null;
  private baseline: BaselineData | null = null;
  /** What the last run was for (scenario and weights), so a re-render does not re-run. */
  private key = '';

  constructor(private readonly o: AggregationCheckOptions) {
    this.picker = h('div', { class: 'field baseline-check__picker' });
    this.body = h('div', { class: 'baseline-check__body', 'aria-live': 'polite' });
    this.element = h('div', { class: 'baseline-check' }, this.picker, this.body);
  }

  /** Runs (or stops) for these entries. */
  update(baseline: BaselineData): void {
    this.baseline = baseline;
    this.run();
  }

  /** Stops any run (the view is hidden). */
  stop(): void {
    this.abort?.abort();
    this.abort = null;
    if (this.state.kind === 'running') this.key = '';
  }

  render(): void {
    const choices = this.o.scenarios();
    const select = h(
      'select',
      { id: 'baseline-check-scenario' },
      ...choices.map((c) =>
        h('option', { value: c.id, selected: c.id === this.current()?.id }, c.label()),
      ),
    );
    select.addEventListener('change', () => {
      this.selected = select.value;
      this.run();
    });
    clear(this.picker);
    this.picker.append(h('label', { for: select.id }, t('baseline.check.scenario')), select);
    this.renderBody();
  }

  private current(): CheckScenario | undefined {
    const choices = this.o.scenarios();
    const byId = (id: string | null) => choices.find((c) => c.id === id);
    return (
      byId(this.selected) ?? this.o.preferred.map(byId).find((c) => c !== undefined) ?? choices[0]
    );
  }

  private run(): void {
    const choice = this.current();
    if (!this.baseline || !choice) return;
    // The user's weights, not the scenario's own: this checks what the entries do.
    const { weights: _own, ...counties } = choice.scenario.counties;
    const scenario = applyBaselineTo(
      { ...choice.scenario, counties, paths: DEFAULT_PATHS },
      this.baseline,
    );
    const key = JSON.stringify([choice.id, scenario]);
    if (key === this.key && this.state.kind !== 'failed') return;
    this.key = key;
    this.abort?.abort();
    this.abort = null;
    if (!scenario.counties.weights) {
      this.state = { kind: 'unused' };
      this.render();
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.state = { kind: 'running' };
    this.render();
    this.o
      .engine()
      .run(
        { scenario, counties: this.o.counties, countyIndicators: ['gdp'] },
        { signal: abort.signal, progressive: false },
      )
      .then((result) => {
        if (abort.signal.aborted) return;
        const city = result.outputs.find((x) => x.id === 'gdp');
        const aggregate = result.aggregates.find((x) => x.id === 'gdp');
        this.state =
          city && aggregate
            ? { kind: 'done', city, aggregate }
            : { kind: 'failed', detail: result.warnings.join('; ') };
        this.renderBody();
      })
      .catch((err: unknown) => {
        if (isAbort(err) || abort.signal.aborted) return;
        this.state = { kind: 'failed', detail: err instanceof Error ? err.message : String(err) };
        this.renderBody();
      });
  }

  private renderBody(): void {
    clear(this.body);
    const s = this.state;
    this.body.dataset.state = s.kind;
    if (s.kind === 'unused') {
      this.body.append(h('p', { class: 'muted' }, t('baseline.check.unused')));
      return;
    }
    if (s.kind === 'running') {
      this.body.append(h('p', { class: 'muted' }, t('baseline.check.running')));
      return;
    }
    if (s.kind === 'failed') {
      this.body.append(
        h('p', { class: 'field-error' }, t('baseline.check.failed', { detail: s.detail })),
      );
      return;
    }
    const lang = getLanguage();
    const target = formatPercent(s.city.target, lang, 1);
    const row = (
      key: 'baseline.check.row.city' | 'baseline.check.row.aggregate',
      r: OutputResult,
      id: string,
    ) =>
      h(
        'tr',
        { 'data-row': id },
        h('th', { scope: 'row' }, t(key)),
        // Full precision in data-value: the weights move the aggregate by hundredths of a point.
        h(
          'td',
          { class: 'baseline-table__num', 'data-value': String(r.annual.percentiles.p50) },
          formatPercent(r.annual.percentiles.p50, lang, 2),
        ),
        h(
          'td',
          { class: 'baseline-table__num', 'data-value': String(r.annual.central) },
          formatPercent(r.annual.central, lang, 2),
        ),
        h(
          'td',
          { class: 'baseline-table__num', 'data-value': String(r.annual.pMeet) },
          formatProbability(r.annual.pMeet, lang),
        ),
      );
    this.body.append(
      h(
        'table',
        { class: 'baseline-table baseline-table--check', id: 'baseline-check-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'col' },
              h('span', { class: 'visually-hidden' }, t('baseline.check.heading')),
            ),
            h('th', { scope: 'col' }, t('baseline.check.col.median')),
            h('th', { scope: 'col' }, t('baseline.check.col.central')),
            h('th', { scope: 'col' }, t('baseline.check.col.pMeet', { target })),
          ),
        ),
        h(
          'tbody',
          {},
          row('baseline.check.row.city', s.city, 'city'),
          row('baseline.check.row.aggregate', s.aggregate, 'aggregate'),
        ),
      ),
    );
  }
}
