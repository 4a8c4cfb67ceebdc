import { describe, expect, it } from 'vitest';
import { gapScale, probabilityScale } from '../../src/charts/color-scales';
import { layoutScaleLegend, renderScaleLegendSvg } from '../../src/charts/scale-legend';
import { expectGolden } from './golden';

describe('scale legend', () => {
  it('matches its golden SVG (diverging gap scale)', () => {
    expectGolden('legend-gap', renderScaleLegendSvg(layoutScaleLegend(gapScale('zh-CN'))));
  });

  it('draws a box per class and a label at each threshold, between two boxes', () => {
    const layout = layoutScaleLegend(probabilityScale('zh-CN'));
    expect(layout.boxes).toHaveLength(5);
    expect(layout.ticks.map((t) => t.label)).toEqual(['30%', '50%', '70%', '90%']);
    layout.ticks.forEach((t, i) => {
      const box = layout.boxes[i];
      expect(t.x).toBeCloseTo((box?.x ?? 0) + (box?.width ?? 0), 1);
    });
    expect(layout.ends).toEqual([]);
    expect(layout.noData.label).toBe('无数据');
  });

  it('writes the ends of a diverging scale in words and lists every class in its description', () => {
    const layout = layoutScaleLegend(gapScale('en'), { lang: 'en' });
    expect(layout.ends.map((e) => e.label)).toEqual(['Below target', 'Above target']);
    expect(layout.desc).toBe(
      'below −2; −2 to −1; −1 to −0.3; −0.3 to +0.3; +0.3 to +1; +1 to +2; +2 or more; No data',
    );
  });
});
