import type { LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import { getZone, type PlanData } from '../../data/index.ts';
import { bboxOf } from '../../map/bbox';
import type { CountyCollection } from '../../map/geodata';
import type { CameraView, MapView } from '../../map/map-view';
import { LAYER_GROUPS, PLAN_LAYER, PLAN_SOURCE } from '../../map/plan-layers';
import { LAYER, SOURCE } from '../../map/style';
import {
  LAYER_GROUP_NAMES,
  type LayerGroupName,
  type SceneMapSpec,
} from '../../present/deck-schema';
import { industryHighlight } from '../plan/industry-model';

/** Layers a scene shows when it does not say (the plan's zones over the counties). */
export const DEFAULT_LAYERS: Record<LayerGroupName, boolean> = {
  counties: true,
  zones: true,
  projects: false,
  industries: false,
};

export interface Highlight {
  units: string[];
  zones: string[];
  projects: string[];
}

type Feature = { source: string; id: string };

/**
 * A scene's map on the shared map: camera, layer groups, highlighted units, zones and projects
 * (the `selected` feature-state the map style already draws), and the industry highlight.
 * Whatever it sets it takes back in `clear()`, and layer visibility returns to what the other
 * views had, so leaving the presenter leaves the atlas as it was.
 *
 * A zone without geometry (the twin park's areas known only by county) is highlighted through
 * its county, so that the audience still sees where it is.
 */
export class SceneMap {
  private lit: Feature[] = [];
  private industryCounties: string[] = [];
  private savedVisibility: Map<string, string> | null = null;
  private savedMaxBounds: LngLatBoundsLike | null | undefined = undefined;

  constructor(
    private readonly view: MapView,
    private readonly plan: PlanData,
    private readonly counties: CountyCollection,
  ) {}

  private get map() {
    return this.view.map;
  }

  /** Applies a scene's map: the camera flies (or jumps), the rest changes at once. */
  apply(
    spec: SceneMapSpec,
    highlight: Highlight,
    options: { animate: boolean; padding: PaddingOptions },
  ): void {
    this.setLayers({ ...DEFAULT_LAYERS, ...spec.layers });
    this.setHighlight(highlight);
    this.setIndustry(spec.industry ?? null);
    this.moveCamera(spec, highlight, options);
  }

  moveCamera(
    spec: SceneMapSpec,
    highlight: Highlight,
    options: { animate: boolean; padding: PaddingOptions },
  ): void {
    const camera = spec.camera;
    if (camera.center) {
      const view: CameraView = { center: camera.center, zoom: camera.zoom ?? 8 };
      if (camera.bearing !== undefined) view.bearing = camera.bearing;
      if (camera.pitch !== undefined) view.pitch = camera.pitch;
      this.view.moveCamera(view, options);
      return;
    }
    if (camera.bounds) {
      this.view.moveCamera({ bounds: camera.bounds, maxZoom: 14 }, options);
      return;
    }
    const bounds =
      (camera.fit === 'highlight' ? this.highlightBounds(highlight) : null) ??
      bboxOf(this.counties);
    // A single point (the high-tech zone's marker) is framed at a town's scale, a zone with
    // its county around it: the room must see where it is.
    const point = bounds[0] === bounds[2] && bounds[1] === bounds[3];
    this.view.moveCamera({ bounds, maxZoom: point ? 10 : 9.6 }, options);
  }

  /**
   * The part of the map the audience sees (not under the title or the panel), as bounds.
   * A saved view is kept this way, so it frames the same area on a laptop and a projector.
   */
  visibleBounds(padding: PaddingOptions): [number, number, number, number] {
    const canvas = this.map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const { top = 0, right = 0, bottom = 0, left = 0 } = padding;
    const nw = this.map.unproject([left, top]);
    const se = this.map.unproject([
      Math.max(left + 1, width - right),
      Math.max(top + 1, height - bottom),
    ]);
    const r = (v: number): number => Math.round(v * 1e5) / 1e5;
    return [r(nw.lng), r(se.lat), r(se.lng), r(nw.lat)];
  }

  /** The units, zones and projects a scene highlights, as ids (for editing and tests). */
  static highlightOf(spec: SceneMapSpec): Highlight {
    return {
      units: [...(spec.highlight?.units ?? [])],
      zones: [...(spec.highlight?.zones ?? [])],
      projects: [...(spec.highlight?.projects ?? [])],
    };
  }

  /** Which layer groups are on now. */
  layers(): Record<LayerGroupName, boolean> {
    const out = { ...DEFAULT_LAYERS };
    for (const group of LAYER_GROUP_NAMES) {
      const first = LAYER_GROUPS[group][0];
      if (first && this.map.getLayer(first))
        out[group] = this.map.getLayoutProperty(first, 'visibility') !== 'none';
    }
    return out;
  }

  private setLayers(layers: Record<LayerGroupName, boolean>): void {
    if (!this.savedVisibility) {
      this.savedVisibility = new Map();
      for (const group of LAYER_GROUP_NAMES) {
        for (const id of LAYER_GROUPS[group]) {
          if (!this.map.getLayer(id)) continue;
          const v = this.map.getLayoutProperty(id, 'visibility') as string | undefined;
          this.savedVisibility.set(id, v ?? 'visible');
        }
      }
    }
    for (const group of LAYER_GROUP_NAMES) {
      for (const id of LAYER_GROUPS[group]) {
        if (this.map.getLayer(id))
          this.map.setLayoutProperty(id, 'visibility', layers[group] ? 'visible' : 'none');
      }
    }
  }

  /** The features a highlight lights up: zones without geometry through their county. */
  featuresOf(highlight: Highlight): Feature[] {
    const out: Feature[] = highlight.units.map((id) => ({ source: SOURCE.counties, id }));
    for (const id of highlight.zones) {
      const zone = getZone(this.plan, id);
      if (!zone) continue;
      if (zone.geometry) out.push({ source: PLAN_SOURCE.zones, id });
      else if (zone.properties.county)
        out.push({ source: SOURCE.counties, id: zone.properties.county });
    }
    for (const id of highlight.projects) out.push({ source: PLAN_SOURCE.projects, id });
    return out;
  }

  /** Lights up exactly these features (and takes the previous ones back). */
  setHighlight(highlight: Highlight): void {
    for (const f of this.lit) this.setState(f, { selected: false });
    this.lit = this.featuresOf(highlight);
    for (const f of this.lit) this.setState(f, { selected: true });
  }

  private setIndustry(industry: string | null): void {
    for (const id of this.industryCounties)
      this.setState({ source: SOURCE.counties, id }, { industry: null });
    const hits = industry ? industryHighlight(this.plan, industry) : new Map<string, string>();
    this.industryCounties = [...hits.keys()];
    for (const [id, relation] of hits)
      this.setState({ source: SOURCE.counties, id }, { industry: relation });
  }

  private setState(f: Feature, state: Record<string, unknown>): void {
    if (!this.map.getSource(f.source)) return;
    this.map.setFeatureState({ source: f.source, id: f.id }, state);
  }

  private highlightBounds(highlight: Highlight): [number, number, number, number] | null {
    const geometries: GeoJSON.Geometry[] = [];
    for (const f of this.featuresOf(highlight)) {
      if (f.source === SOURCE.counties) {
        const unit = this.counties.features.find((c) => c.properties.adcode === f.id);
        if (unit) geometries.push(unit.geometry);
      } else if (f.source === PLAN_SOURCE.zones) {
        const geometry = getZone(this.plan, f.id)?.geometry;
        if (geometry) geometries.push(geometry);
      } else {
        const project = this.plan.projects.features.find((p) => p.properties.id === f.id);
        if (project?.geometry) geometries.push(project.geometry);
      }
    }
    if (geometries.length === 0) return null;
    return bboxOf({
      type: 'FeatureCollection',
      features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
    });
  }

  /**
   * Lets the camera go further east than the other views allow. Their limit keeps the edge of
   * the basemap data out of sight; a slide with a wide panel must frame the city in the part
   * of the screen left of the panel, which needs the camera's centre out over the sea, where
   * the background is sea-coloured anyway.
   */
  widenBounds(): void {
    if (this.savedMaxBounds !== undefined) return;
    const b = this.map.getMaxBounds();
    this.savedMaxBounds = b;
    if (!b) return;
    const dx = b.getEast() - b.getWest();
    const dy = b.getNorth() - b.getSouth();
    this.map.setMaxBounds([
      [b.getWest() - dx * 0.15, b.getSouth() - dy * 0.25],
      [b.getEast() + dx * 0.9, b.getNorth() + dy * 0.25],
    ]);
  }

  private savedTextSize: Map<string, unknown> | null = null;

  /**
   * Labels one and a half times as large, for the back of a briefing room (while presenting);
   * `false` puts the style's sizes back.
   */
  setLargeLabels(on: boolean): void {
    const layers = [LAYER.countyLabel, LAYER.neighbourLabel, PLAN_LAYER.zoneLabel];
    if (on && !this.savedTextSize) {
      this.savedTextSize = new Map();
      for (const id of layers) {
        if (!this.map.getLayer(id)) continue;
        const size: unknown = this.map.getLayoutProperty(id, 'text-size');
        this.savedTextSize.set(id, size);
        this.map.setLayoutProperty(id, 'text-size', scaleSize(size, 1.5));
      }
    } else if (!on && this.savedTextSize) {
      for (const [id, size] of this.savedTextSize) {
        if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'text-size', size);
      }
      this.savedTextSize = null;
    }
  }

  /** Takes back everything the scenes set: highlights, industry marks and layer visibility. */
  clear(): void {
    this.setLargeLabels(false);
    if (this.savedMaxBounds !== undefined) {
      this.map.setMaxBounds(this.savedMaxBounds);
      this.savedMaxBounds = undefined;
    }
    for (const f of this.lit) this.setState(f, { selected: false });
    this.lit = [];
    this.setIndustry(null);
    if (this.savedVisibility) {
      for (const [id, visibility] of this.savedVisibility) {
        if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visibility);
      }
      this.savedVisibility = null;
    }
  }

  /** The zone or unit under a click point (for toggling highlights while authoring). */
  hitAt(point: { x: number; y: number }): { kind: 'zone' | 'unit' | 'project'; id: string } | null {
    const layers = [PLAN_LAYER.projectPoint, PLAN_LAYER.zoneRing, PLAN_LAYER.zoneFill].filter(
      (id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none',
    );
    const top = layers.length
      ? this.map.queryRenderedFeatures([point.x, point.y], { layers })[0]
      : undefined;
    const id = top?.properties.id as unknown;
    if (top && typeof id === 'string') {
      return { kind: top.layer.id === PLAN_LAYER.projectPoint ? 'project' : 'zone', id };
    }
    const county = this.map.queryRenderedFeatures([point.x, point.y], {
      layers: LAYER_GROUPS.counties.filter((l) => this.map.getLayer(l)).slice(0, 1),
    })[0];
    const adcode = county?.properties.adcode as unknown;
    return typeof adcode === 'string' ? { kind: 'unit', id: adcode } : null;
  }
}

/**
 * A text size scaled: a number, or the output stops of a zoom `interpolate` (a zoom expression
 * cannot be wrapped in arithmetic, so its stops are scaled instead). Anything else is kept.
 */
export function scaleSize(size: unknown, k: number): unknown {
  if (typeof size === 'number') return Math.round(size * k * 10) / 10;
  if (!Array.isArray(size) || size[0] !== 'interpolate') return size;
  return size.map((v: unknown, i) =>
    i >= 4 && i % 2 === 0 && typeof v === 'number' ? Math.round(v * k * 10) / 10 : v,
  );
}
