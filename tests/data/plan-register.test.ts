// The target register and the 2022 actuals, checked against values read by hand from the
// report (geodata/plan/source/…part2.txt). Literal expectations on purpose: if the data
// changes, these must be re-checked against the report, not regenerated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  groupTargetsBySection,
  headlineTargets,
  loadPlanData,
  normaliseForQuote,
  searchTargets,
  targetsForZone,
  type PlanData,
  type Target,
} from '../../src/data/index.ts';

const planDir = fileURLToPath(new URL('../../geodata/plan/', import.meta.url));
let data: PlanData;
beforeAll(async () => {
  const result = await loadPlanData((f) => readFileSync(join(planDir, f), 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  data = result.data;
});
const t = (id: string): Target => {
  const found = data.targets.find((x) => x.id === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
};
const brief = (x: Target) => [x.comparator, x.value, x.unit, x.kind];

describe('headline targets (主要预期目标)', () => {
  it('are exactly ten quantified targets with the report values and comparators', () => {
    const rows = headlineTargets(data).map((x) => [x.id, x.comparator, x.value, x.unit, x.measure]);
    expect(rows).toEqual([
      ['headline.gdp', '=', 6.5, '%', 'comparable'],
      ['headline.revenue_total', '=', 7.5, '%', 'nominal'],
      ['headline.revenue_local', '=', 6, '%', 'nominal'],
      ['headline.industry_va', '=', 8.6, '%', 'comparable'],
      ['headline.fai', '=', 7.5, '%', 'nominal'],
      ['headline.retail', '=', 10, '%', 'nominal'],
      ['headline.exports', '=', 8, '%', 'nominal'],
      ['headline.income_urban', '=', 7, '%', 'nominal'],
      ['headline.income_rural', '=', 8, '%', 'nominal'],
      ['headline.cpi', '≈', 3, '%', 'index'],
    ]);
    expect(headlineTargets(data).every((x) => x.kind === 'growth')).toBe(true);
  });

  it('reads the CPI target as a cap and the others as floors', () => {
    expect(t('headline.cpi').attainment).toBe('at_most');
    expect(t('headline.cpi').source.quote).toBe('居民消费价格指数（市辖区）涨幅控制在3%左右');
    const others = headlineTargets(data).filter((x) => x.id !== 'headline.cpi');
    expect(others.every((x) => x.attainment === 'at_least')).toBe(true);
  });

  it('records 完成节能减排任务 as a headline commitment without a number', () => {
    const e = t('headline.energy_saving');
    expect([e.section, e.kind, e.value, e.unit, e.comparator, e.strength]).toEqual([
      'headline',
      'qualitative',
      null,
      null,
      null,
      'commit',
    ]);
    expect(headlineTargets(data).map((x) => x.id)).not.toContain('headline.energy_saving');
  });
});

describe('work-area targets', () => {
  it('has the hand-checked value, comparator and unit for the ids the model uses', () => {
    expect(brief(t('projects.key_investment'))).toEqual(['≥', 2100, '亿元', 'level']);
    expect(brief(t('projects.new_starts'))).toEqual(['≥', 200, '个', 'count']);
    expect(brief(t('gulei.output'))).toEqual(['>', 1000, '亿元', 'level']);
    expect(brief(t('gulei.investment_under_construction'))).toEqual(['>', 1000, '亿元', 'level']);
    expect(brief(t('gulei.signed_pipeline'))).toEqual(['>', 1000, '亿元', 'level']);
    expect(brief(t('digital.scale'))).toEqual(['>', 2800, '亿元', 'level']);
    expect(brief(t('digital.growth'))).toEqual(['=', 15, '%', 'growth']);
    expect(brief(t('property.sales'))).toEqual(['≥', 620, '万平方米', 'level']);
    expect(brief(t('industry.new_firms'))).toEqual(['≥', 200, '家', 'count']);
    expect(brief(t('industry.investment'))).toEqual(['≥', 1000, '亿元', 'level']);
    expect(brief(t('jobs.new_urban'))).toEqual(['≥', 4, '万人', 'count']);
    expect(brief(t('hightech.projects'))).toEqual(['>', 50, '个', 'count']);
    expect(brief(t('hightech.investment'))).toEqual(['>', 300, '亿元', 'level']);
    expect(brief(t('marine.growth'))).toEqual(['=', 8.8, '%', 'growth']);
    expect(brief(t('rnd.growth'))).toEqual(['≥', 18, '%', 'growth']);
  });

  it('splits sentences with several numbers into one entry per number', () => {
    const pipes = ['urban.sewage_pipes', 'urban.storm_pipes', 'urban.water_pipes'].map(t);
    expect(pipes.map(brief)).toEqual(Array(3).fill(['≥', 60, '公里', 'level']));
    expect(new Set(pipes.map((x) => x.source.quote))).toEqual(
      new Set(['新改建污水、雨水、供水管道各60公里以上']),
    );
    expect(brief(t('agri.grain_area'))).toEqual(['=', 92.83, '万亩', 'level']);
    expect(brief(t('agri.grain_output'))).toEqual(['>', 42, '万吨', 'level']);
    expect(brief(t('education.compulsory_places'))).toEqual(['=', 4000, '个', 'count']);
    expect(brief(t('education.public_kindergarten_places'))).toEqual(['=', 2100, '个', 'count']);
  });

  it('gives Gulei its three ">1000 亿元" commitments (确保) scoped to the zone', () => {
    const thousand = targetsForZone(data, 'zone.gulei').filter((x) => x.value === 1000);
    expect(thousand.map((x) => x.id)).toEqual([
      'gulei.output',
      'gulei.investment_under_construction',
      'gulei.signed_pipeline',
    ]);
    expect(thousand.every((x) => x.comparator === '>' && x.strength === 'commit')).toBe(true);
  });

  it('links 2022 actuals that are the natural baseline', () => {
    expect(t('jobs.new_urban').baseline_2022).toMatchObject({ value: 45178, unit: '人' });
    expect(t('urban.old_communities').baseline_2022).toMatchObject({ value: 227, unit: '个' });
    expect(t('health.key_projects').baseline_2022).toMatchObject({ value: 41 });
    expect(t('headline.gdp').baseline_ref).toBe('baseline.gdp_2022');
  });

  it('has the expected number of entries per work area', () => {
    const counts = Object.fromEntries(
      groupTargetsBySection(data).map(({ section, targets }) => [section.id, targets.length]),
    );
    expect(counts).toEqual({
      headline: 11,
      '1': 13,
      '2': 23,
      '3': 9,
      '4': 4,
      '5': 8,
      '6': 9,
      '7': 7,
      '8': 2,
      '9': 2,
      '10': 12,
    });
  });

  it('has unique ids, a known section and a source on every entry', () => {
    const ids = data.targets.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sections = new Set(data.sections.map((s) => s.id));
    for (const x of data.targets) {
      expect(sections.has(x.section), x.id).toBe(true);
      expect(x.source.doc).toBe('2023 government work report, part 2');
      expect(x.source.quote.length, x.id).toBeGreaterThan(1);
    }
  });
});

describe('comparators and strength follow the documented mapping', () => {
  // Numbers written in words, where the literal rule below cannot find the figure.
  const inWords: Record<string, string> = {
    'gulei.output': '>',
    'gulei.investment_under_construction': '>',
    'gulei.signed_pipeline': '>',
    'construction.output': '>',
    'marine.varieties': '=',
    'education.quality_junior_highs': '=',
    'services.platform_firms': '≥',
  };

  it('以上 → ≥, 超/突破 → >, 左右 → ≈, no qualifier → =', () => {
    for (const x of data.targets) {
      if (x.value === null || x.unit === null) continue;
      if (x.id in inWords) {
        expect(x.comparator, x.id).toBe(inWords[x.id]);
        continue;
      }
      const quote = normaliseForQuote(x.source.quote);
      const token = `${x.value}${x.unit}`;
      const at = quote.indexOf(token);
      expect(at, `${x.id}: "${token}" not in its quote`).toBeGreaterThanOrEqual(0);
      const before = quote.slice(0, at);
      const after = quote.slice(at + token.length);
      const expected = after.startsWith('以上')
        ? '≥'
        : after.startsWith('左右')
          ? '≈'
          : /(超|超过|突破)$/.test(before)
            ? '>'
            : '=';
      expect(x.comparator, x.id).toBe(expected);
    }
  });

  it('marks 力争/力促/争创 as aim and 确保 as commit, with the word as printed', () => {
    for (const x of data.targets) {
      if (x.strength_word !== null) expect(x.source.quote, x.id).toContain(x.strength_word);
      const quote = x.source.quote;
      if (/^(力争|力促|争创)/.test(quote)) expect(x.strength, x.id).toBe('aim');
      if (/^确保/.test(quote)) expect(x.strength, x.id).toBe('commit');
    }
  });
});

describe('search', () => {
  it('finds 6.5 under GDP', () => {
    expect(searchTargets(data, '6.5').map((x) => x.id)).toContain('headline.gdp');
    expect(searchTargets(data, 'GDP 6.5').map((x) => x.id)).toEqual(['headline.gdp']);
    expect(searchTargets(data, '地区生产总值').map((x) => x.id)).toEqual(['headline.gdp']);
  });
});

describe('2022 actuals', () => {
  const a = (id: string) => data.actuals.find((x) => x.id === id);

  it('records every figure of the review with the report values', () => {
    expect(data.actuals).toHaveLength(40);
    const pick = (id: string) => [a(id)?.value, a(id)?.unit];
    expect(pick('y2022.jobs.new_urban')).toEqual([45178, '人']);
    expect(pick('y2022.welfare.assistance_funds')).toEqual([9.4, '亿元']);
    expect(pick('y2022.education.kindergarten_places')).toEqual([4700, '个']);
    expect(pick('y2022.education.school_places')).toEqual([1.1, '万个']);
    expect(pick('y2022.fiscal.livelihood_spending_share')).toEqual([79.3, '%']);
    expect(pick('y2022.urban.old_communities')).toEqual([227, '个']);
    expect(pick('y2022.rural.roads')).toEqual([646.7, '公里']);
    expect(a('y2022.government.three_public_expenses')).toMatchObject({
      value: -20,
      comparator: '≈',
    });
  });

  it('quotes each figure as printed', () => {
    for (const x of data.actuals) {
      if (x.kind === 'rank') continue; // 全省第四: the number is written in words.
      expect(normaliseForQuote(x.source.quote), x.id).toContain(String(Math.abs(x.value)));
      expect(x.year).toBe(2022);
    }
  });
});
