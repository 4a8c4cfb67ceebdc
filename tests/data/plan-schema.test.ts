// The schema and the cross-file checks: the shipped data passes, and mutated data fails with
// a message that names the entry (file, list index and id) and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  PLAN_FILES,
  PLAN_FILE_KEYS,
  loadPlanData,
  parsePlanData,
  parsePlanTexts,
  type PlanFileKey,
  type PlanFiles,
} from '../../src/data/index.ts';

const planDir = fileURLToPath(new URL('../../geodata/plan/', import.meta.url));
const texts = Object.fromEntries(
  PLAN_FILE_KEYS.map((k) => [k, readFileSync(join(planDir, PLAN_FILES[k]), 'utf8')]),
) as Record<PlanFileKey, string>;
/** A fresh, mutable copy of every file, typed as valid data (tests then break it). */
const freshRaw = (): PlanFiles =>
  Object.fromEntries(PLAN_FILE_KEYS.map((k) => [k, JSON.parse(texts[k])])) as PlanFiles;

/** Writes a value of any type into a typed entry: the point of these tests is bad data. */
const put = (obj: object, key: string, value: unknown): void => {
  (obj as Record<string, unknown>)[key] = value;
};
const drop = (obj: object, key: string): void => {
  delete (obj as Record<string, unknown>)[key];
};

const zone = (raw: PlanFiles, id: string): PlanFiles['zones']['features'][number] => {
  const z = raw.zones.features.find((f) => f.properties.id === id);
  if (!z) throw new Error(`no zone ${id}`);
  return z;
};
const target = (raw: PlanFiles, id: string): PlanFiles['targets']['targets'][number] => {
  const t = raw.targets.targets.find((x) => x.id === id);
  if (!t) throw new Error(`no target ${id}`);
  return t;
};
const ring0 = (raw: PlanFiles, id: string): number[][] => {
  const g = zone(raw, id).geometry;
  if (g?.type !== 'Polygon') throw new Error(`${id} is not a polygon`);
  return g.coordinates[0] as number[][];
};

function errorsOf(mutate: (raw: PlanFiles) => void): string[] {
  const raw = freshRaw();
  mutate(raw);
  const result = parsePlanData(raw);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((e) => e.message);
}

const indexOf = (raw: PlanFiles, id: string): number =>
  raw.targets.targets.findIndex((t) => t.id === id);

