import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/model/simulate';
import { parseScenarioJson } from '../../src/model/validate';
import type { CountyInput } from '../../src/model/counties';

// Golden values for fixed seeds. They change only when the model, the kernel or the defaults
// change on purpose: then regenerate with `UPDATE_GOLDEN=1 npx vitest run --project unit
// tests/model/golden.test.ts`, run prettier on the file, bump MODEL_VERSION if the equations
// changed, and say why in the commit.
const dir = new URL('../fixtures/scenarios/', import.meta.url);
const goldenFile = new URL('golden/engine.golden.json', dir);
// A snapshot of the county list, so edits to the plan data do not move the golden values.
const { counties } = JSON.parse(readFileSync(new URL('counties.fixture.json', dir), 'utf8')) as {
  counties: CountyInput[];
};

function run(file: string, sensitivity: boolean): unknown {
  const checked = parseScenarioJson(readFileSync(new URL(file, dir), 'utf8'));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return simulate({ scenario: checked.scenario, counties, sensitivity });
}

describe('golden values for fixed seeds', () => {
  const current = {
    baseline: run('baseline.json', false),
    'downturn-fast-gulei': run('downturn-fast-gulei.json', true),
  };

  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(new URL('golden/', dir), { recursive: true });
    writeFileSync(goldenFile, `${JSON.stringify(current, null, 2)}\n`);
  }

  it('the golden file exists', () => {
    expect(existsSync(goldenFile)).toBe(true);
  });

  it('the results are exactly the golden values', () => {
    const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as unknown;
    expect(JSON.parse(JSON.stringify(current))).toEqual(golden);
  });
});
