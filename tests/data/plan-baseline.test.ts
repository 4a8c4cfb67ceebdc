// Baseline statistics: the sourced figures of sources.md as written there, and an explicit
// "not entered" slot (value null) for every 2022 level and county weight the simulation needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { getBaseline, loadPlanData, toBaseUnit, type PlanData } from '../../src/data/index.ts';

const planDir = fileURLToPath(new URL('../../geodata/plan/', import.meta.url));
let data: PlanData;
beforeAll(async () => {
  const result = await loadPlanData((f) => readFileSync(join(planDir, f), 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  data = result.data;
});

const pick = (id: string) => {
  const e = getBaseline(data, id);
  if (!e) throw new Error(`no baseline ${id}`);
  return [e.value, e.unit, e.year, e.status === 'sourced' ? e.comparator : null];
};

describe('baseline statistics', () => {
  it('carries the sources.md figures as written', () => {
    expect(pick('baseline.gdp_2019')).toEqual([4741.83, '亿元', 2019, '=']);
    expect(pick('baseline.structure_secondary_2019')).toEqual([48.9, '%', 2019, '=']);
    expect(pick('baseline.revenue_total_2021')).toEqual([384.5, '亿元', 2021, '=']);
    expect(pick('baseline.revenue_local_2021')).toEqual([246.18, '亿元', 2021, '=']);
    expect(pick('baseline.retail_2021')).toEqual([1807.3, '亿元', 2021, '=']);
    expect(pick('baseline.industry_output_2021')).toEqual([6953.2, '亿元', 2021, '=']);
    expect(pick('baseline.gdp_2021')).toEqual([5000, '亿元', 2021, '>']);
    expect(pick('baseline.population_census_2020')).toEqual([5054328, '人', 2020, '=']);
    expect(pick('baseline.cpi_growth_2024')).toEqual([-0.3, '%', 2024, '=']);
  });

  it('labels 1012 亿元 as total trade, not exports', () => {
    const trade = getBaseline(data, 'baseline.trade_total_2021');
    expect(trade?.name_en).toMatch(/NOT exports/);
    expect(trade?.related).not.toContain('headline.exports');
  });

  it('has an explicit not-entered slot for every 2022 city level a simulation needs', () => {
    const slots = data.baseline.filter(
      (e) => e.role === 'simulation_input' && e.scope.type === 'city',
    );
    expect(slots.map((e) => e.id).sort()).toEqual(
      [
        'cpi',
        'exports',
        'fai',
        'gdp',
        'income_rural',
        'income_urban',
        'industry_va',
        'retail',
        'revenue_local',
        'revenue_total',
      ].map((k) => `baseline.${k}_2022`),
    );
    for (const e of slots) expect([e.status, e.value, e.year]).toEqual(['not_entered', null, 2022]);
  });

  it('has a not-entered weight for each of the 11 units', () => {
    const weights = data.baseline.filter((e) => e.id.startsWith('baseline.county_weight_'));
    expect(weights.map((e) => e.scope.id).sort()).toEqual(data.units.map((u) => u.adcode).sort());
    expect(weights.every((e) => e.status === 'not_entered' && e.value === null)).toBe(true);
  });

  it('ships every sourced figure with a source and a confidence other than low', () => {
    for (const e of data.baseline) {
      if (e.status !== 'sourced') {
        expect(e.reason.length, e.id).toBeGreaterThan(20);
        continue;
      }
      expect(['high', 'medium-high', 'medium'], e.id).toContain(e.confidence);
      expect(e.source.title.length, e.id).toBeGreaterThan(5);
    }
  });
});

describe('units', () => {
  it('converts report units to base units for comparisons', () => {
    expect(toBaseUnit(4, '万人')).toEqual({ value: 40000, unit: '人' });
    expect(toBaseUnit(92.83, '万亩').value).toBeCloseTo(928300, 6);
    expect(toBaseUnit(2100, '亿元')).toEqual({ value: 2100, unit: '亿元' });
  });
});
