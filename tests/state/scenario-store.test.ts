import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/model/scenario';
import { ScenarioStore, canonicalJson, sameScenario } from '../../src/state/scenario-store';

const withSeed =
  (seed: number) =>
  (s: Scenario): Scenario => ({ ...s, seed });

describe('ScenarioStore', () => {
  it('undoes and redoes edits in order', () => {
    const store = new ScenarioStore(defaultScenario());
    const seeds: number[] = [];
    store.subscribe((s) => seeds.push(s.seed));
    store.update(withSeed(1));
    store.update(withSeed(2));
    expect(store.scenario.seed).toBe(2);
    expect(store.undo()).toBe(true);
    expect(store.scenario.seed).toBe(1);
    expect(store.undo()).toBe(true);
    expect(store.scenario.seed).toBe(defaultScenario().seed);
    expect(store.undo()).toBe(false);
    expect(store.redo()).toBe(true);
    expect(store.scenario.seed).toBe(1);
    expect(seeds).toEqual([1, 2, 1, defaultScenario().seed, 1]);
  });

  it('merges a slider drag (same coalesce key) into one undo step', () => {
    const store = new ScenarioStore(defaultScenario());
    for (const seed of [10, 11, 12, 13]) store.update(withSeed(seed), 'drag:seed');
    store.commit();
    store.update(withSeed(99), 'drag:seed');
    store.undo();
    expect(store.scenario.seed).toBe(13);
    store.undo();
    expect(store.scenario.seed).toBe(defaultScenario().seed);
  });

  it('a new edit clears the redo stack', () => {
    const store = new ScenarioStore(defaultScenario());
    store.update(withSeed(1));
    store.undo();
    store.update(withSeed(2));
    expect(store.canRedo).toBe(false);
    expect(store.redo()).toBe(false);
  });

  it('ignores edits that change nothing', () => {
    const store = new ScenarioStore(defaultScenario());
    expect(store.update((s) => ({ ...s }))).toBe(false);
    expect(store.canUndo).toBe(false);
  });

  it('keeps at most historyLimit steps', () => {
    const store = new ScenarioStore(defaultScenario(), { historyLimit: 3 });
    for (let i = 1; i <= 10; i++) store.update(withSeed(i));
    let undos = 0;
    while (store.undo()) undos++;
    expect(undos).toBe(3);
    expect(store.scenario.seed).toBe(7);
  });

  it('replace is undoable unless history is reset', () => {
    const store = new ScenarioStore(defaultScenario());
    store.replace({ ...defaultScenario(), name: 'loaded' });
    expect(store.undo()).toBe(true);
    store.replace({ ...defaultScenario(), name: 'restored' }, true);
    expect(store.canUndo).toBe(false);
  });
});

describe('canonical JSON', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(
      canonicalJson({ a: { c: 3, d: 2 }, b: 1 }),
    );
    const a = defaultScenario();
    const b: Scenario = JSON.parse(JSON.stringify(a)) as Scenario;
    expect(sameScenario(a, b)).toBe(true);
    expect(sameScenario(a, { ...b, seed: b.seed + 1 })).toBe(false);
  });
});
