import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRIVERS } from '../../src/model/drivers';
import { OUTPUTS } from '../../src/model/outputs';
import { PARAMETERS } from '../../src/model/parameters';

// The plan-data register (geodata/plan/targets.json) is the project's record of every target in
// the report. The model keeps its own table (src/model/outputs.ts) so it stays pure and
// self-contained; this test keeps the two in step.
interface RegisterTarget {
  id: string;
  value: number | null;
  unit: string | null;
  attainment: 'at_least' | 'at_most' | null;
  measure: string | null;
  kind: string;
}
const register = JSON.parse(
  readFileSync(new URL('../../geodata/plan/targets.json', import.meta.url), 'utf8'),
) as { targets: RegisterTarget[] };
const byId = new Map(register.targets.map((t) => [t.id, t]));

describe('model tables agree with the target register', () => {
  for (const o of OUTPUTS) {
    it(`${o.id} ↔ ${o.registerId}`, () => {
      const t = byId.get(o.registerId);
      expect(t, `${o.registerId} is missing from the register`).toBeDefined();
      expect(t!.value).toBe(o.target);
      expect(t!.unit).toBe(o.unit);
      expect(t!.attainment).toBe(o.comparator === '≥' ? 'at_least' : 'at_most');
      if (o.kind === 'growth') expect(t!.measure).toBe(o.basis);
    });
  }

  it('driver plan values are the register targets they mirror', () => {
    const mirrors: Record<string, string> = {
      external_demand: 'headline.exports',
      consumption: 'headline.retail',
      consumer_prices: 'headline.cpi',
      gulei_ramp: 'gulei.output',
      property_sales: 'property.sales',
      new_firms: 'industry.new_firms',
    };
    for (const [driver, id] of Object.entries(mirrors)) {
      expect(DRIVERS.find((d) => d.id === driver)!.plan, driver).toBe(byId.get(id)!.value);
    }
  });

  it('the digital economy growth parameter is the register figure', () => {
    expect(PARAMETERS.get('digital.plan_growth')!.value).toBe(byId.get('digital.growth')!.value);
  });
});
