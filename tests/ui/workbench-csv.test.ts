import { describe, expect, it } from 'vitest';
import { UTF8_BOM, parseCsv } from '../../src/data/csv';
import { PERCENTILE_LEVELS } from '../../src/model/result-types';
import { defaultScenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import {
  RESULT_CSV_COLUMNS,
  exportFileName,
  resultsToCsv,
} from '../../src/ui/workbench/results-csv';
import { countyInputs } from '../../src/ui/workbench/run-request';
import { readScenarioText, scenarioToJson } from '../../src/ui/workbench/scenario-io';
import { loadPlan } from './plan-fixture';

const counties = countyInputs(loadPlan());
const scenario = {
  ...defaultScenario(),
  name: '外需下行, "测试" Downturn',
  paths: 4096,
  seed: 99,
  drivers: { external_demand: { value: 3 } },
  actuals: { gdp: [5.2, 5.6] },
};
const result = simulate({ scenario, counties, countyIndicators: ['gdp'] });

describe('results as CSV', () => {
  const text = resultsToCsv(result, scenario);
  const rows = parseCsv(text);
  const [header, ...body] = rows;
  const col = (name: (typeof RESULT_CSV_COLUMNS)[number]) => header!.indexOf(name);

  it('starts with a BOM, uses CRLF, and parses back to a rectangle', () => {
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text).toContain('\r\n');
    expect(header).toEqual([...RESULT_CSV_COLUMNS]);
    for (const row of body) expect(row).toHaveLength(RESULT_CSV_COLUMNS.length);
  });

  it('has every output and county × quarter, with the run on every row', () => {
    expect(body).toHaveLength(result.outputs.length * 4 + result.counties.length * 4);
    for (const row of body) {
      expect(row[col('scenario_name')]).toBe(scenario.name);
      expect(row[col('seed')]).toBe('99');
      expect(row[col('paths')]).toBe('4096');
      expect(row[col('final')]).toBe('true');
      expect(row[col('model_version')]).toBe(result.modelVersion);
    }
    expect(body.filter((r) => r[col('scope')] === 'county')).toHaveLength(11 * 4);
  });

  it('numbers are the engine’s, in full precision, and finite', () => {
    for (const o of result.outputs) {
      for (const q of o.quarters) {
        const row = body.find(
          (r) =>
            r[col('scope')] === 'city' &&
            r[col('output_id')] === o.id &&
            r[col('quarter')] === String(q.quarter),
        )!;
        for (const p of PERCENTILE_LEVELS) expect(Number(row[col(p)])).toBe(q.percentiles[p]);
        expect(Number(row[col('p_meet_full_year')])).toBe(o.annual.pMeet);
      }
    }
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it('carries the actuals and the required growth where entered', () => {
    const gdp = body.filter((r) => r[col('scope')] === 'city' && r[col('output_id')] === 'gdp');
    expect(gdp.map((r) => r[col('actual')])).toEqual(['5.2', '5.6', '', '']);
    const req = result.outputs.find((o) => o.id === 'gdp')!.required!;
    expect(Number(gdp[0]![col('required_remaining')])).toBe(req.required);
    expect(Number(gdp[0]![col('p_achieve_required')])).toBe(req.pAchieve);
  });

  it('file names are safe and carry seed and paths', () => {
    expect(exportFileName({ name: 'a/b: c?', seed: 7, paths: 10_000 }, '.csv')).toBe(
      'a-b-c-seed7-10000.csv',
    );
    expect(exportFileName({ name: '***', seed: 1, paths: 1 }, '.json')).toBe(
      'scenario-seed1-1.json',
    );
  });
});

describe('the scenario as a JSON file', () => {
  it('round-trips exactly through the validator', () => {
    const back = readScenarioText(scenarioToJson(scenario), counties);
    expect(back).toEqual({ ok: true, scenario });
    // A BOM (from Windows editors) is accepted.
    expect(readScenarioText(`\uFEFF${scenarioToJson(scenario)}`, counties).ok).toBe(true);
  });

  it('a bad file gets messages that name the field', () => {
    const bad = readScenarioText(
      JSON.stringify({ version: 1, name: 'x', drivers: { external_demand: { value: 99 } } }),
      counties,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.join('\n')).toContain('drivers.external_demand.value');
    const notJson = readScenarioText('{ version: 1', counties);
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.problems[0]).toMatch(/^\(file\): is not valid JSON/);
    const unknownCounty = readScenarioText(
      JSON.stringify({ version: 1, name: 'x', counties: { growth: { '350699': { gdp: 7 } } } }),
      counties,
    );
    expect(unknownCounty.ok).toBe(false);
  });
});
