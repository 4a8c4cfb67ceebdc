/** The small pure helpers under the charts: text, formats, placement, keyboard steps, SVG. */
import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatMagnitude,
  formatSignedNumber,
  formatTargetValue,
  tickDigits,
} from '../../src/charts/format-value';
import { stepIndex } from '../../src/charts/interaction';
import { bestBox, overlap } from '../../src/charts/label-placement';
import { decimalsOf, paddedExtent, r2 } from '../../src/charts/numbers';
import { esc, svgDocument } from '../../src/charts/svg';
import { fitText, pickText, textWidth } from '../../src/charts/text';
import { FONT_FAMILY } from '../../src/charts/theme';

describe('text', () => {
  it('picks the label in the language, and takes one-language labels as they are', () => {
    expect(pickText({ zh: '漳浦县', en: 'Zhangpu' }, 'en')).toBe('Zhangpu');
    expect(pickText({ zh: '漳浦县', en: 'Zhangpu' }, 'zh-CN')).toBe('漳浦县');
    expect(pickText('古雷', 'en')).toBe('古雷');
    expect(pickText(null, 'en')).toBe('');
  });

  it('estimates CJK characters as square and Latin narrower', () => {
    expect(textWidth('漳州', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeLessThan(textWidth('漳州', 10));
  });

  it('shortens with an ellipsis to fit', () => {
    const fitted = fitText('社会消费品零售总额增速', 10, 60);
    expect(fitted.endsWith('…')).toBe(true);
    expect(textWidth(fitted, 10)).toBeLessThanOrEqual(60);
    expect(fitText('出口', 10, 60)).toBe('出口');
  });
});

describe('formats', () => {
  it('writes targets with their comparators, caps with 左右', () => {
    expect(formatTargetValue({ value: 6.5, comparator: '≥' }, '%', 'zh-CN')).toBe('≥6.5%');
    expect(formatTargetValue({ value: 10, comparator: '>' }, '%', 'zh-CN')).toBe('>10%');
    expect(
      formatTargetValue({ value: 3, comparator: '≈', attainment: 'at_most' }, '%', 'zh-CN'),
    ).toBe('≤3%左右');
    expect(formatTargetValue({ value: 3, comparator: '≈' }, '%', 'en')).toBe('about 3%');
    expect(formatTargetValue({ value: 1000, comparator: '>' }, '亿元', 'zh-CN')).toBe('>1,000亿元');
  });

  it('writes changes in 个百分点 and magnitudes unsigned', () => {
    expect(formatChange(0.12, 'probability', 'zh-CN')).toBe('+12个百分点');
    expect(formatChange(-0.4, '%', 'en')).toBe('−0.4 pp');
    expect(formatMagnitude(-0.25, 'probability', 'zh-CN')).toBe('25个百分点');
    expect(formatSignedNumber(-2, 'en', 0)).toBe('−2');
    expect(formatSignedNumber(0.3, 'zh-CN', 1)).toBe('+0.3');
    expect(formatSignedNumber(NaN, 'zh-CN')).toBe('—');
  });

  it('chooses tick decimals from the step', () => {
    expect([0.5, 1, 2, 0.2, 0.05, NaN].map(tickDigits)).toEqual([1, 0, 0, 1, 2, 0]);
  });
});

describe('numbers', () => {
  it('rounds to 2 decimals, never to NaN or −0', () => {
    expect(r2(1.005 + 1e-9)).toBe(1.01);
    expect(r2(NaN)).toBe(0);
    expect(Object.is(r2(-0.001), 0)).toBe(true);
  });

  it('pads an extent and widens a flat one; null when nothing is usable', () => {
    expect(paddedExtent([1, 3], 0.5)).toEqual([0, 4]);
    expect(paddedExtent([5, 5], 0, 2)).toEqual([4, 6]);
    expect(paddedExtent([NaN, Infinity, 1e300])).toBeNull();
  });

  it('counts decimals as written', () => {
    expect([6.5, 3, 0.25, 7.125].map((v) => decimalsOf(v))).toEqual([1, 0, 2, 2]);
  });
});

describe('label placement', () => {
  const columns = [
    { x: 0, top: 40, bottom: 60 },
    { x: 100, top: 40, bottom: 60 },
  ];
  it('measures how much of a box the marks cover', () => {
    expect(overlap({ x0: 10, x1: 90, y0: 0, y1: 30 }, columns)).toBe(0);
    expect(overlap({ x0: 10, x1: 90, y0: 30, y1: 50 }, columns)).toBeGreaterThan(0);
  });

  it('picks the first box that covers nothing, and rules out boxes outside the bounds', () => {
    const bounds = { x0: 0, x1: 100, y0: 0, y1: 100 };
    const best = bestBox(
      [
        { x0: 10, x1: 50, y0: 45, y1: 55 },
        { x0: 10, x1: 50, y0: -20, y1: -5 },
        { x0: 10, x1: 50, y0: 70, y1: 80 },
      ],
      columns,
      bounds,
    );
    expect(best).toEqual({ index: 2, score: 0 });
  });
});

describe('keyboard steps', () => {
  it('moves within bounds, starts at the ends, and ignores other keys', () => {
    expect(stepIndex('ArrowRight', null, 4, 'ArrowLeft', 'ArrowRight')).toBe(0);
    expect(stepIndex('ArrowLeft', null, 4, 'ArrowLeft', 'ArrowRight')).toBe(3);
    expect(stepIndex('ArrowRight', 3, 4, 'ArrowLeft', 'ArrowRight')).toBe(3);
    expect(stepIndex('ArrowLeft', 2, 4, 'ArrowLeft', 'ArrowRight')).toBe(1);
    expect(stepIndex('Home', 2, 4, 'ArrowLeft', 'ArrowRight')).toBe(0);
    expect(stepIndex('End', 0, 4, 'ArrowLeft', 'ArrowRight')).toBe(3);
    expect(stepIndex('a', 0, 4, 'ArrowLeft', 'ArrowRight')).toBeUndefined();
    expect(stepIndex('ArrowRight', null, 0, 'ArrowLeft', 'ArrowRight')).toBeUndefined();
  });
});

describe('SVG documents', () => {
  it('escape markup and drop characters XML forbids', () => {
    expect(esc('<a href="x">&\'</a>\u0000')).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('are standalone images with a title, a description and the CJK font stack', () => {
    const svg = svgDocument({
      id: 'c',
      width: 100,
      height: 50,
      title: '标题',
      desc: '说明',
      lang: 'zh-CN',
      kind: 'test',
      body: [],
    });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="100" height="50" viewBox="0 0 100 50" role="img" aria-labelledby="c-title c-desc" lang="zh-CN"/,
    );
    expect(svg).toContain('<title id="c-title">标题</title>');
    expect(svg).toContain('<desc id="c-desc">说明</desc>');
    expect(svg).toContain(esc(FONT_FAMILY));
    expect(FONT_FAMILY).toMatch(/Microsoft YaHei.*Noto Sans CJK SC.*WenQuanYi Zen Hei/);
    expect(svg).not.toMatch(/href=|url\(|<image|<style|style=/);
  });
});
