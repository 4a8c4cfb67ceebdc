// Renders geodata/context.geojson and geodata/counties.geojson to a PNG, for a human to look at.
// Draws an SVG (equirectangular, x scaled by cos(latitude)) and screenshots it in the system
// Chromium via playwright-core from the app's node_modules; no network is used.
//
//   node scripts/geodata/preview.mjs [out.png] [--bbox=w,s,e,n] [--overlay=lines.geojson]
//
// --overlay draws the rings or lines of another GeoJSON file in red, e.g. the OSM coastline.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { OUT_DIR, REPO_ROOT } from './config.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const outFile = path.resolve(
  args.find((a) => !a.startsWith('--')) ?? path.join(REPO_ROOT, 'tests/output/geodata.png'),
);
const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const counties = read(path.join(OUT_DIR, 'counties.geojson'));
const context = read(path.join(OUT_DIR, 'context.geojson'));
const overlay = option('overlay') ? read(option('overlay')) : null;
const bbox = (option('bbox') ?? '115.4,22.6,119.55,26.0').split(',').map(Number);

const WIDTH = 1400;
const cosLat = Math.cos((((bbox[1] + bbox[3]) / 2) * Math.PI) / 180);
const scale = WIDTH / ((bbox[2] - bbox[0]) * cosLat);
const HEIGHT = Math.round((bbox[3] - bbox[1]) * scale);
const px = ([lon, lat]) =>
  `${((lon - bbox[0]) * cosLat * scale).toFixed(1)},${((bbox[3] - lat) * scale).toFixed(1)}`;

function ringsOf(geometry) {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'LineString':
      return [geometry.coordinates];
    default:
      return [];
  }
}
const pathOf = (geometry) =>
  ringsOf(geometry)
    .map((ring) => `M${ring.map(px).join('L')}Z`)
    .join('');

// 11 distinct fills (ColorBrewer Set3), one per unit.
const palette = [
  '#8dd3c7',
  '#ffffb3',
  '#bebada',
  '#fb8072',
  '#80b1d3',
  '#fdb462',
  '#b3de69',
  '#fccde5',
  '#d9d9d9',
  '#bc80bd',
  '#ccebc5',
];
const shapes = [];
const labels = [];
for (const f of context.features) {
  const isLand = f.properties.role === 'land';
  shapes.push(
    `<path d="${pathOf(f.geometry)}" fill="${isLand ? '#e8e4d8' : '#d6d2c4'}" ` +
      `stroke="${isLand ? 'none' : '#9a958a'}" stroke-width="0.8" fill-rule="evenodd"/>`,
  );
  if (!isLand) {
    const [x, y] = px([f.properties.label_lon, f.properties.label_lat]).split(',');
    labels.push(`<text x="${x}" y="${y}" fill="#6b665c">${f.properties.name_zh}</text>`);
  }
}
counties.features.forEach((f, i) => {
  shapes.push(
    `<path d="${pathOf(f.geometry)}" fill="${palette[i % palette.length]}" fill-opacity="0.85" ` +
      `stroke="#333" stroke-width="0.8" fill-rule="evenodd"/>`,
  );
  const [x, y] = px([f.properties.label_lon, f.properties.label_lat]).split(',');
  labels.push(
    `<circle cx="${x}" cy="${y}" r="2.5" fill="#000"/>` +
      `<text x="${x}" y="${Number(y) - 6}" font-weight="bold">${f.properties.name_zh}</text>` +
      `<text x="${x}" y="${Number(y) + 14}" font-size="11">${f.properties.name_en}</text>`,
  );
});
if (overlay) {
  for (const f of overlay.features ?? [overlay]) {
    shapes.push(
      `<path d="${pathOf(f.geometry)}" fill="none" stroke="#d00" stroke-width="1" ` +
        `stroke-opacity="0.8"/>`,
    );
  }
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
<rect width="100%" height="100%" fill="#b9d3e8"/>${shapes.join('\n')}
<g font-family="WenQuanYi Zen Hei, Noto Sans CJK SC, sans-serif" font-size="14"
 text-anchor="middle">${labels.join('\n')}</g></svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  await page.screenshot({ path: outFile });
  console.log(`wrote ${path.relative(process.cwd(), outFile)} (${WIDTH}x${HEIGHT})`);
} finally {
  await browser.close();
}
