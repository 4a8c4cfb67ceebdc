import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseScenarioJson,
  validateScenario,
  type ValidationResult,
} from '../../src/model/validate';
import { PATHS_CAP } from '../../src/model/scenario';

const dir = new URL('../fixtures/scenarios/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');

function errorsOf(r: ValidationResult): string[] {
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('scenario validation: bad input is rejected with a message naming the field', () => {
  const cases: [file: string, field: string, words: RegExp][] = [
    ['invalid/infinity.json', 'drivers.external_demand.value', /finite number \(got Infinity\)/],
    ['invalid/paths-zero.json', 'paths', /at least 1 \(got 0\)/],
    ['invalid/paths-negative.json', 'paths', /at least 1 \(got -5\)/],
    ['invalid/paths-over-cap.json', 'paths', /at most 10,000,000 paths/],
    ['invalid/unknown-driver.json', 'drivers.tourism', /unknown driver "tourism"/],
    ['invalid/shares.json', 'parameters["share.*"]', /sector shares must add up to 1/],
    [
      'invalid/quarter-shares.json',
      'parameters["quarter_weights.gdp"]',
      /must add up to 1 \(they add up to 1.2\)/,
    ],
    ['invalid/future-version.json', 'version', /version 2, newer than this app reads \(1\)/],
    ['invalid/not-json.txt', '(file)', /is not valid JSON/],
  ];
  for (const [file, field, words] of cases) {
    it(`${file} → ${field}`, () => {
      const errors = errorsOf(parseScenarioJson(read(file)));
      expect(errors.length).toBeGreaterThan(0);
      const hit = errors.find((e) => e.startsWith(`${field}: `));
      expect(hit, errors.join('\n')).toBeDefined();
      expect(hit).toMatch(words);
    });
  }

  it('NaN (from a URL or code, since JSON cannot carry it) names the field', () => {
    const r = validateScenario({ version: 1, name: 'x', drivers: { consumption: { sd: NaN } } });
    expect(errorsOf(r)).toContain('drivers.consumption.sd: must be a finite number (got NaN)');
  });

  it('states the cap', () => {
    const r = validateScenario({ version: 1, name: 'x', paths: PATHS_CAP + 1 });
    expect(errorsOf(r)[0]).toMatch(/^paths: must be at most 10,000,000 paths/);
  });

  it('rejects fractional paths, a missing version, out-of-bounds values and unknown fields', () => {
    expect(errorsOf(validateScenario({ version: 1, name: 'x', paths: 10.5 }))).toContain(
      'paths: must be a whole number (got 10.5)',
    );
    expect(errorsOf(validateScenario({ name: 'x' }))[0]).toMatch(/^version: is required/);
    expect(
      errorsOf(
        validateScenario({ version: 1, name: 'x', drivers: { external_demand: { value: 90 } } }),
      )[0],
    ).toMatch(/^drivers.external_demand.value: 90 is outside the bounds \[-30, 40\]/);
    expect(errorsOf(validateScenario({ version: 1, name: 'x', colour: 'red' }))[0]).toBe(
      '(file): unknown field "colour"',
    );
    expect(
      errorsOf(
        validateScenario({ version: 1, name: 'x', parameters: { 'share.quaternary': 0.1 } }),
      )[0],
    ).toMatch(/^parameters\["share.quaternary"\]: unknown parameter/);
    expect(
      errorsOf(validateScenario({ version: 1, name: 'x', actuals: { gdp: [1, 2, 3, 4, 5] } }))[0],
    ).toMatch(/^actuals.gdp: must list 1 to 4/);
    expect(
      errorsOf(
        validateScenario({
          version: 1,
          name: 'x',
          parameters: { 'loading.consumption.global': 0.95 },
        }),
      )[0],
    ).toMatch(/^parameters\["loading.consumption.\*"\]: the squares/);
    expect(errorsOf(validateScenario([]))[0]).toMatch(/^\(file\): must be a JSON object/);
  });

  it('county weights must add up to 1 and, with known counties, cover every county', () => {
    const counties = [
      { adcode: '350602', name_zh: '芗城区', industries: [] },
      { adcode: '350603', name_zh: '龙文区', industries: [] },
    ];
    expect(
      errorsOf(
        validateScenario({
          version: 1,
          name: 'x',
          counties: { weights: { '350602': 0.5, '350603': 0.4 } },
        }),
      )[0],
    ).toMatch(/^counties.weights: county weights must add up to 1/);
    const partial = validateScenario(
      { version: 1, name: 'x', counties: { weights: { '350602': 1 } } },
      { counties },
    );
    expect(errorsOf(partial)[0]).toMatch(/^counties.weights: missing a weight for 350603 龙文区/);
    expect(
      errorsOf(
        validateScenario(
          { version: 1, name: 'x', counties: { weights: { '999999': 1 } } },
          { counties },
        ),
      )[0],
    ).toMatch(/^counties.weights.999999: unknown county/);
  });

  it('accepts every good fixture', () => {
    for (const f of readdirSync(dir).filter(
      (n) => n.endsWith('.json') && !n.endsWith('.fixture.json'),
    )) {
      const r = parseScenarioJson(read(f));
      expect(errorsOf(r), f).toEqual([]);
    }
  });
});

describe('scenario validation never throws (property tests)', () => {
  const check = (input: unknown): void => {
    const r = validateScenario(input);
    if (r.ok) {
      expect(r.scenario.version).toBe(1);
      expect(Number.isInteger(r.scenario.paths)).toBe(true);
    } else {
      expect(r.errors.length).toBeGreaterThan(0);
      for (const e of r.errors) {
        expect(e.path.length).toBeGreaterThan(0);
        expect(e.message.length).toBeGreaterThan(0);
      }
    }
  };

  it('on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => check(x)),
      { numRuns: 500 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseScenarioJson(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('on scenario-shaped objects with arbitrary field values', () => {
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constant(NaN),
      fc.constant(Infinity),
      fc.string(),
      fc.constant(null),
      fc.array(fc.double(), { maxLength: 5 }),
    );
    const scenario = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.integer({ min: -2, max: 5 }), value),
        name: fc.oneof(fc.string(), value),
        seed: value,
        paths: fc.oneof(fc.integer({ min: -10, max: 2e7 }), value),
        drivers: fc.dictionary(
          fc.constantFrom('external_demand', 'gulei_ramp', 'new_firms', 'x'),
          fc.record({ value, sd: value }, { requiredKeys: [] }),
        ),
        parameters: fc.dictionary(
          fc.constantFrom(
            'share.primary',
            'quarter_weights.gdp',
            'cpi.tolerance',
            'exposure.food.consumption',
            'nope',
          ),
          value,
        ),
        actuals: fc.dictionary(
          fc.constantFrom('gdp', 'gulei.output', 'zz'),
          fc.array(fc.double(), { maxLength: 6 }),
        ),
        counties: fc.record(
          { weights: fc.dictionary(fc.constantFrom('350602', 'abc'), value) },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['version'] },
    );
    fc.assert(
      fc.property(scenario, (s) => check(s)),
      { numRuns: 1000 },
    );
  });
});
