import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/model/presets';
import { defaultScenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import { validateScenario } from '../../src/model/validate';
import { emptyBaseline, type BaselineData } from '../../src/state/baseline-kind';
import {
  applyBaselineTo,
  normaliseWeights,
  projectedLevel,
  weightStatus,
  withLevel,
  withWeight,
} from '../../src/state/baseline-rules';
import { COUNTY_ADCODES } from '../../src/state/baseline-slots';
import { BaselineState } from '../../src/state/baseline-state';
import { AppStorage } from '../../src/state/storage';
import { baselineKind } from '../../src/state/baseline-kind';
import { loadPlan } from '../ui/plan-fixture';
import { freshDbName } from './fixtures';

const NOW = '2024-05-01T08:00:00.000Z';
const entry = (value: number, origin: 'user' | 'assumption' = 'user') => ({
  value,
  origin,
  enteredAt: NOW,
});
/** Weights in % for the 11 counties, in COUNTY_ADCODES order. */
function withWeights(values: readonly number[]): BaselineData {
  let b = emptyBaseline();
  values.forEach((v, i) => (b = withWeight(b, COUNTY_ADCODES[i]!, entry(v))));
  return b;
}
const EVEN = COUNTY_ADCODES.map(() => 100 / 11);
// Shares a user might enter: uneven, adding up to 100.
const UNEVEN = [20, 6, 14, 5, 12, 5, 6, 5, 9, 10, 8];

describe('county weight rules', () => {
  it('says empty, incomplete (naming the missing), wrong sum, or ok', () => {
    expect(weightStatus({}).state).toBe('empty');
    const part = weightStatus(withWeights(UNEVEN.slice(0, 9)).weights);
    expect(part.state).toBe('incomplete');
    expect(part.missing).toEqual(['350628', '350629']);
    expect(part.entered).toBe(9);
    const off = weightStatus(withWeights(UNEVEN.map((v, i) => (i === 0 ? v + 1 : v))).weights);
    expect(off.state).toBe('sum');
    expect(off.sum).toBeCloseTo(101, 9);
    expect(weightStatus(withWeights(UNEVEN).weights).state).toBe('ok');
    // Rounded official shares may miss 100 by a little: within the engine's tolerance.
    expect(
      weightStatus(withWeights(UNEVEN.map((v, i) => (i === 0 ? v - 0.05 : v))).weights).state,
    ).toBe('ok');
  });

  it('normalises complete weights to exactly 100, never inventing a missing one', () => {
    const doubled = withWeights(UNEVEN.map((v) => v * 2));
    const n = normaliseWeights(doubled.weights, NOW);
    expect(n).not.toBeNull();
    const sum = COUNTY_ADCODES.reduce((s, c) => s + (n?.[c]?.value ?? 0), 0);
    expect(sum).toBeCloseTo(100, 9);
    expect(n?.['350602']?.value).toBeCloseTo(20, 9);
    expect(normaliseWeights(withWeights(UNEVEN.slice(0, 10)).weights, NOW)).toBeNull();
  });
});

describe('applyBaselineTo', () => {
  const plan = loadPlan();
  const counties = plan.units.map((u) => ({
    adcode: u.adcode,
    name_zh: u.name_zh,
    industries: [...new Set(u.industries.flatMap((l) => l.maps.map((m) => m.industry)))],
  }));

  it('fills shares that add up to 1 and pass the engine validator with every county', () => {
    const s = applyBaselineTo(defaultScenario(), withWeights(UNEVEN));
    expect(s.counties.weights).toBeDefined();
    const shares = s.counties.weights ?? {};
    expect(Object.keys(shares).sort()).toEqual([...COUNTY_ADCODES].sort());
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(shares['350602']).toBeCloseTo(0.2, 12);
    expect(validateScenario(s, { counties }).ok).toBe(true);
  });

  it('changes nothing for incomplete or inconsistent weights, or a scenario with its own', () => {
    const base = defaultScenario();
    expect(applyBaselineTo(base, emptyBaseline())).toBe(base);
    expect(applyBaselineTo(base, withWeights(UNEVEN.slice(0, 10)))).toBe(base);
    expect(applyBaselineTo(base, withWeights(UNEVEN.map((v) => v * 2)))).toBe(base);
    const own = {
      ...base,
      counties: { weights: Object.fromEntries(COUNTY_ADCODES.map((c) => [c, 1 / 11])) },
    };
    expect(applyBaselineTo(own, withWeights(UNEVEN))).toBe(own);
  });

  it('makes the engine aggregate city totals from the counties, and the weights matter', () => {
    const downturn = PRESETS.find((p) => p.id === 'external_downturn')!.scenario;
    const request = (b: BaselineData) => ({
      scenario: { ...applyBaselineTo(downturn, b), paths: 2048 },
      counties,
    });
    expect(simulate(request(emptyBaseline())).aggregates).toEqual([]);
    const even = simulate(request(withWeights(EVEN))).aggregates[0]!;
    const uneven = simulate(request(withWeights(UNEVEN))).aggregates[0]!;
    expect(even.id).toBe('gdp');
    expect(uneven.annual.central).not.toBeCloseTo(even.annual.central, 6);
  });
});

describe('projectedLevel', () => {
  it('grows an entered 2022 level by the projected rate, saying the price basis', () => {
    const b = withLevel(emptyBaseline(), 'baseline.gdp_2022', entry(5000, 'assumption'));
    const p = projectedLevel('gdp', 6.5, b);
    expect(p?.value).toBeCloseTo(5325, 9);
    expect(p).toMatchObject({
      unit: '亿元',
      base: 5000,
      origin: 'assumption',
      prices: 'comparable',
    });
    const r = projectedLevel('retail', 10, withLevel(b, 'baseline.retail_2022', entry(2000)));
    expect(r).toMatchObject({ value: 2200, prices: 'nominal', origin: 'user' });
  });

  it('is null without an entered level, for the CPI and for a non-finite growth', () => {
    expect(projectedLevel('gdp', 6.5, emptyBaseline())).toBeNull();
    const b = withLevel(emptyBaseline(), 'baseline.cpi_2022', entry(2));
    expect(projectedLevel('cpi', 3, b)).toBeNull();
    const g = withLevel(emptyBaseline(), 'baseline.gdp_2022', entry(5000));
    expect(projectedLevel('gdp', NaN, g)).toBeNull();
  });
});

describe('BaselineState', () => {
  it('saves to one record, reloads it, and leaves unreadable records untouched', async () => {
    const name = freshDbName();
    const storage = await AppStorage.open({ name });
    const collection = storage.collection(baselineKind);
    // A record from a newer app version: unreadable here, and never overwritten.
    const newer = storage.collection({ ...baselineKind, version: 2 });
    const alien = await newer.save({ name: 'x', value: emptyBaseline() });
    const state = new BaselineState(() => Promise.resolve(collection));
    let heard = 0;
    state.subscribe(() => (heard += 1));
    const info = await state.load();
    expect(info.unreadable.map((u) => u.id)).toEqual([alien.id]);
    const first = withWeights(UNEVEN);
    await Promise.all([
      state.save(first),
      state.save(withLevel(first, 'baseline.gdp_2022', entry(5000))),
    ]);
    expect(heard).toBeGreaterThanOrEqual(2);
    const records = await collection.list();
    // The alien record plus exactly one of ours.
    expect(records.length).toBe(2);
    expect(records.find((r) => r.id === alien.id)?.ok).toBe(false);

    const reopened = await AppStorage.open({ name });
    const again = new BaselineState(() => Promise.resolve(reopened.collection(baselineKind)));
    await again.load();
    expect(again.baseline.levels['baseline.gdp_2022']?.value).toBe(5000);
    expect(weightStatus(again.baseline.weights).state).toBe('ok');
  });

  it('two edits made before the first is written both land (each applies to the saved state)', async () => {
    const storage = await AppStorage.open({ name: freshDbName() });
    const state = new BaselineState(() => Promise.resolve(storage.collection(baselineKind)));
    await state.save(withWeights(UNEVEN));
    // As the editor does it: one field, Tab, the next field, without waiting for the first write.
    await Promise.all([
      state.edit((b) => withWeight(b, '350602', entry(10))),
      state.edit((b) => withWeight(b, '350624', entry(16))),
    ]);
    expect(state.baseline.weights['350602']?.value).toBe(10);
    expect(state.baseline.weights['350624']?.value).toBe(16);
    const again = new BaselineState(() => Promise.resolve(storage.collection(baselineKind)));
    await again.load();
    expect(again.baseline.weights['350602']?.value).toBe(10);
    expect(again.baseline.weights['350624']?.value).toBe(16);
  });

  it('refuses invalid data and keeps the current entries', async () => {
    const storage = await AppStorage.open({ name: freshDbName() });
    const state = new BaselineState(() => Promise.resolve(storage.collection(baselineKind)));
    await state.save(withWeights(UNEVEN));
    const bad = withWeight(emptyBaseline(), '350602', entry(-1));
    await expect(state.save(bad)).rejects.toThrow(/weights\.350602\.value/);
    expect(weightStatus(state.baseline.weights).state).toBe('ok');
  });
});
