/**
 * Fuzzing the state carried in links: the scenario in a workbench or compare link (decoded,
 * decompressed with a size cap, validated) and the plain parameters of the compare view, the
 * atlas and the target register. A scenario link either opens or comes back with a message that
 * says what is wrong with it (the field, or that it is cut short, too long, not JSON…); the plain
 * parameters never throw and never let an unknown value through (they fall back to defaults),
 * and reading what they write gives the same state back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTPUT_IDS, isOutputId } from '../../src/model/outputs';
import { parseScenarioJson, validateScenario } from '../../src/model/validate';
import { sameScenario } from '../../src/state/scenario-store';
import {
  MAX_JSON_BYTES,
  MAX_PARAM_LENGTH,
  decodeScenario,
  encodeScenario,
} from '../../src/state/url-scenario';
import {
  MAX_SCENARIOS,
  SLOT_KEYS,
  formatCompareParams,
  parseCompareParams,
} from '../../src/ui/compare/compare-state';
import {
  EMPTY_FILTER,
  KINDS,
  SCOPES,
  STRENGTHS,
  formatTargetFilter,
  parseTargetFilter,
} from '../../src/ui/plan/target-filter';
import { countyInputs } from '../../src/ui/workbench/run-request';
import { formatAtlasState, parseAtlasState } from '../../src/views/atlas/atlas-state';
import { plan } from '../present/fixtures';
import { FuzzCounts, badValue, jsonPaths, jsonValue, namesPlace, params, withAt } from './harness';

const counts = new FuzzCounts('links');
afterAll(() => counts.save());

const counties = countyInputs(plan);
const SCENARIO_DIR = new URL('../fixtures/scenarios/', import.meta.url);
const scenarios = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json') && !f.startsWith('counties'))
  .map((f) => {
    const r = parseScenarioJson(readFileSync(new URL(f, SCENARIO_DIR), 'utf8'));
    if (!r.ok) throw new Error(f);
    return r.scenario;
  });

/** What encodeScenario does, for any JSON text (so that broken scenarios can be linked). */
async function packText(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `z1.${Buffer.from(bytes).toString('base64url')}`;
}

async function decode(param: string): ReturnType<typeof decodeScenario> {
  counts.hit('scenario link');
  const r = await decodeScenario(param, { counties });
  if (!r.ok) {
    expect(r.message.trim().length).toBeGreaterThan(5);
    expect(r.message).not.toContain('[object Object]');
  }
  return r;
}

describe('scenario links (decodeScenario)', () => {
  const base64url = fc
    .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), {
      maxLength: 400,
    })
    .map((cs) => cs.join(''));

  it('any text, and z1. with any base64url: opens, or says what is wrong', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          base64url.map((b) => `z1.${b}`),
          base64url,
          fc.constantFrom('', 'z1.', 'z1', 'z2.AAAA', 'z1.====', 'z1.%41'),
        ),
        async (param) => void (await decode(param)),
      ),
      params(2_000),
    );
  }, 300_000);

  it('a valid link cut, spliced or with characters changed: opens the same scenario, or a message', async () => {
    const links = await Promise.all(scenarios.map((s) => encodeScenario(s)));
    const edit = fc.record({
      link: fc.constantFrom(...links),
      at: fc.nat(),
      cut: fc.nat({ max: 40 }),
      insert: fc.string({ maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(edit, async ({ link, at, cut, insert }) => {
        const i = 3 + (at % (link.length - 3));
        const param = link.slice(0, i) + insert + link.slice(i + cut);
        const r = await decode(param);
        if (r.ok && param === link) {
          const s = scenarios[links.indexOf(link)]!;
          expect(sameScenario(r.scenario, s)).toBe(true);
        }
      }),
      params(1_500),
    );
  }, 300_000);

  it('a link to a scenario with one field wrong: the message names that field', async () => {
    const mutation = fc.constantFrom(...scenarios).chain((s) =>
      fc.record({
        s: fc.constant(s as unknown),
        path: fc.constantFrom(...jsonPaths(s)),
        value: fc.option(badValue, { nil: undefined, freq: 5 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async ({ s, path, value }) => {
        const r = await decode(await packText(JSON.stringify(withAt(s, path, value))));
        if (r.ok) return;
        // formatIssues: one "path: message" per line.
        const places = r.message.split('\n').map((line) => line.split(':')[0]!.trim());
        expect(
          places.some((p) => namesPlace(p, path)),
          `${path.join('.')}: ${r.message}`,
        ).toBe(true);
      }),
      params(1_000),
    );
  }, 300_000);

  it('any valid scenario survives the round trip exactly', async () => {
    const scenario = fc.record({
      base: fc.constantFrom(...scenarios),
      seed: fc.nat({ max: 0xffffffff }),
      paths: fc.integer({ min: 1, max: 10_000_000 }),
      name: fc.string({ maxLength: 80 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ base, seed, paths, name }) => {
        const s = { ...base, seed, paths, name };
        // Only valid scenarios can be linked (the workbench never holds another).
        fc.pre(validateScenario(s, { counties }).ok);
        const r = await decode(await encodeScenario(s));
        if (!r.ok) throw new Error(r.message);
        expect(sameScenario(r.scenario, s)).toBe(true);
      }),
      params(500),
    );
  }, 300_000);

  it('refuses links over the length cap and decompression bombs, saying why', async () => {
    const long = await decode(`z1.${'A'.repeat(MAX_PARAM_LENGTH + 1)}`);
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.message).toMatch(/too long/);
    // A few kilobytes that inflate far beyond the cap.
    const bomb = await packText(`{"name":"${' '.repeat(MAX_JSON_BYTES * 4)}"}`);
    expect(bomb.length).toBeLessThan(MAX_PARAM_LENGTH);
    const r = await decode(bomb);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/could not be unpacked/);
  });

  it('valid JSON that is not a scenario is named as such', async () => {
    await fc.assert(
      fc.asyncProperty(jsonValue, async (v) => {
        const r = await decode(await packText(JSON.stringify(v)));
        expect(r.ok).toBe(false);
      }),
      params(500),
    );
  }, 300_000);
});

// ── Plain parameters ─────────────────────────────────────────────────────────────────────
/** Query strings as typed or pasted: known keys with wild values, and noise. */
function query(keys: readonly string[], values: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 200 }),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 6 })), values), {
        maxLength: 8,
      })
      .map((pairs) => new URLSearchParams(pairs).toString()),
  );
}

