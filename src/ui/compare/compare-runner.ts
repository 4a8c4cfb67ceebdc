/**
 * Runs the compared scenarios with the engine: A against the scenario it is paired with
 * (`engine.compare`, which also attributes the gap driver by driver), and any others on their
 * own. Every run uses A's seed and path count, so the numbers are fixed by the link and
 * differences come from the assumptions alone. A new selection cancels the runs in flight.
 */
import type { CentralAttribution } from '../../model/central';
import type { CountyInput } from '../../model/counties';
import { GROWTH_OUTPUT_IDS } from '../../model/outputs';
import type { SimulationResult } from '../../model/result-types';
import type { RunRequest } from '../../model/run-types';
import type { Scenario } from '../../model/scenario';
import type { CompareResult, RunOptions, RunProgress } from '../../sim/engine';
import { canonicalJson } from '../../state/scenario-store';

/** What the runner needs from the engine (a fake in unit tests). */
export interface CompareEngine {
  run(request: RunRequest, options?: RunOptions): Promise<SimulationResult>;
  compare(base: RunRequest, other: Scenario, options?: RunOptions): Promise<CompareResult>;
}

export interface CompareOutcome {
  /** One result per scenario, in slot order. */
  results: SimulationResult[];
  /** The slot compared with A (1…n−1). */
  pair: number;
  /** Exact decomposition of the central gap between A and the paired scenario. */
  central: CentralAttribution[];
  seed: number;
  paths: number;
}

export type CompareRunState =
  | { status: 'idle' }
  | { status: 'running'; progress: RunProgress }
  | { status: 'done'; outcome: CompareOutcome }
  | { status: 'error'; message: string };

const isAbort = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';

export class CompareRunner {
  private abort: AbortController | null = null;
  private key = '';
  private stateValue: CompareRunState = { status: 'idle' };

  constructor(
    private readonly engine: () => CompareEngine,
    private readonly counties: readonly CountyInput[],
    private readonly listener: (state: CompareRunState) => void,
  ) {}

  get state(): CompareRunState {
    return this.stateValue;
  }

  /** Runs these scenarios (2–4) unless the same run is already done or under way. */
  run(scenarios: readonly Scenario[], pair: number): void {
    const key = JSON.stringify([pair, ...scenarios.map(canonicalJson)]);
    if (key === this.key && this.stateValue.status !== 'error') return;
    this.cancel();
    this.key = key;
    const a = scenarios[0];
    const b = scenarios[pair];
    if (scenarios.length < 2 || !a || !b) {
      this.set({ status: 'idle' });
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    const { seed, paths } = a;
    const request = (scenario: Scenario): RunRequest => ({
      scenario: { ...scenario, seed, paths },
      counties: this.counties,
      // Every growth indicator's counties in one run, so switching the map's indicator needs
      // no new run (the county draws depend on this list, so it is fixed).
      countyIndicators: GROWTH_OUTPUT_IDS,
    });
    const total = scenarios.length * paths;
    const done = new Array<number>(scenarios.length).fill(0);
    const progress = (slots: number[]) => (p: RunProgress) => {
      // engine.compare reports A and B together: split its count evenly between the two.
      slots.forEach((s) => (done[s] = p.done / slots.length));
      const sum = done.reduce((x, y) => x + y, 0);
      if (!abort.signal.aborted)
        this.set({ status: 'running', progress: { done: sum, total, fraction: sum / total } });
    };
    this.set({ status: 'running', progress: { done: 0, total, fraction: 0 } });
    const engine = this.engine();
    const compared = engine.compare(
      request(a),
      { ...b, seed, paths },
      {
        signal: abort.signal,
        onProgress: progress([0, pair]),
      },
    );
    const others = scenarios.map((s, i) =>
      i === 0 || i === pair
        ? null
        : engine.run(request(s), {
            signal: abort.signal,
            progressive: false,
            onProgress: progress([i]),
          }),
    );
    Promise.all([compared, ...others])
      .then(([cmp, ...rest]) => {
        if (abort.signal.aborted || !cmp) return;
        const results = scenarios.map((_, i) =>
          i === 0 ? cmp.a : i === pair ? cmp.b : (rest[i] ?? cmp.a),
        );
        this.abort = null;
        this.set({
          status: 'done',
          outcome: {
            results,
            pair,
            central: cmp.central,
            seed,
            paths,
          },
        });
      })
      .catch((err: unknown) => {
        if (isAbort(err) || abort.signal.aborted) return;
        this.abort = null;
        this.set({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      });
  }

  /** Stops the runs in flight; the next `run` starts afresh. */
  cancel(): void {
    if (this.abort) {
      this.abort.abort();
      this.abort = null;
      this.key = '';
    }
  }

  private set(state: CompareRunState): void {
    this.stateValue = state;
    this.listener(state);
  }
}
