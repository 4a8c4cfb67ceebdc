import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/model/scenario';
import { DRIVERS } from '../../src/model/drivers';
import { decodeScenario, encodeScenario } from '../../src/state/url-scenario';
import { sameScenario } from '../../src/state/scenario-store';

describe('scenario in the URL', () => {
  it('round-trips a scenario exactly, seed included', async () => {
    const first = DRIVERS[0];
    if (!first) throw new Error('no drivers');
    const scenario: Scenario = {
      ...defaultScenario(),
      name: '外需下行 downturn',
      seed: 424242,
      paths: 50_000,
      drivers: { [first.id]: { value: first.plan - 1, sd: first.sd * 2 } },
    };
    const param = await encodeScenario(scenario);
    expect(param).toMatch(/^z1\.[A-Za-z0-9_-]+$/);
    const back = await decodeScenario(param);
    expect(back.ok).toBe(true);
    if (back.ok) expect(sameScenario(back.scenario, scenario)).toBe(true);
  });

  it('is URL-safe and short for the default scenario', async () => {
    const param = await encodeScenario(defaultScenario());
    expect(encodeURIComponent(param)).toBe(param);
    expect(param.length).toBeLessThan(400);
  });

  it('explains what is wrong with a bad link', async () => {
    const cases: [string, RegExp][] = [
      ['abc', /unknown format/],
      ['z1.!!!', /base64url/],
      ['z1.AAAA', /could not be unpacked|not valid JSON|version/],
    ];
    for (const [param, pattern] of cases) {
      const r = await decodeScenario(param);
      expect(r.ok, param).toBe(false);
      if (!r.ok) expect(r.message).toMatch(pattern);
    }
  });

  it('rejects a valid link to an invalid scenario with the field named', async () => {
    const bad = { ...defaultScenario(), paths: -5 } as Scenario;
    const r = await decodeScenario(await encodeScenario(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('paths');
  });

  it('never throws on arbitrary input (fuzz)', async () => {
    let survived = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `z1.${s}`),
          fc
            .base64String()
            .map((s) => `z1.${s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')}`),
        ),
        async (param) => {
          const r = await decodeScenario(param);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
          survived++;
        },
      ),
      { numRuns: 300 },
    );
    expect(survived).toBeGreaterThanOrEqual(300);
  });
});