describe('compare links (parseCompareParams)', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(...OUTPUT_IDS, 'a', 'b', 'c', 'd', 'e', 'growth', 'median', '', 'z1.AAAA'),
  );
  it('never throws, never passes an unknown value, and reads back what it writes', () => {
    fc.assert(
      fc.property(query([...SLOT_KEYS, 'ind', 'vs', 'map', 'gap'], value), (q) => {
        counts.hit('compare link');
        const input = new URLSearchParams(q);
        const p = parseCompareParams(input);
        expect(p.encoded.length).toBeLessThanOrEqual(MAX_SCENARIOS);
        for (const e of p.encoded) expect(SLOT_KEYS.map((k) => input.get(k))).toContain(e);
        expect(isOutputId(p.indicator)).toBe(true);
        expect(p.pair).toBeGreaterThanOrEqual(1);
        if (p.encoded.length > 1) expect(p.pair).toBeLessThan(p.encoded.length);
        expect(['probability', 'growth']).toContain(p.map);
        expect(['probability', 'median']).toContain(p.gap);
        expect(parseCompareParams(formatCompareParams(p))).toEqual(p);
      }),
      params(3_000),
    );
  });
});

describe('atlas links (parseAtlasState)', () => {
  const unitIds = new Set(plan.units.map((u) => u.adcode));
  const ids = [
    ...unitIds,
    ...plan.zones.features.map((f) => f.properties.id),
    ...plan.projects.features.map((f) => f.properties.id),
    ...plan.industries.map((i) => i.id),
  ];
  const value = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...ids, ''));
  it('never throws, selects only what exists, and reads back what it writes', () => {
    fc.assert(
      fc.property(query(['unit', 'zone', 'project', 'industry'], value), (q) => {
        counts.hit('atlas link');
        const s = parseAtlasState(new URLSearchParams(q), plan, unitIds);
        if (s.selection?.kind === 'unit') expect(unitIds.has(s.selection.id)).toBe(true);
        if (s.selection?.kind === 'zone')
          expect(plan.zones.features.some((f) => f.properties.id === s.selection?.id)).toBe(true);
        if (s.selection?.kind === 'project')
          expect(plan.projects.features.some((f) => f.properties.id === s.selection?.id)).toBe(
            true,
          );
        if (s.industry !== null)
          expect(plan.industries.some((i) => i.id === s.industry)).toBe(true);
        expect(parseAtlasState(formatAtlasState(s), plan, unitIds)).toEqual(s);
      }),
      params(3_000),
    );
  });
});

describe('target register links (parseTargetFilter)', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.constantFrom(...KINDS, ...SCOPES, ...STRENGTHS, 'actuals', 'targets', ''),
  );
  it('never throws, keeps only known filters and at most 200 characters of search', () => {
    fc.assert(
      fc.property(query(['q', 'kind', 'scope', 'strength', 'show'], value), (q) => {
        counts.hit('targets link');
        const f = parseTargetFilter(new URLSearchParams(q));
        expect(f.q.length).toBeLessThanOrEqual(200);
        if (f.kind !== null) expect(KINDS).toContain(f.kind);
        if (f.scope !== null) expect(SCOPES).toContain(f.scope);
        if (f.strength !== null) expect(STRENGTHS).toContain(f.strength);
        expect(['targets', 'actuals']).toContain(f.show);
        const again = parseTargetFilter(formatTargetFilter(f));
        // A search of only spaces is not written (it finds everything anyway).
        expect(again).toEqual(f.q.trim() === '' ? { ...f, q: '' } : f);
      }),
      params(3_000),
    );
    expect(parseTargetFilter(new URLSearchParams())).toEqual(EMPTY_FILTER);
  });
});
