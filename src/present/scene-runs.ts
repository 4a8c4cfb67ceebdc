/**
 * The simulations a scene needs, run through the engine and kept: the scene's scenario (live,
 * so a presenter's what-if reruns it), the plan-consistent scenario with the same seed when the
 * scene compares with the plan, and for "what the fourth quarter must deliver" a second run
 * whose first quarters are the published figures (or, when none are entered, the first run's
 * medians, said so on screen). Final results are cached by the scenario's canonical JSON, so
 * stepping back to a scene shows it at once, and a fixed seed gives the same numbers at every
 * rehearsal.
 */
import {
  GROWTH_OUTPUT_IDS,
  defaultScenario,
  type GrowthOutputId,
  type RunRequest,
  type Scenario,
  type SimulationResult,
} from '../model/index.ts';
import type { RunOptions } from '../sim/engine';
import { canonicalJson } from '../state/scenario-store';
import type { Scene } from './deck-schema';
import { ENGINE_KINDS, placeholdersIn } from './placeholders';

/** The part of the engine a scene needs (the app passes the worker engine; tests an inline one). */
export interface EngineLike {
  run(request: RunRequest, options?: RunOptions): Promise<SimulationResult>;
}

export interface SceneNeeds {
  engine: boolean;
  plan: boolean;
  /** Quarters taken as known for the required-growth run, or null when not needed. */
  required: 1 | 2 | 3 | null;
}

export type AssumedFrom = 'entered' | 'median';

export interface SceneResults {
  main: SimulationResult | null;
  plan: SimulationResult | null;
  required: SimulationResult | null;
  /** How the known quarters of each growth output were filled for the required run. */
  assumed: Partial<Record<GrowthOutputId, AssumedFrom>>;
  /** True when every run the scene needs has its final result. */
  final: boolean;
}

export const EMPTY_RESULTS: SceneResults = {
  main: null,
  plan: null,
  required: null,
  assumed: {},
  final: true,
};

/** What a scene needs from the engine, from its panel, sliders and placeholders. */
export function sceneNeeds(scene: Scene): SceneNeeds {
  const tokens = [scene.title.zh, scene.title.en, scene.notes.zh, scene.notes.en].flatMap((t) =>
    placeholdersIn(t),
  );
  const panel = scene.panel ?? null;
  const plan =
    (panel?.kind === 'fan' && panel.comparePlan === true) ||
    tokens.some((p) => p.kind.startsWith('plan.'));
  const required =
    panel?.kind === 'required'
      ? panel.quartersKnown
      : tokens.some((p) => p.kind.startsWith('required'))
        ? 3
        : null;
  const engine =
    plan ||
    required !== null ||
    panel?.kind === 'dashboard' ||
    panel?.kind === 'fan' ||
    (scene.sliders?.length ?? 0) > 0 ||
    scene.scenario !== undefined ||
    tokens.some((p) => ENGINE_KINDS.has(p.kind));
  return { engine, plan, required };
}

/** The scenario a scene runs: its own, or the plan-consistent default. */
export function sceneScenario(scene: Scene): Scenario {
  return structuredClone(scene.scenario ?? defaultScenario());
}

/** The plan-consistent scenario with the same seed and paths, for comparison. */
export function planScenarioFor(scenario: Scenario): Scenario {
  return { ...defaultScenario(), seed: scenario.seed, paths: scenario.paths };
}

/**
 * The scenario of the required-growth run: the first `k` quarters of each growth target are the
 * figures the scenario already has (published, entered by the user) or else the medians of
 * `main`, which the screen labels as assumed.
 */
export function requiredScenario(
  scenario: Scenario,
  main: SimulationResult,
  k: 1 | 2 | 3,
): { scenario: Scenario; assumed: Partial<Record<GrowthOutputId, AssumedFrom>> } {
  const actuals = { ...scenario.actuals };
  const assumed: Partial<Record<GrowthOutputId, AssumedFrom>> = {};
  for (const id of GROWTH_OUTPUT_IDS) {
    const entered = scenario.actuals[id];
    if (entered && entered.length >= k) {
      actuals[id] = entered.slice(0, k);
      assumed[id] = 'entered';
      continue;
    }
    const output = main.outputs.find((o) => o.id === id);
    if (!output) continue;
    actuals[id] = output.quarters.slice(0, k).map((q) => q.percentiles.p50);
    assumed[id] = 'median';
  }
  return { scenario: { ...scenario, actuals }, assumed };
}

/** Runs scenes and keeps their final results. */
export class SceneRunner {
  private readonly cache = new Map<string, SimulationResult>();

  constructor(
    private readonly engine: EngineLike,
    private readonly capacity = 48,
  ) {}

  /** The cached final result of a scenario, if any. */
  cached(scenario: Scenario): SimulationResult | null {
    return this.cache.get(canonicalJson(scenario)) ?? null;
  }

  /** A scenario's final result (cached); `onCoarse` sees the coarse first batch of a new run. */
  async run(
    scenario: Scenario,
    options: { signal?: AbortSignal; onCoarse?: (r: SimulationResult) => void } = {},
  ): Promise<SimulationResult> {
    const key = canonicalJson(scenario);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const result = await this.engine.run(
      { scenario },
      {
        signal: options.signal,
        onResult: (r) => {
          if (!r.final) options.onCoarse?.(r);
        },
      },
    );
    this.cache.set(key, result);
    while (this.cache.size > this.capacity) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return result;
  }

  /**
   * Everything `scene` needs for `scenario` (the live one). `onUpdate` sees partial results as
   * they come (a coarse main result first); the promise resolves with the final set.
   */
  async sceneResults(
    scene: Scene,
    scenario: Scenario,
    options: { signal?: AbortSignal; onUpdate?: (r: SceneResults) => void } = {},
  ): Promise<SceneResults> {
    const needs = sceneNeeds(scene);
    if (!needs.engine) return EMPTY_RESULTS;
    const { signal } = options;
    let current: SceneResults = { ...EMPTY_RESULTS, final: false };
    const emit = (patch: Partial<SceneResults>): void => {
      current = { ...current, ...patch };
      options.onUpdate?.(current);
    };
    const main = await this.run(scenario, {
      signal,
      onCoarse: (r) => emit({ main: r }),
    });
    emit({ main });
    if (needs.plan) emit({ plan: await this.run(planScenarioFor(scenario), { signal }) });
    if (needs.required !== null) {
      const { scenario: withActuals, assumed } = requiredScenario(scenario, main, needs.required);
      emit({ required: await this.run(withActuals, { signal }), assumed });
    }
    current = { ...current, final: true };
    return current;
  }
}
