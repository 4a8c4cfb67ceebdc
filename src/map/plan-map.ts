import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { Feature, Geometry } from 'geojson';
import type { PlanData } from '../data/index.ts';
import { getLanguage, onLanguageChange, tIn, type Lang } from '../i18n';
import { bboxOf } from './bbox';
import { hatchPattern } from './hatch-pattern';
import type { MapView } from './map-view';
import { planPalette } from './palette';
import {
  CLICKABLE_PLAN_LAYERS,
  HATCH_IMAGE,
  LAYER_GROUPS,
  PLAN_LAYER,
  PLAN_SOURCE,
  planLayers,
  projectLabelField,
  projectMapData,
  zoneLabelData,
  zoneLabelField,
  zoneMapData,
  type ImportedOutline,
  type LayerGroup,
} from './plan-layers';
import { SOURCE } from './style';

export type IndustryRelationOnMap = 'exact' | 'broader';
export type PlaceKind = 'zone' | 'project';

/**
 * The plan on the shared map: zones, projects, the industry highlight on the counties and
 * imported zone boundaries. Owns only its own sources and layers; the counties stay MapView's.
 * Everything is re-applied when a style (re)loads, so state set early is never lost.
 */
export class PlanMap {
  /** Called when a zone or project is clicked on the map. Views set it. */
  onSelectPlace: (kind: PlaceKind, id: string) => void = () => undefined;
  private readonly imported = new Map<string, ImportedOutline>();
  private industry = new Map<string, IndustryRelationOnMap>();
  private selected: { kind: PlaceKind; id: string } | null = null;
  private readonly visible: Record<LayerGroup, boolean> = {
    counties: true,
    zones: true,
    projects: true,
    industries: true,
  };

  constructor(
    private readonly view: MapView,
    private readonly plan: PlanData,
  ) {
    const map = view.map;
    map.on('style.load', () => this.install());
    if (map.isStyleLoaded() === true) this.install();
    view.addClickTarget(CLICKABLE_PLAN_LAYERS, (feature) => {
      const id = feature.properties.id as unknown;
      if (typeof id !== 'string') return;
      this.onSelectPlace(feature.layer.id === PLAN_LAYER.projectPoint ? 'project' : 'zone', id);
    });
    for (const layer of CLICKABLE_PLAN_LAYERS) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
    onLanguageChange((lang) => this.setLanguage(lang));
  }

  private get map(): MaplibreMap {
    return this.view.map;
  }

  private zoneData() {
    // The tag is bilingual on purpose ("示意 / indicative"): a printout or a projected
    // screenshot must say it is indicative whatever the language of the audience.
    const both = (key: 'plan.map.indicative' | 'plan.map.imported'): string =>
      `${tIn('zh-CN', key)} / ${tIn('en', key)}`;
    return zoneMapData(this.plan.zones.features, this.imported, {
      indicative: both('plan.map.indicative'),
      imported: both('plan.map.imported'),
    });
  }

  private install(): void {
    const map = this.map;
    if (map.getSource(PLAN_SOURCE.zones)) return;
    if (!map.hasImage(HATCH_IMAGE))
      map.addImage(HATCH_IMAGE, hatchPattern(12, planPalette.industry, 2.5));
    const zones = this.zoneData();
    map.addSource(PLAN_SOURCE.zones, { type: 'geojson', data: zones, promoteId: 'id' });
    map.addSource(PLAN_SOURCE.zoneLabels, { type: 'geojson', data: zoneLabelData(zones) });
    map.addSource(PLAN_SOURCE.projects, {
      type: 'geojson',
      data: projectMapData(this.plan.projects.features),
      promoteId: 'id',
    });
    for (const { layer, before } of planLayers(getLanguage())) {
      map.addLayer(layer, before !== null && map.getLayer(before) ? before : undefined);
    }
    for (const group of Object.keys(this.visible) as LayerGroup[]) this.applyVisibility(group);
    this.applyIndustry(new Map());
    this.applySelection(true);
  }

  private get installed(): boolean {
    return this.map.getSource(PLAN_SOURCE.zones) !== undefined;
  }

