import { describe, expect, it } from 'vitest';
import { centralProjection } from '../../src/model/central';
import { PRESETS } from '../../src/model/presets';
import { validateScenario } from '../../src/model/validate';

describe('presets', () => {
  it('are valid scenarios with a description in both languages', () => {
    expect(PRESETS.map((p) => p.id)).toEqual([
      'baseline',
      'external_downturn',
      'gulei_fast',
      'property_slump',
      'consumption_rebound',
    ]);
    for (const p of PRESETS) {
      expect(validateScenario(p.scenario).ok, p.id).toBe(true);
      expect(p.descriptionZh.length).toBeGreaterThan(5);
      expect(p.descriptionEn.length).toBeGreaterThan(5);
    }
  });

  it('move central GDP in the direction their names say', () => {
    const gdp = (id: string): number => {
      const p = PRESETS.find((x) => x.id === id)!;
      return centralProjection(p.scenario).find((o) => o.id === 'gdp')!.central[3]!;
    };
    expect(gdp('baseline')).toBe(6.5);
    expect(gdp('external_downturn')).toBeLessThan(6.5);
    expect(gdp('gulei_fast')).toBeGreaterThan(6.5);
    expect(gdp('property_slump')).toBeLessThan(6.5);
    expect(gdp('consumption_rebound')).toBeGreaterThan(6.5);
  });
});
