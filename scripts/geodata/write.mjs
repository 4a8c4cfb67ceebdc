// Deterministic GeoJSON text: fixed key order, coordinates rounded once more to the output
// precision (mapshaper already rounded them; this guards against float noise like ...0000001),
// one feature per line so that a regeneration shows up as a readable git diff.

export function roundTo(decimals) {
  const factor = 10 ** decimals;
  return (value) => Math.round(value * factor) / factor;
}

function roundCoordinates(coordinates, round) {
  if (typeof coordinates[0] === 'number') return coordinates.map(round);
  return coordinates.map((c) => roundCoordinates(c, round));
}

/** @param geometry a mapshaper Polygon or MultiPolygon */
export function cleanGeometry(geometry, decimals) {
  return {
    type: geometry.type,
    coordinates: roundCoordinates(geometry.coordinates, roundTo(decimals)),
  };
}

/**
 * @param {{ metadata: object, features: Array<{ id?: number, properties: object,
 *   geometry: object }> }} collection properties in the key order wanted in the file
 */
export function serializeFeatureCollection({ metadata, features }) {
  const lines = features.map((f) =>
    JSON.stringify({
      type: 'Feature',
      ...(f.id === undefined ? {} : { id: f.id }),
      properties: f.properties,
      geometry: f.geometry,
    }),
  );
  return (
    `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n` +
    `${lines.join(',\n')}\n]}\n`
  );
}