  /** Shows or hides one group of layers (the layers panel's checkboxes). */
  setVisible(group: LayerGroup, visible: boolean): void {
    this.visible[group] = visible;
    if (this.installed) this.applyVisibility(group);
  }

  isVisible(group: LayerGroup): boolean {
    return this.visible[group];
  }

  private applyVisibility(group: LayerGroup): void {
    for (const id of LAYER_GROUPS[group]) {
      if (this.map.getLayer(id))
        this.map.setLayoutProperty(id, 'visibility', this.visible[group] ? 'visible' : 'none');
    }
  }

  /** Highlights counties by how their plan relates to the chosen industry (empty: none). */
  setIndustry(highlight: ReadonlyMap<string, IndustryRelationOnMap>): void {
    const previous = this.industry;
    this.industry = new Map(highlight);
    if (this.installed) this.applyIndustry(previous);
  }

  private applyIndustry(previous: ReadonlyMap<string, IndustryRelationOnMap>): void {
    for (const adcode of previous.keys()) {
      if (!this.industry.has(adcode))
        this.map.setFeatureState({ source: SOURCE.counties, id: adcode }, { industry: null });
    }
    for (const [adcode, relation] of this.industry) {
      this.map.setFeatureState({ source: SOURCE.counties, id: adcode }, { industry: relation });
    }
  }

  /** Marks a zone or project as selected (or nothing), optionally moving the camera to it. */
  select(kind: PlaceKind | null, id: string | null, fly = false): void {
    const next = kind && id ? { kind, id } : null;
    if (this.installed && this.selected) this.setSelectedState(this.selected, false);
    this.selected = next;
    this.applySelection(fly);
  }

  private applySelection(fly: boolean): void {
    if (!this.selected || !this.installed) return;
    this.setSelectedState(this.selected, true);
    if (fly) this.flyTo(this.selected);
  }

  private setSelectedState(place: { kind: PlaceKind; id: string }, on: boolean): void {
    const source = place.kind === 'zone' ? PLAN_SOURCE.zones : PLAN_SOURCE.projects;
    if (this.geometryOf(place))
      this.map.setFeatureState({ source, id: place.id }, { selected: on });
  }

  private geometryOf(place: { kind: PlaceKind; id: string }): Geometry | null {
    if (place.kind === 'zone') {
      const own = this.imported.get(place.id);
      if (own) return own.geometry;
      return this.plan.zones.features.find((f) => f.properties.id === place.id)?.geometry ?? null;
    }
    return this.plan.projects.features.find((f) => f.properties.id === place.id)?.geometry ?? null;
  }

  private flyTo(place: { kind: PlaceKind; id: string }): void {
    const geometry = this.geometryOf(place);
    if (!geometry) return;
    const duration = matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 700;
    if (geometry.type === 'Point') {
      const [lon = 0, lat = 0] = geometry.coordinates;
      this.map.easeTo({ center: [lon, lat], zoom: Math.max(this.map.getZoom(), 9.5), duration });
      return;
    }
    const feature: Feature = { type: 'Feature', properties: {}, geometry };
    this.map.fitBounds(bboxOf({ type: 'FeatureCollection', features: [feature] }), {
      padding: 80,
      maxZoom: 11,
      duration,
    });
  }

  /** Draws an imported boundary in place of the zone's indicative outline. */
  setImportedOutline(zoneId: string, outline: ImportedOutline | null): void {
    if (outline) this.imported.set(zoneId, outline);
    else this.imported.delete(zoneId);
    if (!this.installed) return;
    const zones = this.zoneData();
    (this.map.getSource(PLAN_SOURCE.zones) as GeoJSONSource).setData(zones);
    (this.map.getSource(PLAN_SOURCE.zoneLabels) as GeoJSONSource).setData(zoneLabelData(zones));
    this.applySelection(false);
  }

  private setLanguage(lang: Lang): void {
    if (!this.installed) return;
    this.map.setLayoutProperty(PLAN_LAYER.zoneLabel, 'text-field', zoneLabelField(lang));
    this.map.setLayoutProperty(PLAN_LAYER.projectLabel, 'text-field', projectLabelField(lang));
  }
}
