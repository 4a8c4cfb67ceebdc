import { describe, expect, it } from 'vitest';
import { compileRun } from '../../src/model/compile';
import { DRIVERS } from '../../src/model/drivers';
import { runBlocks } from '../../src/model/kernel';
import { RunAccumulator } from '../../src/model/merge';
import { PARAMETERS } from '../../src/model/parameters';
import { BLOCK_SIZE } from '../../src/model/run-types';
import { defaultScenario, type Scenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import { summarise } from '../../src/model/summarise';
import { validateScenario } from '../../src/model/validate';
import { allNumbers } from './helpers';

const scenario: Scenario = {
  ...defaultScenario(),
  seed: 31,
  drivers: { external_demand: { value: 2 } },
};
const counties = [
  { adcode: '350623', name_zh: '漳浦县', industries: ['petrochemicals_downstream', 'food'] },
  { adcode: '350602', name_zh: '芗城区', industries: [] },
];

describe('kernel: blocks, merging and memory', () => {
  it('gives bit-identical results however the blocks are split and in whatever order they arrive', () => {
    const request = { scenario, counties, paths: 10 * BLOCK_SIZE + 123, sensitivity: true };
    const { run, meta } = compileRun(request);
    const whole = new RunAccumulator(run);
    whole.add(runBlocks(run, 0, run.nBlocks));
    const split = new RunAccumulator(run);
    const ranges: [number, number][] = [
      [7, 11],
      [0, 1],
      [3, 7],
      [1, 3],
    ];
    for (const [a, b] of ranges) split.add(runBlocks(run, a, b));
    expect(split.complete).toBe(true);
    expect(JSON.stringify(summarise(run, meta, split, true))).toBe(
      JSON.stringify(summarise(run, meta, whole, true)),
    );
  });

  it('waits for a gap before folding sums, so a prefix snapshot is always consistent', () => {
    const { run } = compileRun({ scenario, paths: 4 * BLOCK_SIZE });
    const acc = new RunAccumulator(run);
    acc.add(runBlocks(run, 2, 4));
    expect(acc.contiguous).toBe(false);
    expect(acc.prefixPaths).toBe(0);
    acc.add(runBlocks(run, 0, 2));
    expect(acc.contiguous).toBe(true);
    expect(acc.prefixPaths).toBe(4 * BLOCK_SIZE);
  });

  it('uses the same accumulator sizes for 10 thousand and 10 million paths', () => {
    const small = compileRun({ scenario, paths: 10_000 }).run;
    const big = compileRun({ scenario, paths: 10_000_000 }).run;
    expect(big.layout).toEqual(small.layout);
    const part = runBlocks(big, 0, 1);
    expect(part.counts.length).toBe(small.layout.countsLength);
    expect(part.blockSums.length).toBe(small.layout.sumsPerBlock);
  });

  it('handles a single path and a partial last block', () => {
    const one = simulate({ scenario, paths: 1 });
    expect(one.paths).toBe(1);
    expect(one.outputs[0]!.samples).toBe(1);
    const odd = simulate({ scenario, paths: BLOCK_SIZE + 1 });
    expect(odd.paths).toBe(BLOCK_SIZE + 1);
  });

  it('returns only finite numbers at the extremes of every driver and parameter', () => {
    const extremes: Scenario[] = [];
    for (const side of ['min', 'max'] as const) {
      const drivers: Scenario['drivers'] = {};
      for (const d of DRIVERS) drivers[d.id] = { value: d[side], sd: d.max - d.min };
      const parameters: Scenario['parameters'] = {};
      for (const p of PARAMETERS.values()) {
        if (
          typeof p.value === 'number' &&
          !p.id.startsWith('share.') &&
          !p.id.startsWith('loading.')
        )
          parameters[p.id] = p[side];
      }
      parameters['share.primary'] = side === 'min' ? 0 : 1;
      parameters['share.secondary'] = 0;
      parameters['share.tertiary'] = side === 'min' ? 1 : 0;
      parameters['loading.external_demand.global'] = side === 'min' ? -1 : 1;
      parameters['quarter_weights.gdp'] = [0.97, 0.01, 0.01, 0.01];
      extremes.push({
        ...defaultScenario(),
        name: side,
        drivers,
        parameters,
        actuals: { gdp: [-99, 900], 'gulei.output': [0] },
      });
    }
    for (const s of extremes) {
      const checked = validateScenario(s);
      expect(checked.ok, JSON.stringify(checked)).toBe(true);
      const r = simulate({
        scenario: s,
        counties,
        paths: 3000,
        sensitivity: true,
        compareTo: defaultScenario(),
      });
      const numbers = allNumbers(r);
      expect(numbers.length).toBeGreaterThan(1000);
      expect(numbers.every(Number.isFinite), s.name).toBe(true);
      for (const o of r.outputs) {
        expect(o.annual.pMeet).toBeGreaterThanOrEqual(0);
        expect(o.annual.pMeet).toBeLessThanOrEqual(1);
        const p = o.annual.percentiles;
        expect(p.p5 <= p.p50 && p.p50 <= p.p95, o.id).toBe(true);
      }
    }
  });
});
