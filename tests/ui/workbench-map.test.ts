import { describe, expect, it, vi } from 'vitest';
import { probabilityScale, stepStops } from '../../src/charts/color-scales';
import {
  CHOROPLETH_STATE,
  choroplethClass,
  choroplethColor,
  choroplethLayer,
} from '../../src/map/choropleth-layer';
import { defaultScenario } from '../../src/model/scenario';
import { simulate } from '../../src/model/simulate';
import { countyValue, formatCountyValue, mapScale } from '../../src/ui/workbench/county-map';
import { countyInputs } from '../../src/ui/workbench/run-request';
import { UrlWriter } from '../../src/ui/workbench/session';
import { loadPlan } from './plan-fixture';

const counties = countyInputs(loadPlan());
const result = simulate({
  scenario: { ...defaultScenario(), paths: 4096, drivers: { property_sales: { value: 400 } } },
  counties,
  countyIndicators: ['gdp'],
});

describe('the county choropleth', () => {
  it('colours by the feature-state value through the scale’s own step stops', () => {
    const scale = probabilityScale('zh-CN');
    const style = { stops: stepStops(scale), noDataColor: scale.noData.color };
    const color = choroplethColor(style);
    expect(color).toEqual([
      'case',
      ['==', ['typeof', ['feature-state', CHOROPLETH_STATE]], 'number'],
      ['step', ['feature-state', CHOROPLETH_STATE], ...stepStops(scale)],
      scale.noData.color,
    ]);
    const layer = choroplethLayer(style);
    expect([layer.type, layer.source, layer.paint?.['fill-color']]).toEqual([
      'fill',
      'counties',
      color,
    ]);
  });

  it('knows the class of a value as maplibre’s step does (a threshold belongs to the class above)', () => {
    const scale = probabilityScale('zh-CN');
    const style = { stops: stepStops(scale), noDataColor: scale.noData.color };
    for (const v of [0, 0.29, 0.3, 0.5, 0.69, 0.7, 0.9, 1])
      expect(choroplethClass(v, style), String(v)).toBe(scale.classOf(v));
    expect(choroplethClass(null, style)).toBe(-1);
    expect(choroplethClass(Number.NaN, style)).toBe(-1);
  });

  it('each county has a probability (0..1) or a gap in pp, and the legend’s colour for it', () => {
    expect(result.counties).toHaveLength(counties.length);
    for (const c of result.counties) {
      const p = countyValue(c, 'probability');
      const gap = countyValue(c, 'gap');
      expect(p).toBe(c.annual.pMeet);
      expect(gap).toBeCloseTo(c.annual.percentiles.p50 - c.threshold, 12);
      expect(mapScale('probability', 'zh-CN').color(p)).toMatch(/^#[0-9a-f]{6}$/);
    }
    // Counties building homes feel the property slump more than the districts without industries.
    const by = (code: string) => result.counties.find((c) => c.adcode === code)!.annual.pMeet;
    expect(by('350628')).toBeLessThan(by('350602'));
  });

  it('writes values as the list shows them, "—" without one', () => {
    expect(formatCountyValue(0.514, 'probability', 'zh-CN')).toBe('51%');
    expect(formatCountyValue(-0.44, 'gap', 'zh-CN')).toBe('−0.4个百分点');
    expect(formatCountyValue(0.44, 'gap', 'en')).toBe('+0.4 pp');
    expect(formatCountyValue(null, 'gap', 'en')).toBe('—');
  });
});

describe('the link writer', () => {
  it('writes only the newest scenario, once edits pause', async () => {
    const written: string[] = [];
    const slow = (s: { name: string }) =>
      new Promise<string>((resolve) => setTimeout(() => resolve(`z1.${s.name}`), 5));
    const w = new UrlWriter(slow, (p) => written.push(p), 10);
    for (const name of ['a', 'b', 'c']) w.schedule({ ...defaultScenario(), name });
    expect(w.pending).toBe(true);
    // The three schedules happen at once, so one write follows, of the last.
    await vi.waitFor(() => expect(written).toEqual(['z1.c']));
    expect(w.lastParam).toBe('z1.c');
    expect(w.pending).toBe(false);
    // A flush overtaken by a newer one writes nothing stale.
    w.schedule({ ...defaultScenario(), name: 'd' });
    const first = w.flush();
    w.schedule({ ...defaultScenario(), name: 'e' });
    await Promise.all([first, w.flush()]);
    expect(written).toEqual(['z1.c', 'z1.e']);
    // The parameters before the last are remembered (a reload can begin at one of them).
    expect(w.recent).toEqual(['z1.c']);
  });

  it('remembers a few earlier parameters, oldest first', () => {
    const w = new UrlWriter(
      () => Promise.resolve(''),
      () => undefined,
    );
    expect(w.recent).toEqual([]);
    for (let i = 0; i < 12; i += 1) w.lastParam = `z1.${i}`;
    w.lastParam = 'z1.11';
    expect(w.recent).toEqual(['z1.3', 'z1.4', 'z1.5', 'z1.6', 'z1.7', 'z1.8', 'z1.9', 'z1.10']);
  });
});
