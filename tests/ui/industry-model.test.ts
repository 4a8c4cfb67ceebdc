import { describe, expect, it } from 'vitest';
import { industryHighlight, industryOptions } from '../../src/ui/plan/industry-model';
import { planMatrixData } from '../../src/ui/plan/matrix-data';
import { loadPlan, unitsPrinting } from './plan-fixture';

const data = loadPlan();
const byRelation = (m: Map<string, string>, relation: string): string[] =>
  [...m]
    .filter(([, r]) => r === relation)
    .map(([adcode]) => adcode)
    .sort();

describe('industry view', () => {
  it('食品加工 highlights exactly the counties that print it; 食品医药 and 食品健康 as broader', () => {
    const highlight = industryHighlight(data, 'food_processing');
    const printing = unitsPrinting(data, 'food_processing').sort();
    expect(printing).toHaveLength(4);
    expect(byRelation(highlight, 'exact')).toEqual(printing);
    // 漳浦 (食品医药) and 南靖 (食品健康) map to the broader 食品 only.
    expect(byRelation(highlight, 'broader')).toEqual(['350623', '350627']);
  });

  it('食品 counts the narrower 食品加工 as exact: six counties, none broader', () => {
    const highlight = industryHighlight(data, 'food');
    expect(byRelation(highlight, 'exact')).toHaveLength(6);
    expect(byRelation(highlight, 'broader')).toEqual([]);
  });

  it('the picker lists terms in tree order, children after their parent, with counts', () => {
    const options = industryOptions(data);
    const ids = options.map((o) => o.industry.id);
    expect(ids.indexOf('food')).toBeLessThan(ids.indexOf('food_processing'));
    const fp = options.find((o) => o.industry.id === 'food_processing');
    expect(fp).toMatchObject({ depth: 1, exact: 4, broader: 2 });
    // Terms no county plans (the twin park's supply chains) are not offered.
    expect(ids).not.toContain('tropical_agriculture');
    expect(options.every((o) => o.exact > 0)).toBe(true);
  });

  it('the matrix agrees with the map: present = exact, related = broader, per column', () => {
    const matrix = planMatrixData(data);
    expect(matrix.rows).toHaveLength(7);
    for (const column of matrix.columns) {
      const highlight = industryHighlight(data, column.id);
      const cells = matrix.cells.filter((c) => c.column === column.id);
      const present = cells
        .filter((c) => c.status === 'present')
        .map((c) => c.row)
        .sort();
      const related = cells
        .filter((c) => c.status === 'related')
        .map((c) => c.row)
        .sort();
      expect(present, column.id).toEqual(byRelation(highlight, 'exact'));
      expect(related, column.id).toEqual(byRelation(highlight, 'broader'));
    }
  });

  it('matrix cells carry the plan wording that made them', () => {
    const cell = planMatrixData(data).cells.find(
      (c) => c.row === '350623' && c.column === 'food_processing',
    );
    expect(cell?.status).toBe('related');
    expect(cell?.wording).toEqual([{ zh: '食品医药', en: 'Food and pharmaceuticals' }]);
  });
});
