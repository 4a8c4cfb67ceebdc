import { describe, expect, it } from 'vitest';
import { GROWTH_OUTPUT_IDS, defaultScenario, type RunRequest } from '../../src/model/index.ts';
import type { Scene } from '../../src/present/deck-schema';
import { checkTemplate, fillTemplate, placeholdersIn } from '../../src/present/placeholders';
import {
  SceneRunner,
  planScenarioFor,
  requiredScenario,
  sceneNeeds,
  type EngineLike,
} from '../../src/present/scene-runs';
import {
  formatDriverSpread,
  formatOutputGap,
  formatOutputValue,
} from '../../src/present/scene-text';
import { driverDef } from '../../src/model/index.ts';
import { createSimulationEngine } from '../../src/sim';
import { formatElapsed } from '../../src/ui/present/presenter-console';
import { context } from './fixtures';

const base: Scene = {
  id: 's',
  title: { zh: '标题', en: 'Title' },
  notes: { zh: '', en: '' },
  map: { camera: { fit: 'city' } },
};

describe('what a scene needs from the engine', () => {
  it('follows its panel, sliders, scenario and placeholders', () => {
    expect(sceneNeeds(base)).toEqual({ engine: false, plan: false, required: null });
    expect(sceneNeeds({ ...base, panel: { kind: 'targets' } }).engine).toBe(false);
    expect(sceneNeeds({ ...base, panel: { kind: 'dashboard' } }).engine).toBe(true);
    expect(
      sceneNeeds({ ...base, panel: { kind: 'fan', indicator: 'gdp', comparePlan: true } }),
    ).toEqual({ engine: true, plan: true, required: null });
    expect(sceneNeeds({ ...base, panel: { kind: 'required', quartersKnown: 2 } }).required).toBe(2);
    expect(sceneNeeds({ ...base, notes: { zh: '{{p:gdp}}', en: '' } }).engine).toBe(true);
    expect(sceneNeeds({ ...base, notes: { zh: '', en: '{{plan.p:gdp}}' } }).plan).toBe(true);
    expect(sceneNeeds({ ...base, notes: { zh: '{{required:gdp}}', en: '' } }).required).toBe(3);
    expect(sceneNeeds({ ...base, notes: { zh: '{{target:headline.gdp}}', en: '' } }).engine).toBe(
      false,
    );
    expect(sceneNeeds({ ...base, sliders: ['external_demand'] }).engine).toBe(true);
  });

  it('compares with the plan under the same seed and paths', () => {
    const s = {
      ...defaultScenario(),
      seed: 7,
      paths: 4096,
      drivers: { external_demand: { value: 3 } },
    };
    expect(planScenarioFor(s)).toEqual({ ...defaultScenario(), seed: 7, paths: 4096 });
  });
});

