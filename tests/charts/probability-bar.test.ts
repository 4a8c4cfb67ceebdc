import { describe, expect, it } from 'vitest';
import { layoutProbabilityBar, type ProbabilityBarData } from '../../src/charts/probability-bar';
import { renderProbabilityBarSvg } from '../../src/charts/probability-bar-svg';
import { tableProbabilityBar } from '../../src/charts/probability-bar-table';
import { expectGolden } from './golden';
import { expectCleanSvg } from './svg-check';

const gdp: ProbabilityBarData = {
  title: { zh: '地区生产总值增速', en: 'GDP growth' },
  probability: 0.734,
  unit: '%',
  target: { value: 6.5, comparator: '≥' },
  median: 6.8,
  samples: 10_000,
};

describe('probability bar', () => {
  it('matches its golden SVG', () => {
    expectGolden('probability', renderProbabilityBarSvg(layoutProbabilityBar(gdp)));
  });

  it('shows the probability as a large number with its band in words', () => {
    const layout = layoutProbabilityBar(gdp);
    expect(layout.big.text).toBe('73%');
    expect(layout.band.text).toBe('很可能实现');
    expect(layout.big.fontSize).toBeGreaterThan(layout.theme.fontTitle);
  });

  it('uses the three bands: below 30%, 30% to 70%, 70% and above', () => {
    const band = (p: number): string =>
      layoutProbabilityBar({ ...gdp, probability: p }, { lang: 'en' }).band.text;
    expect([0, 0.299, 0.3, 0.5, 0.699, 0.7, 1].map(band)).toEqual([
      'Unlikely',
      'Unlikely',
      'Uncertain',
      'Uncertain',
      'Uncertain',
      'Likely',
      'Likely',
    ]);
  });

  it('places the marker at the probability along the bar, clamped to 0–100%', () => {
    const layout = layoutProbabilityBar({ ...gdp, probability: 0.5 });
    const first = layout.segments[0];
    const last = layout.segments[2];
    if (!first || !last) throw new Error('segments');
    const left = first.x;
    const right = last.x + last.width;
    expect(layout.marker?.x).toBeCloseTo((left + right) / 2, 1);
    expect(layoutProbabilityBar({ ...gdp, probability: 7 }).marker?.x).toBeCloseTo(right, 1);
  });

  it('lists median, target, gap in 个百分点 and the sample count', () => {
    const layout = layoutProbabilityBar(gdp);
    expect(layout.details.map((d) => d.text)).toEqual([
      '中位数预测 6.8%',
      '目标 ≥6.5%',
      '与目标相差 +0.3个百分点',
      '模拟路径 1.00万条',
    ]);
  });

  it('shows "—" and no marker without a probability', () => {
    const layout = layoutProbabilityBar({ ...gdp, probability: NaN });
    expect(layout.big.text).toBe('—');
    expect(layout.band.text).toBe('暂无数据');
    expect(layout.marker).toBeNull();
    expectCleanSvg(renderProbabilityBarSvg(layout));
  });

  it('has a table with the same facts', () => {
    const table = tableProbabilityBar(gdp, 'en');
    expect(table.headers).toEqual(['Item', 'Value']);
    expect(table.rows).toEqual([
      ['Probability of meeting the target', '73%'],
      ['Assessment', 'Likely'],
      ['Median projection', '6.8%'],
      ['Target', '≥6.5%'],
      ['Gap to target', '+0.3 pp'],
      ['Based on', '10,000 paths'],
    ]);
  });
});
