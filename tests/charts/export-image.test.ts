import { describe, expect, it } from 'vitest';
import {
  pngSize,
  svgBlob,
  svgSize,
  svgToPng,
  type ImageEnvironment,
} from '../../src/charts/export-image';
import { layoutFanChart } from '../../src/charts/fan-chart';
import { renderFanChartSvg } from '../../src/charts/fan-chart-svg';
import { gdpBase } from './fixtures';

/** A fake browser: records what svgToPng asks of it; the image loads or fails on demand. */
function fakeEnvironment(outcome: 'load' | 'error') {
  const calls: string[] = [];
  const canvas = { width: 0, height: 0 };
  let drawn: number[] = [];
  const env: ImageEnvironment = {
    createImage: () => {
      const image = {
        onload: null as (() => void) | null,
        onerror: null as ((e: unknown) => void) | null,
        set src(url: string) {
          calls.push(`load ${url}`);
          queueMicrotask(() =>
            outcome === 'load' ? image.onload?.() : image.onerror?.(new Event('error')),
          );
        },
      };
      return image;
    },
    createCanvas: (width, height) => {
      canvas.width = width;
      canvas.height = height;
      const ctx = {
        fillStyle: '',
        fillRect: () => calls.push(`fill ${ctx.fillStyle}`),
        drawImage: (_: unknown, ...rect: number[]) => {
          drawn = rect;
        },
      };
      return {
        getContext: () => ctx,
        toBlob: (cb: (b: Blob | null) => void, type: string) => cb(new Blob(['png'], { type })),
      } as unknown as ReturnType<ImageEnvironment['createCanvas']>;
    },
    createObjectURL: () => {
      calls.push('create');
      return 'blob:fake';
    },
    revokeObjectURL: (url) => calls.push(`revoke ${url}`),
  };
  return { env, calls, canvas, drawn: () => drawn };
}

describe('PNG export', () => {
  const svg = renderFanChartSvg(layoutFanChart(gdpBase));

  it('reads the size of a rendered chart', () => {
    expect(svgSize(svg)).toEqual({ width: 640, height: 360 });
    expect(svgSize('<svg viewBox="0 0 300 150"></svg>')).toEqual({ width: 300, height: 150 });
    expect(svgSize('<svg></svg>')).toBeNull();
    expect(svgSize('not svg')).toBeNull();
  });

  it('scales the canvas, within what browsers allocate', () => {
    expect(pngSize({ width: 640, height: 360 }, 2)).toEqual({ width: 1280, height: 720, scale: 2 });
    expect(pngSize({ width: 640, height: 360 }, NaN).scale).toBe(2);
    expect(pngSize({ width: 10_000, height: 100 }, 4)).toMatchObject({ width: 16384 });
  });

  it('draws the SVG from a blob: URL at the scale, on white, and revokes the URL', async () => {
    const fake = fakeEnvironment('load');
    const blob = await svgToPng(svg, { scale: 3 }, fake.env);
    expect(blob.type).toBe('image/png');
    expect(fake.canvas).toEqual({ width: 1920, height: 1080 });
    expect(fake.drawn()).toEqual([0, 0, 1920, 1080]);
    expect(fake.calls).toEqual(['create', 'load blob:fake', 'fill #ffffff', 'revoke blob:fake']);
  });

  it('rejects with a message when the image fails, and still revokes the URL', async () => {
    const fake = fakeEnvironment('error');
    await expect(svgToPng(svg, {}, fake.env)).rejects.toThrow(/could not be loaded/);
    expect(fake.calls.at(-1)).toBe('revoke blob:fake');
  });

  it('rejects an SVG without a size before touching the browser', async () => {
    const fake = fakeEnvironment('load');
    await expect(svgToPng('<svg></svg>', {}, fake.env)).rejects.toThrow(/no width/);
    expect(fake.calls).toEqual([]);
  });

  it('saves SVG files with an XML declaration', async () => {
    const blob = svgBlob(svg);
    expect(blob.type).toBe('image/svg+xml;charset=utf-8');
    expect((await blob.text()).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(
      true,
    );
  });
});