describe('plan data schema', () => {
  it('accepts the shipped dataset', async () => {
    const result = await loadPlanData((f) => readFileSync(join(planDir, f), 'utf8'));
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.data.targets.length).toBeGreaterThan(90);
  });

  it('names the entry and field when a value has the wrong type', () => {
    const raw = freshRaw();
    const i = indexOf(raw, 'jobs.new_urban');
    put(target(raw, 'jobs.new_urban'), 'value', '4');
    const result = parsePlanData(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      file: 'targets',
      path: `targets[${i}].value`,
      entryId: 'jobs.new_urban',
    });
    expect(result.errors[0]?.message).toBe(
      `targets.json: targets[${i}] (id "jobs.new_urban"): value must be a number (received string)`,
    );
  });

  it('rejects a missing section, an unknown comparator and an unknown unit', () => {
    const messages = errorsOf((raw) => {
      drop(target(raw, 'headline.gdp'), 'section');
      put(target(raw, 'headline.cpi'), 'comparator', '<=');
      put(target(raw, 'property.sales'), 'unit', 'm2');
    });
    expect(messages.some((m) => /\(id "headline\.gdp"\): section is missing/.test(m))).toBe(true);
    expect(messages.some((m) => /\(id "headline\.cpi"\): comparator must be one of/.test(m))).toBe(
      true,
    );
    expect(messages.some((m) => /\(id "property\.sales"\): unit must be one of/.test(m))).toBe(
      true,
    );
  });

  it('rejects unknown fields (typos do not pass silently)', () => {
    const messages = errorsOf((raw) => {
      put(target(raw, 'headline.gdp'), 'vaule', 6.5);
    });
    expect(messages[0]).toMatch(/targets\[0\] \(id "headline\.gdp"\): has unknown field "vaule"/);
  });

  it('rejects a duplicate id across files', () => {
    const messages = errorsOf((raw) => {
      const first = raw.actuals.actuals[0];
      if (first) first.id = 'headline.gdp';
    });
    expect(messages).toContain(
      'actuals-2022.json: actuals[0] (id "headline.gdp"): id is already used by targets[0]',
    );
  });

  it('rejects a heading that is not one of its section headings', () => {
    const messages = errorsOf((raw) => {
      const t = target(raw, 'property.sales');
      t.heading = '强化消费';
      t.source.heading = '强化消费';
    });
    expect(
      messages.some((m) => /property\.sales.*heading "强化消费" is not a heading/.test(m)),
    ).toBe(true);
  });

  it('requires numbers on numeric kinds and none on milestones', () => {
    const messages = errorsOf((raw) => {
      target(raw, 'digital.scale').value = null;
      target(raw, 'energy.nuclear_3_4_start').value = 1;
    });
    expect(
      messages.some((m) => /"digital\.scale"\): value must be a number for kind/.test(m)),
    ).toBe(true);
    expect(
      messages.some((m) => /"energy\.nuclear_3_4_start"\): value must be null for kind/.test(m)),
    ).toBe(true);
  });

  it('rejects references to unknown counties, zones, targets and industries', () => {
    const messages = errorsOf((raw) => {
      zone(raw, 'zone.gulei').properties.county = '350699';
      zone(raw, 'zone.gulei').properties.targets.push('gulei.missing');
      target(raw, 'hightech.projects').scope.id = 'zone.nowhere';
      const zhangpu = raw.counties.units.find((u) => u.adcode === '350623');
      const firstMap = zhangpu?.industries[0]?.maps[0];
      if (firstMap) firstMap.industry = 'snacks';
    });
    expect(messages.join('\n')).toMatch(
      /zones\[0\] \(id "zone\.gulei"\): properties\.county refers to unknown unit "350699"/,
    );
    expect(messages.join('\n')).toMatch(
      /properties\.targets\[\d+\] refers to unknown target "gulei\.missing"/,
    );
    expect(messages.join('\n')).toMatch(
      /"hightech\.projects"\): scope\.id refers to unknown zone "zone\.nowhere"/,
    );
    expect(messages.join('\n')).toMatch(
      /units\[4\] \(id "350623"\): industries\[0\]\.maps\[0\]\.industry refers to unknown industry "snacks"/,
    );
  });

  it('rejects an open ring and a coordinate outside Zhangzhou', () => {
    const messages = errorsOf((raw) => {
      ring0(raw, 'zone.gulei').pop();
      ring0(raw, 'zone.taiwan_investment_zone')[3] = [121.5, 25.0];
    });
    const all = messages.join('\n');
    expect(all).toMatch(/zones\[0\] \(id "zone\.gulei"\): geometry ring 0 is not closed/);
    expect(all).toMatch(
      /\(id "zone\.taiwan_investment_zone"\): geometry ring 0 position 3 \(121\.5, 25\) lies outside 116\.5–118\.5 E, 23\.3–25\.3 N/,
    );
  });

  it('rejects an unknown geometry type (schema stage: cross-checks wait until it passes)', () => {
    const messages = errorsOf((raw) => {
      const geometry = zone(raw, 'zone.changshan').geometry;
      if (geometry) put(geometry, 'type', 'Pointt');
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^zones\.geojson: zones\[\d+\] \(id "zone\.changshan"\): geometry\.type must be one of "Point", "Polygon", "MultiPolygon" \(received "Pointt"\)$/,
      ),
    ]);
  });

  it('requires the China–Philippines park to have exactly five areas', () => {
    const messages = errorsOf((raw) => {
      const park = zone(raw, 'zone.cn_ph_twin_parks').properties;
      park.areas = park.areas?.slice(0, 4);
    });
    expect(messages.join('\n')).toMatch(
      /\(id "zone\.cn_ph_twin_parks"\): properties\.areas must list exactly 5 areas \(has 4\)/,
    );
  });

  it('never lets a baseline slot that is not entered carry a value', () => {
    const messages = errorsOf((raw) => {
      const e = raw.baseline.entries.find((x) => x.id === 'baseline.gdp_2022');
      if (e) put(e, 'value', 5700);
    });
    expect(messages.join('\n')).toMatch(
      /baseline\[\d+\] \(id "baseline\.gdp_2022"\): value must be null/,
    );
  });

  it('does not accept "low" confidence figures', () => {
    const messages = errorsOf((raw) => {
      const e = raw.baseline.entries.find((x) => x.status === 'sourced');
      if (e) put(e, 'confidence', 'low');
    });
    expect(messages.join('\n')).toMatch(
      /confidence must be one of "high", "medium-high", "medium"/,
    );
  });

  it('reports JSON syntax errors and unreadable files by file name, without throwing', async () => {
    const broken = parsePlanTexts({ ...texts, zones: texts.zones.slice(0, 200) });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]?.message).toMatch(/^zones\.geojson: not valid JSON/);
    const unreadable = await loadPlanData((f) => {
      if (f === 'baseline.json') throw new Error('404');
      return readFileSync(join(planDir, f), 'utf8');
    });
    expect(unreadable.ok).toBe(false);
    if (!unreadable.ok)
      expect(unreadable.errors[0]?.message).toBe('baseline.json: could not be read (404)');
  });
});
