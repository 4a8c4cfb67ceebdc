import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterActuals,
  filterTargets,
  formatTargetFilter,
  groupBySection,
  parseTargetFilter,
} from '../../src/ui/plan/target-filter';
import { loadPlan } from './plan-fixture';

const data = loadPlan();
const ids = (xs: readonly { id: string }[]): string[] => xs.map((x) => x.id);

describe('targets browser search and filters', () => {
  it('"6.5" finds GDP, grouped under 主要预期目标', () => {
    const found = filterTargets(data, { ...EMPTY_FILTER, q: '6.5' });
    expect(ids(found)).toContain('headline.gdp');
    const groups = groupBySection(data, found);
    const headline = groups.find((g) => g.section.id === 'headline');
    expect(headline?.section.title_zh).toBe('主要预期目标');
    expect(headline?.headings.flatMap((h) => ids(h.targets))).toContain('headline.gdp');
  });

  it('matches Chinese names, English names and quotes', () => {
    expect(ids(filterTargets(data, { ...EMPTY_FILTER, q: '古雷' }))).toEqual(
      expect.arrayContaining(['gulei.output', 'gulei.signed_pipeline']),
    );
    expect(ids(filterTargets(data, { ...EMPTY_FILTER, q: 'new urban jobs' }))).toContain(
      'jobs.new_urban',
    );
    // A phrase only in the quote: 以上 appears in quotes, not in names.
    const quoted = filterTargets(data, { ...EMPTY_FILTER, q: '2100亿元以上' });
    expect(quoted.length).toBeGreaterThan(0);
    for (const t of quoted) expect(t.source.quote).toContain('2100亿元以上');
  });

  it('filters by kind, scope and strength, all at once', () => {
    const zoneAims = filterTargets(data, { ...EMPTY_FILTER, scope: 'zone', strength: 'commit' });
    expect(zoneAims.length).toBeGreaterThan(0);
    for (const t of zoneAims) {
      expect(t.scope.type).toBe('zone');
      expect(t.strength).toBe('commit');
    }
    const growth = filterTargets(data, { ...EMPTY_FILTER, kind: 'growth' });
    expect(growth.every((t) => t.kind === 'growth')).toBe(true);
    expect(growth.length).toBe(data.targets.filter((t) => t.kind === 'growth').length);
  });

  it('with no filter shows the whole register, every entry in exactly one group', () => {
    const all = filterTargets(data, EMPTY_FILTER);
    expect(all).toHaveLength(data.targets.length);
    const grouped = groupBySection(data, all).flatMap((g) => g.headings.flatMap((h) => h.targets));
    expect(ids(grouped).sort()).toEqual(ids(data.targets).sort());
  });

  it('searching nothing that exists gives nothing, and empty groups are dropped', () => {
    const none = filterTargets(data, { ...EMPTY_FILTER, q: 'zzzz-no-such-thing' });
    expect(none).toEqual([]);
    expect(groupBySection(data, none)).toEqual([]);
  });

  it('searches the 2022 actuals by name and value', () => {
    expect(ids(filterActuals(data, '45178'))).toEqual(['y2022.jobs.new_urban']);
    expect(filterActuals(data, '')).toHaveLength(data.actuals.length);
  });
});

describe('targets browser state in the address', () => {
  it('round-trips and leaves defaults out', () => {
    const filter = {
      q: '6.5',
      kind: 'growth',
      scope: 'city',
      strength: 'expected',
      show: 'actuals',
    } as const;
    const params = formatTargetFilter(filter);
    expect(params.toString()).toBe('q=6.5&kind=growth&scope=city&strength=expected&show=actuals');
    expect(parseTargetFilter(params)).toEqual(filter);
    expect(formatTargetFilter(EMPTY_FILTER).toString()).toBe('');
  });

  it('ignores values it does not know', () => {
    const parsed = parseTargetFilter(
      new URLSearchParams('kind=<script>&scope=planet&strength=maybe&show=everything'),
    );
    expect(parsed).toEqual(EMPTY_FILTER);
  });
});
