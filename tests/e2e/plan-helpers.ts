import type { Page } from 'playwright-core';

/**
 * Helpers for the plan e2e tests: click a map feature where the map itself projects it, read
 * a GeoJSON source and feature-state back from the live map.
 */

/** Screen point of a longitude/latitude, projected by the page's own map. */
export async function screenPoint(
  page: Page,
  lngLat: [number, number],
): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = window.__zz!.mapView.map;
    const p = map.project(ll);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);
}

/** The label point of a zone (inside its outline, or its marker), as the map has it. */
export async function zoneLabelPoint(page: Page, zoneId: string): Promise<[number, number]> {
  return page.evaluate((id) => {
    const map = window.__zz!.mapView.map;
    const f = map.querySourceFeatures('plan-zone-labels').find((x) => x.properties.id === id);
    if (!f || f.geometry.type !== 'Point') throw new Error(`${id} has no label point on the map`);
    const [lon, lat] = f.geometry.coordinates as [number, number];
    return [lon, lat] as [number, number];
  }, zoneId);
}

/** The geometry the map's zone source currently holds for a zone. */
export async function zoneGeometry(page: Page, zoneId: string): Promise<GeoJSON.Geometry | null> {
  return page.evaluate(async (id) => {
    const map = window.__zz!.mapView.map;
    const source = map.getSource('plan-zones') as unknown as {
      getData: () => Promise<GeoJSON.FeatureCollection>;
    };
    const data = await source.getData();
    return data.features.find((f) => f.properties?.id === id)?.geometry ?? null;
  }, zoneId);
}

/** The `drawn` property (indicative / official / point) of a zone on the map. */
export async function zoneDrawn(page: Page, zoneId: string): Promise<unknown> {
  return page.evaluate(async (id) => {
    const map = window.__zz!.mapView.map;
    const source = map.getSource('plan-zones') as unknown as {
      getData: () => Promise<GeoJSON.FeatureCollection>;
    };
    const data = await source.getData();
    const drawn: unknown = data.features.find((f) => f.properties?.id === id)?.properties?.drawn;
    return drawn;
  }, zoneId);
}

/** The `industry` feature-state of every county (adcode → exact / broader / absent). */
export async function industryStates(
  page: Page,
  adcodes: readonly string[],
): Promise<Record<string, unknown>> {
  return page.evaluate((codes) => {
    const map = window.__zz!.mapView.map;
    const out: Record<string, unknown> = {};
    for (const id of codes) {
      const state = map.getFeatureState({ source: 'counties', id }) as Record<string, unknown>;
      out[id] = state.industry ?? null;
    }
    return out;
  }, adcodes);
}
