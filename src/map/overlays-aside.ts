/**
 * The plan overlays (zones, projects) step aside while a county choropleth shows (the
 * workbench's county map, compare's difference map): their rings, dots and labels would cover
 * the county colours. They are hidden as soon as the style has them, and the returned function
 * puts back exactly the visibility each had (and cancels the hiding if it has not happened yet).
 */
import type { MapView } from './map-view';
import { LAYER_GROUPS } from './plan-layers';

const OVERLAY_LAYERS: readonly string[] = [...LAYER_GROUPS.zones, ...LAYER_GROUPS.projects];

export function setPlanOverlaysAside(mapView: MapView): () => void {
  const hidden = new Map<string, unknown>();
  let restored = false;
  mapView.whenStyleReady(() => {
    if (restored) return;
    const map = mapView.map;
    for (const id of OVERLAY_LAYERS) {
      if (!map.getLayer(id) || hidden.has(id)) continue;
      hidden.set(id, map.getLayoutProperty(id, 'visibility'));
      map.setLayoutProperty(id, 'visibility', 'none');
    }
  });
  return () => {
    restored = true;
    const map = mapView.map;
    for (const [id, visibility] of hidden) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility ?? 'visible');
    }
    hidden.clear();
  };
}
