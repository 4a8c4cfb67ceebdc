import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BASELINE_VERSION,
  baselineKind,
  emptyBaseline,
  validateBaseline,
} from '../../src/state/baseline-kind';
import { COUNTY_ADCODES, LEVEL_SLOTS, weightSlotId } from '../../src/state/baseline-slots';

const NOW = '2024-05-01T08:00:00.000Z';
const plan = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../geodata/plan/${file}`, import.meta.url), 'utf8'));

describe('baseline slots', () => {
  const entries = (plan('baseline.json') as { entries: Record<string, unknown>[] }).entries;
  const notEntered = entries.filter(
    (e) => e.status === 'not_entered' && e.role === 'simulation_input',
  );

  it('are exactly the not-entered simulation inputs of baseline.json, with their units', () => {
    const expected = notEntered.map((e) => e.id).sort();
    const ours = [...LEVEL_SLOTS.map((s) => s.id), ...COUNTY_ADCODES.map(weightSlotId)].sort();
    expect(ours).toEqual(expected);
    for (const s of LEVEL_SLOTS) {
      expect(entries.find((e) => e.id === s.id)?.unit, s.id).toBe(s.unit);
    }
    for (const c of COUNTY_ADCODES) {
      expect(entries.find((e) => e.id === weightSlotId(c))?.unit).toBe('%');
    }
  });

  it('cover every county of counties.json, in its order', () => {
    const units = (plan('counties.json') as { units: { adcode: string }[] }).units;
    expect([...COUNTY_ADCODES]).toEqual(units.map((u) => u.adcode));
  });
});

describe('the baseline record kind', () => {
  it('is version 1 in the baselines store', () => {
    expect(baselineKind.store).toBe('baselines');
    expect(baselineKind.version).toBe(1);
    expect(BASELINE_VERSION).toBe(1);
  });

  it('accepts empty, partial and full entries', () => {
    expect(validateBaseline(emptyBaseline())).toEqual({ ok: true, value: emptyBaseline() });
    const partial = {
      levels: { 'baseline.gdp_2022': { value: 5700, origin: 'user', enteredAt: NOW } },
      weights: {
        '350602': { value: 12.5, origin: 'assumption', enteredAt: NOW, note: '估计' },
      },
    };
    const checked = validateBaseline(partial);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value).toEqual(partial);
    const full = {
      levels: Object.fromEntries(
        LEVEL_SLOTS.map((s) => [
          s.id,
          { value: s.unit === '%' ? 2 : 100, origin: 'user', enteredAt: NOW },
        ]),
      ),
      weights: Object.fromEntries(
        COUNTY_ADCODES.map((c) => [c, { value: 100 / 11, origin: 'user', enteredAt: NOW }]),
      ),
    };
    expect(validateBaseline(full).ok).toBe(true);
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'x', /must be an object/],
    ['unknown top field', { levels: {}, weights: {}, extra: 1 }, /^extra: unknown field/],
    ['levels missing', { weights: {} }, /^levels: must be an object/],
    [
      'unknown slot',
      {
        levels: { 'baseline.gdp_2019': { value: 1, origin: 'user', enteredAt: NOW } },
        weights: {},
      },
      /^levels\.baseline\.gdp_2019: unknown baseline slot/,
    ],
    [
      'NaN value',
      {
        levels: { 'baseline.gdp_2022': { value: NaN, origin: 'user', enteredAt: NOW } },
        weights: {},
      },
      /^levels\.baseline\.gdp_2022\.value: must be a finite number/,
    ],
    [
      'negative level',
      {
        levels: { 'baseline.fai_2022': { value: -5, origin: 'user', enteredAt: NOW } },
        weights: {},
      },
      /^levels\.baseline\.fai_2022\.value: must be at least/,
    ],
    [
      'weight of zero',
      { levels: {}, weights: { '350602': { value: 0, origin: 'user', enteredAt: NOW } } },
      /^weights\.350602\.value: must be above 0/,
    ],
    [
      'weight above 100',
      { levels: {}, weights: { '350602': { value: 101, origin: 'user', enteredAt: NOW } } },
      /^weights\.350602\.value: .*at most 100/,
    ],
    [
      'unknown county',
      { levels: {}, weights: { '350600': { value: 10, origin: 'user', enteredAt: NOW } } },
      /^weights\.350600: not a county/,
    ],
    [
      'bad origin',
      { levels: {}, weights: { '350602': { value: 10, origin: 'sourced', enteredAt: NOW } } },
      /^weights\.350602\.origin/,
    ],
    [
      'bad date',
      { levels: {}, weights: { '350602': { value: 10, origin: 'user', enteredAt: 'yesterday' } } },
      /^weights\.350602\.enteredAt/,
    ],
    [
      'unknown entry field',
      { levels: {}, weights: { '350602': { value: 10, origin: 'user', enteredAt: NOW, by: 'x' } } },
      /^weights\.350602\.by: unknown field/,
    ],
  ];
  it.each(bad)('refuses %s, naming the field', (_name, json, message) => {
    const checked = validateBaseline(json);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(message);
  });

  it('never throws on arbitrary JSON', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        runs += 1;
        const checked = validateBaseline(json);
        expect(typeof checked.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
    expect(runs).toBe(2000);
  });
});
