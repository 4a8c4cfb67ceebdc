import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/model/index.ts';
import { qrMatrix, qrPath, qrSvg } from '../../src/present/qr';
import { encodeScenario } from '../../src/state/url-scenario';

/** The 7×7 finder pattern: dark ring, light ring, dark 3×3 centre. */
function isFinder(m: boolean[][], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      const dark = ring !== 2;
      if (m[top + r]?.[left + c] !== dark) return false;
    }
  }
  return true;
}

describe('QR codes for the handout', () => {
  it('encode a real scenario link in a standard symbol, the same every time', async () => {
    const url = `http://intranet.example/zz/#/workbench?s=${await encodeScenario(defaultScenario())}`;
    const m = qrMatrix(url);
    const n = m.length;
    expect(n).toBeGreaterThanOrEqual(21);
    expect((n - 17) % 4).toBe(0); // version v has 17 + 4v modules
    expect(isFinder(m, 0, 0)).toBe(true);
    expect(isFinder(m, 0, n - 7)).toBe(true);
    expect(isFinder(m, n - 7, 0)).toBe(true);
    expect(qrMatrix(url)).toEqual(m);
    expect(qrMatrix(`${url}x`)).not.toEqual(m);
  });

  it('draws one path of the dark modules, without style attributes (strict CSP)', () => {
    const svg = qrSvg('https://example.invalid/#/workbench?s=z1.abc', 160, '扫码 <打开> & "同一"');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="160" height="160"/);
    expect(svg).not.toMatch(/style=/);
    expect(svg).toContain('<title>扫码 &lt;打开&gt; &amp; &quot;同一&quot;</title>');
    const m = qrMatrix('https://example.invalid/#/workbench?s=z1.abc');
    const dark = m.flat().filter(Boolean).length;
    // Each run of dark modules is one rectangle, h-width, one module high.
    const widths = [...qrPath(m, 4).matchAll(/h(\d+)/g)].map((x) => Number(x[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(dark);
  });
});
