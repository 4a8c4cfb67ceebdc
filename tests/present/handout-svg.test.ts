import { describe, expect, it } from 'vitest';
import { svgSize } from '../../src/charts/export-image';
import { textWidth } from '../../src/charts/text';
import { gridSvg, nestSvg, textCardSvg, wrapText } from '../../src/present/handout-svg';
import { qrSvg } from '../../src/present/qr';

const box = (w: number, h: number): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}"/></svg>`;

describe('handout sheets for the PNG pack', () => {
  it('nests standalone charts at a position', () => {
    expect(nestSvg(box(10, 20), 5, 7)).toMatch(/^<svg x="5" y="7" xmlns=/);
  });

  it('lays charts out in columns, rows as tall as their tallest chart', () => {
    const svg = gridSvg([box(300, 100), box(300, 150), box(300, 80)], 2, 10, '达成概率');
    expect(svgSize(svg)).toEqual({ width: 2 * 300 + 3 * 10, height: 44 + 10 + 150 + 10 + 80 + 10 });
    expect(svg.match(/<svg x=/g)).toHaveLength(3);
    expect(svg).not.toMatch(/style=|<\?xml[^>]*>\s*<svg x/);
  });

  it('wraps Chinese anywhere and English at spaces, cutting what is longer than a line', () => {
    const zh = '要实现全年地区生产总值增长目标，第四季度需要的增速明显高于前三季度的平均水平。';
    for (const line of wrapText(zh, 20, 200)) expect(textWidth(line, 20)).toBeLessThanOrEqual(200);
    expect(wrapText(zh, 20, 200).join('')).toBe(zh);
    const en = wrapText('the chance of meeting the target', 20, 120);
    expect(en.every((l) => !l.startsWith(' ') && !l.endsWith(' '))).toBe(true);
    const url = `http://host/#/workbench?s=z1.${'A'.repeat(300)}`;
    const lines = wrapText(url, 14, 300);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(300);
  });

  it('makes a text card with the QR code beside the first lines', () => {
    const qr = qrSvg('http://host/#/workbench?s=z1.x', 160, 'QR');
    const svg = textCardSvg(
      [
        { text: '简报讲义', kind: 'title' },
        { text: '情景：外需下行（随机种子 20230101）' },
        { text: 'a & b < c', kind: 'small' },
      ],
      900,
      qr,
    );
    expect(svgSize(svg)?.width).toBe(900);
    expect(svgSize(svg)!.height).toBeGreaterThanOrEqual(160 + 2 * 28);
    expect(svg).toContain('a &amp; b &lt; c');
    expect(svg).toMatch(/<svg x="712" y="28"/);
    expect(new DOMParserLike(svg).ok).toBe(true);
  });
});

/** Well-formedness without a DOM: every tag opened is closed in order. */
class DOMParserLike {
  ok: boolean;
  constructor(svg: string) {
    const stack: string[] = [];
    let ok = true;
    for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      const [, close, name, self] = m;
      if (self) continue;
      if (close) ok &&= stack.pop() === name;
      else stack.push(name!);
    }
    this.ok = ok && stack.length === 0;
  }
}
