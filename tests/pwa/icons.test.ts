import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COLOURS, emblemSvg, encodePng, renderEmblem, solidPng } from '../../scripts/make-icons';

/** A minimal PNG reader for 8-bit RGBA, filter 0 (what encodePng writes); checks every CRC. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, rgba };
}

describe('icons (scripts/make-icons.ts)', () => {
  it('encodes PNGs that decode to the same pixels', () => {
    const px = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4]);
    const decoded = decodePng(encodePng(2, 2, px));
    expect(decoded).toEqual({ width: 2, height: 2, rgba: px });
    expect(() => encodePng(3, 3, px)).toThrow('wrong size');
    expect(decodePng(solidPng(4, 1, [9, 8, 7, 255])).rgba).toEqual(
      new Uint8Array([9, 8, 7, 255, 9, 8, 7, 255, 9, 8, 7, 255, 9, 8, 7, 255]),
    );
  });

  it('the committed icons are the script output, at the sizes the manifest declares', () => {
    for (const [file, size, options] of [
      ['icon-192.png', 192, { scale: 1, corner: 0.18 }],
      ['icon-512.png', 512, { scale: 1, corner: 0.18 }],
      ['icon-maskable-512.png', 512, { scale: 0.8, corner: 0 }],
      ['apple-touch-icon-180.png', 180, { scale: 0.9, corner: 0 }],
    ] as const) {
      const decoded = decodePng(readFileSync(`public/icons/${file}`));
      expect(decoded.width, file).toBe(size);
      expect(decoded.height, file).toBe(size);
      // Byte comparison: a deep-equal over a megabyte of pixels is needlessly slow.
      const same = Buffer.from(decoded.rgba).equals(Buffer.from(renderEmblem(size, options)));
      expect(same, `${file} differs from the script's output: rerun it`).toBe(true);
    }
    expect(readFileSync('public/favicon.svg', 'utf8')).toBe(emblemSvg());
  });

  it('maskable and Apple icons fill the square with the theme colour (no transparent corners)', () => {
    for (const file of ['icon-maskable-512.png', 'apple-touch-icon-180.png']) {
      const { rgba } = decodePng(readFileSync(`public/icons/${file}`));
      expect([...rgba.subarray(0, 4)], file).toEqual([...COLOURS.navy]);
    }
    const { rgba } = decodePng(readFileSync('public/icons/icon-512.png'));
    expect(rgba[3]).toBe(0);
  });
});
