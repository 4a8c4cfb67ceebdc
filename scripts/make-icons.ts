/**
 * Draws the app's icons (PNG) and favicon (SVG) into public/, offline, with Node's zlib only.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * The emblem: a dark-blue field (the app's theme colour #1d3557), a gold disc inside a white ring
 * (a target, as in "the plan's targets") rising over two light-blue waves (the Zhangzhou coast).
 * Shapes are signed-distance functions sampled 4×4 per pixel, so edges are antialiased.
 * The outputs are committed; rerun this script only to change the emblem.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

export const COLOURS = {
  navy: [0x1d, 0x35, 0x57, 255],
  gold: [0xe9, 0xc4, 0x6a, 255],
  white: [0xff, 0xff, 0xff, 255],
  wave: [0xa8, 0xda, 0xdc, 255],
  clear: [0, 0, 0, 0],
} as const satisfies Record<string, Rgba>;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), 8 + data.length);
  return out;
}

/** Encodes 8-bit RGBA pixels (row-major, `width * height * 4` bytes) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('pixel buffer has the wrong size');
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(
      raw,
      y * (width * 4 + 1) + 1,
    );
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** A solid-colour image, e.g. a map tile for tests. */
export function solidPng(width: number, height: number, colour: Rgba): Buffer {
  const px = new Uint8Array(width * height * 4);
  for (let i = 0; i < px.length; i += 4) px.set(colour, i);
  return encodePng(width, height, px);
}

interface EmblemOptions {
  /** Scale of the motif about the centre (maskable icons keep it inside the safe zone). */
  scale: number;
  /** Corner radius of the field as a fraction of the size; 0 fills the square (full bleed). */
  corner: number;
}

/** The colour of the emblem at (u, v) in the unit square, v pointing down. */
function emblemAt(u: number, v: number, o: EmblemOptions): Rgba {
  // Rounded-square field.
  const r = o.corner;
  const qx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  if (r > 0 && Math.hypot(qx, qy) > r) return COLOURS.clear;
  // Motif coordinates, scaled about the centre.
  const x = (u - 0.5) / o.scale + 0.5;
  const y = (v - 0.5) / o.scale + 0.5;
  for (const [offset, amp] of [
    [0.7, 0.025],
    [0.8, 0.02],
  ] as const) {
    const crest = offset + amp * Math.sin(x * Math.PI * 4);
    if (y > crest && y < crest + 0.05 && x > 0.14 && x < 0.86) return COLOURS.wave;
  }
  const d = Math.hypot(x - 0.5, y - 0.44);
  if (y < 0.66) {
    if (d < 0.17) return COLOURS.gold;
    if (d > 0.21 && d < 0.26) return COLOURS.white;
  }
  return COLOURS.navy;
}

/** Renders the emblem at `size` pixels with 4×4 supersampling. */
export function renderEmblem(size: number, options: EmblemOptions): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let pxX = 0; pxX < size; pxX++) {
      let [rs, gs, bs, as] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = emblemAt((pxX + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, options);
          // Premultiplied accumulation, so transparent corners do not darken the edge.
          rs += c[0] * c[3];
          gs += c[1] * c[3];
          bs += c[2] * c[3];
          as += c[3];
        }
      }
      const i = (py * size + pxX) * 4;
      px[i] = as ? Math.round(rs / as) : 0;
      px[i + 1] = as ? Math.round(gs / as) : 0;
      px[i + 2] = as ? Math.round(bs / as) : 0;
      px[i + 3] = Math.round(as / (n * n));
    }
  }
  return px;
}

/** The same emblem as SVG, for the favicon (kept in step with `emblemAt` by hand). */
export function emblemSvg(): string {
  const wave = (offset: number, amp: number): string => {
    const pts: string[] = [];
    for (let i = 0; i <= 36; i++) {
      const x = 0.14 + (0.72 * i) / 36;
      pts.push(
        `${(x * 64).toFixed(2)},${((offset + amp * Math.sin(x * Math.PI * 4)) * 64).toFixed(2)}`,
      );
    }
    return `<polyline points="${pts.join(' ')}" fill="none" stroke="#a8dadc" stroke-width="3.2" transform="translate(0 1.6)"/>`;
  };
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    '<rect width="64" height="64" rx="11.5" fill="#1d3557"/>',
    // The sun sets into the sea: both discs stop where the water starts (y = 0.66).
    '<clipPath id="above-sea"><rect width="64" height="42.24"/></clipPath>',
    '<g clip-path="url(#above-sea)">',
    '<circle cx="32" cy="28.16" r="10.88" fill="#e9c46a"/>',
    '<circle cx="32" cy="28.16" r="15.04" fill="none" stroke="#fff" stroke-width="3.2"/>',
    '</g>',
    wave(0.7, 0.025),
    wave(0.8, 0.02),
    '</svg>',
    '',
  ].join('\n');
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
  mkdirSync(join(root, 'icons'), { recursive: true });
  const outputs: [string, number, EmblemOptions][] = [
    ['icons/icon-192.png', 192, { scale: 1, corner: 0.18 }],
    ['icons/icon-512.png', 512, { scale: 1, corner: 0.18 }],
    // Maskable: full bleed, motif inside the central 80 % safe zone.
    ['icons/icon-maskable-512.png', 512, { scale: 0.8, corner: 0 }],
    // iOS draws its own rounded corners and shows transparency as black.
    ['icons/apple-touch-icon-180.png', 180, { scale: 0.9, corner: 0 }],
  ];
  for (const [file, size, options] of outputs) {
    writeFileSync(join(root, file), encodePng(size, size, renderEmblem(size, options)));
    console.log(`wrote public/${file}`);
  }
  writeFileSync(join(root, 'favicon.svg'), emblemSvg());
  console.log('wrote public/favicon.svg');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