describe('running scenes', () => {
  const engine = createSimulationEngine({ factory: null, size: 1 });
  let calls = 0;
  const counting: EngineLike = {
    run: (request: RunRequest, options) => {
      calls++;
      return engine.run(request, options);
    },
  };

  it('fills the known quarters with entered figures, else the medians, and says which', async () => {
    const runner = new SceneRunner(counting);
    const scenario = { ...defaultScenario(), paths: 4096, actuals: { gdp: [5.1, 5.4, 5.6] } };
    const main = await runner.run(scenario);
    const { scenario: withActuals, assumed } = requiredScenario(scenario, main, 3);
    expect(assumed.gdp).toBe('entered');
    expect(withActuals.actuals.gdp).toEqual([5.1, 5.4, 5.6]);
    expect(assumed.exports).toBe('median');
    const exports = main.outputs.find((o) => o.id === 'exports')!;
    expect(withActuals.actuals.exports).toEqual(
      exports.quarters.slice(0, 3).map((q) => q.percentiles.p50),
    );
    expect(Object.keys(assumed).sort()).toEqual([...GROWTH_OUTPUT_IDS].sort());
  });

  it('gives the same figures on every run and keeps final results', async () => {
    const scene: Scene = {
      ...base,
      panel: { kind: 'required', quartersKnown: 3 },
      scenario: { ...defaultScenario(), paths: 4096 },
    };
    const a = await new SceneRunner(counting).sceneResults(scene, scene.scenario!);
    const runner = new SceneRunner(counting);
    calls = 0;
    const b = await runner.sceneResults(scene, scene.scenario!);
    expect(calls).toBe(2);
    expect(b.required?.outputs.map((o) => o.required)).toEqual(
      a.required?.outputs.map((o) => o.required),
    );
    expect(b.main?.outputs.map((o) => o.annual.pMeet)).toEqual(
      a.main?.outputs.map((o) => o.annual.pMeet),
    );
    const again = await runner.sceneResults(scene, scene.scenario!);
    expect(calls).toBe(2); // both runs were cached
    expect(again.main).toBe(b.main);
    const gdp = b.required?.outputs.find((o) => o.id === 'gdp')?.required;
    expect(gdp?.quartersKnown).toBe(3);
    expect(Number.isFinite(gdp?.required)).toBe(true);
  });

  it('shows the coarse result first, then the final one', async () => {
    const runner = new SceneRunner(counting);
    const seen: boolean[] = [];
    const scene: Scene = { ...base, panel: { kind: 'dashboard' } };
    const scenario = { ...defaultScenario(), paths: 10_000, seed: 99 };
    const r = await runner.sceneResults(scene, scenario, {
      onUpdate: (u) => seen.push(u.main?.final ?? false),
    });
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
    expect(r.final).toBe(true);
    expect(r.main?.paths).toBe(10_000);
  });
});

describe('placeholders and their figures', () => {
  it('checks kinds and ids', () => {
    expect(checkTemplate('{{p:gdp}} {{seed}} {{headline.count}}')).toEqual([]);
    expect(checkTemplate('{{seed:1}}')[0]).toMatch(/takes no argument/);
    expect(checkTemplate('{{p}}')[0]).toMatch(/needs an argument/);
    expect(checkTemplate('{{zone.name:zone.nowhere}}', context)[0]).toMatch(/unknown zone/);
    expect(checkTemplate('{{zone.name:zone.nowhere}}')).toEqual([]); // no plan: ids unchecked
    expect(placeholdersIn('a {{ p:gdp }} b {{driver:external_demand}}')).toEqual([
      { kind: 'p', arg: 'gdp' },
      { kind: 'driver', arg: 'external_demand' },
    ]);
  });

  it('fill in what is known and mark what is not yet', () => {
    expect(
      fillTemplate('{{p:gdp}} / {{seed}} / {{what:x}}', (p) => (p.kind === 'seed' ? '7' : null)),
    ).toBe('… / 7 / {{what:x}}');
  });

  it('format figures the Chinese way, and in English', () => {
    expect(formatOutputValue(6.04, '%', 'zh-CN')).toBe('6.0%');
    expect(formatOutputValue(1001.13, '亿元', 'zh-CN')).toBe('1,001亿元');
    expect(formatOutputValue(1001.13, '亿元', 'en')).toBe('100.1 bn yuan');
    expect(formatOutputValue(3.8291, '万人', 'zh-CN')).toBe('3.8万人');
    expect(formatOutputGap(-0.52, '%', 'zh-CN')).toBe('−0.5个百分点');
    expect(formatOutputGap(-0.52, '%', 'en')).toBe('−0.5 pp');
    expect(formatDriverSpread(driverDef('external_demand'), 5, 'zh-CN')).toBe('±5.0个百分点');
    expect(formatDriverSpread(driverDef('gulei_ramp'), 100, 'zh-CN')).toBe('±100亿元');
  });

  it('time the talk as m:ss, then h:mm:ss', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(61_500)).toBe('1:01');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
