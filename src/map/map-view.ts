import type {
  Map as MaplibreMap,
  MapGeoJSONFeature,
  MapMouseEvent,
  PaddingOptions,
} from 'maplibre-gl';
import maplibregl from './maplibre';
import { getLanguage, t, type Lang } from '../i18n';
import type { ContextCollection, CountyCollection } from './geodata';
import { LAYER, SOURCE, bilingualLabel, buildStyle } from './style';
import { bboxOf } from './bbox';
import { applyOnlineBasemap, type OnlineBasemapSpec } from './online-basemap';
import {
  CHOROPLETH_BEFORE,
  CHOROPLETH_LAYER,
  CHOROPLETH_STATE,
  choroplethClass,
  choroplethColor,
  choroplethLayer,
  type ChoroplethStyle,
} from './choropleth-layer';

/**
 * Owns the one maplibre Map of the page: its style, hover and selection state, and the
 * camera. Other modules ask it to do things; they never touch maplibre directly.
 */
export class MapView {
  readonly map: MaplibreMap;
  /** Called when the user clicks a unit on the map (or empty space: null). Views set it. */
  onSelectCounty: (adcode: string | null) => void = () => undefined;
  /**
   * When set, a view takes every click first (presenter mode, which must not select through
   * another view's handlers); returning true stops the usual handling.
   */
  interceptClick: ((e: MapMouseEvent) => boolean) | null = null;
  /** Overlays (zones, projects) that take a click before the county beneath them. */
  private readonly clickTargets: {
    layers: readonly string[];
    onClick: (feature: MapGeoJSONFeature) => void;
  }[] = [];
  private hovered: string | null = null;
  private selected: string | null = null;
  private readonly bounds: [number, number, number, number];
  private navigation: maplibregl.NavigationControl | null = null;
  private attributionControl: maplibregl.AttributionControl | null = null;

  constructor(
    container: HTMLElement,
    private readonly counties: CountyCollection,
    context: ContextCollection,
  ) {
    this.bounds = bboxOf(counties);
    this.map = new maplibregl.Map({
      container,
      style: buildStyle(counties, context, getLanguage()),
      bounds: this.bounds,
      // Keep the camera inside the basemap frame so the edge of the context data never shows.
      maxBounds: bboxOf(context),
      fitBoundsOptions: { padding: 32 },
      attributionControl: false,
      maxZoom: 14,
      minZoom: 5,
      dragRotate: false,
      pitchWithRotate: false,
      // Chinese labels come from local fonts too (no glyph server is configured).
      // maplibre's own control labels (zoom buttons, attribution), in the app's language.
      locale: mapLocale(),
      localIdeographFontFamily:
        "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif",
    });
    this.map.getCanvas().setAttribute('aria-label', t('map.label'));
    this.map.touchZoomRotate.disableRotation();
    this.addControls();
    this.bindPointer();
  }

  private addControls(): void {
    this.map.addControl(
      new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 140 }),
      'bottom-left',
    );
    this.addTranslatedControls();
  }

  /**
   * The controls with text (zoom buttons, attribution). maplibre reads their labels once, when a
   * control is added, so a language switch replaces them.
   */
  private addTranslatedControls(): void {
    if (this.navigation) this.map.removeControl(this.navigation);
    if (this.attributionControl) this.map.removeControl(this.attributionControl);
    this.navigation = new maplibregl.NavigationControl({ showCompass: false });
    this.attributionControl = new maplibregl.AttributionControl({
      compact: false,
      customAttribution: this.attribution(),
    });
    this.map.addControl(this.navigation, 'top-right');
    this.map.addControl(this.attributionControl, 'bottom-right');
  }

  private attribution(): string[] {
    return [t('map.attribution.counties'), t('map.attribution.land')];
  }

  private bindPointer(): void {
    this.map.on(
      'mousemove',
      LAYER.countyFill,
      (e: MapMouseEvent & { features?: MapGeoJSONFeature[] }) => {
        const adcode = e.features?.[0]?.properties?.adcode as string | undefined;
        this.hoverCounty(adcode ?? null);
        this.map.getCanvas().style.cursor = adcode ? 'pointer' : '';
      },
    );
    this.map.on('mouseleave', LAYER.countyFill, () => {
      this.hoverCounty(null);
      this.map.getCanvas().style.cursor = '';
    });
    this.map.on('click', (e) => {
      if (this.interceptClick?.(e)) return;
      for (const target of this.clickTargets) {
        // Hidden layers render nothing, so they never match; missing ones must be left out.
        const layers = target.layers.filter((id) => this.map.getLayer(id) !== undefined);
        const top = layers.length ? this.map.queryRenderedFeatures(e.point, { layers }) : [];
        if (top[0]) {
          target.onClick(top[0]);
          return;
        }
      }
      const hit = this.map.queryRenderedFeatures(e.point, { layers: [LAYER.countyFill] })[0];
      const adcode = (hit?.properties?.adcode as string | undefined) ?? null;
      this.onSelectCounty(adcode);
    });
  }

  /**
   * Routes clicks on these layers to `onClick` instead of selecting the county underneath
   * (the topmost feature under the pointer wins).
   */
  addClickTarget(layers: readonly string[], onClick: (feature: MapGeoJSONFeature) => void): void {
    this.clickTargets.push({ layers, onClick });
  }

  /** Hover-highlights a unit (from the map pointer or the unit list). */
  hoverCounty(adcode: string | null): void {
    if (adcode === this.hovered || !this.styleReady()) return;
    if (this.hovered)
      this.map.setFeatureState({ source: SOURCE.counties, id: this.hovered }, { hover: false });
    this.hovered = adcode;
    if (adcode) this.map.setFeatureState({ source: SOURCE.counties, id: adcode }, { hover: true });
  }

  /** Highlights a unit (or none) and, when asked, moves the camera to it. */
  selectCounty(adcode: string | null, fly = false): void {
    // Feature state needs the style: a selection from the address (#/atlas?unit=…) can come
    // before it has loaded, and is then applied once it has.
    if (!this.styleReady()) {
      this.selected = adcode;
      void this.map.once('style.load', () => {
        const pending = this.selected;
        this.selected = null;
        this.selectCounty(pending, fly);
      });
      return;
    }
    if (this.selected)
      this.map.setFeatureState({ source: SOURCE.counties, id: this.selected }, { selected: false });
    this.selected = adcode;
    if (!adcode) return;
    this.map.setFeatureState({ source: SOURCE.counties, id: adcode }, { selected: true });
    if (fly) {
      const feature = this.counties.features.find((f) => f.properties.adcode === adcode);
      if (feature) {
        this.map.fitBounds(bboxOf({ type: 'FeatureCollection', features: [feature] }), {
          padding: 80,
          maxZoom: 10,
          duration: prefersReducedMotion() ? 0 : 800,
        });
      }
    }
  }

  /** Whether the style has loaded, so that feature state and layout properties can be set. */
  private styleReady(): boolean {
    return this.map.style?._loaded === true;
  }

  /**
   * Runs `fn` as soon as the style's layers exist: now, or in the 'style.load' event, after the
   * handlers that add their own layers then (PlanMap's `on` listener; maplibre calls `on`
   * listeners before `once` ones). Not the next 'idle': the map can report itself loaded, and a
   * busy machine paint frames, well before that event comes.
   */
  whenStyleReady(fn: () => void): void {
    if (this.styleReady()) fn();
    else void this.map.once('style.load', fn);
  }

  /** Fits the whole city; `animate` false jumps (used when the map first gets its real size). */
  fitCity(animate = true): void {
    const duration = animate && !prefersReducedMotion() ? 600 : 0;
    this.map.fitBounds(this.bounds, { padding: 32, duration });
  }

  /**
   * Moves the camera to a view (center and zoom) or fits bounds: flies there when `animate`,
   * and jumps when not or when the user prefers reduced motion. Used by presenter scenes.
   */
  moveCamera(
    target: CameraTarget,
    options: { animate: boolean; padding?: PaddingOptions; durationMs?: number },
  ): void {
    const animate = options.animate && !prefersReducedMotion();
    const padding = options.padding ?? { top: 32, right: 32, bottom: 32, left: 32 };
    this.map.stop();
    if ('bounds' in target) {
      this.map.fitBounds(target.bounds, {
        padding,
        maxZoom: target.maxZoom ?? 12,
        bearing: 0,
        pitch: 0,
        duration: animate ? (options.durationMs ?? 1400) : 0,
        essential: false,
      });
      return;
    }
    const view = {
      center: target.center,
      zoom: target.zoom,
      bearing: target.bearing ?? 0,
      pitch: target.pitch ?? 0,
      padding,
    };
    if (animate) this.map.flyTo({ ...view, duration: options.durationMs ?? 1600 });
    else this.map.jumpTo(view);
  }

  /** The camera now, as a view that `moveCamera` returns to. */
  cameraView(): CameraView {
    const c = this.map.getCenter();
    return {
      center: [c.lng, c.lat],
      zoom: this.map.getZoom(),
      bearing: this.map.getBearing(),
      pitch: this.map.getPitch(),
    };
  }

  setLanguage(lang: Lang): void {
    if (!this.styleReady()) {
      void this.map.once('style.load', () => this.setLanguage(getLanguage()));
      return;
    }
    for (const layer of [LAYER.countyLabel, LAYER.neighbourLabel]) {
      this.map.setLayoutProperty(layer, 'text-field', bilingualLabel(lang));
    }
    this.map.getCanvas().setAttribute('aria-label', t('map.label'));
    this.map._locale = { ...this.map._locale, ...mapLocale() };
    this.addTranslatedControls();
  }

  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.map.loaded() && this.map.areTilesLoaded() && !this.map.isMoving()) resolve();
      else void this.map.once('idle', () => resolve());
    });
  }

  // ── County choropleth (workbench, issue 5; see choropleth-layer.ts) ─────────────────────
  private choropleth: { values: ReadonlyMap<string, number>; style: ChoroplethStyle } | null = null;
  private choroplethStyleKey = '';
  private choroplethListening = false;
  /** Each county's class on screen: a new value in the same class needs no repaint. */
  private readonly choroplethShown = new Map<string, number>();

  /**
   * Colours each county by its value (e.g. its probability of meeting the target) in the classes
   * of `style`, or removes the colouring (null). Only its own layer and feature-state key are
   * touched, so the atlas's layers, hover and selection are undisturbed. Survives style reloads.
   */
  setCountyChoropleth(values: ReadonlyMap<string, number> | null, style?: ChoroplethStyle): void {
    this.choropleth = values && style ? { values, style } : null;
    if (!this.choroplethListening) {
      this.choroplethListening = true;
      this.map.on('style.load', () => {
        this.choroplethStyleKey = '';
        this.choroplethShown.clear();
        this.applyChoropleth();
      });
    }
    if (this.styleReady()) this.applyChoropleth();
  }

  private applyChoropleth(): void {
    const map = this.map;
    const current = this.choropleth;
    if (!current) {
      if (map.getLayer(CHOROPLETH_LAYER)) map.removeLayer(CHOROPLETH_LAYER);
      this.choroplethStyleKey = '';
      this.choroplethShown.clear();
      // Null rather than removeFeatureState: maplibre 5 throws when it coalesces the removal of
      // a key from a feature that never had state.
      for (const f of this.counties.features)
        map.setFeatureState(
          { source: SOURCE.counties, id: f.properties.adcode },
          { [CHOROPLETH_STATE]: null },
        );
      return;
    }
    const key = JSON.stringify(current.style);
    if (!map.getLayer(CHOROPLETH_LAYER)) {
      const before = map.getLayer(CHOROPLETH_BEFORE) ? CHOROPLETH_BEFORE : undefined;
      map.addLayer(choroplethLayer(current.style), before);
    } else if (key !== this.choroplethStyleKey) {
      map.setPaintProperty(CHOROPLETH_LAYER, 'fill-color', choroplethColor(current.style));
    }
    if (key !== this.choroplethStyleKey) this.choroplethShown.clear();
    this.choroplethStyleKey = key;
    // Only counties whose colour class changed get a new state: every feature-state change
    // repaints the map, which on a machine without a GPU took CPU from the simulation workers
    // on every slider move, while most moves keep every county in its class.
    for (const f of this.counties.features) {
      const id = f.properties.adcode;
      const value = current.values.get(id);
      const shown = value !== undefined && Number.isFinite(value) ? value : null;
      const k = choroplethClass(shown, current.style);
      if (this.choroplethShown.get(id) === k) continue;
      this.choroplethShown.set(id, k);
      map.setFeatureState({ source: SOURCE.counties, id }, { [CHOROPLETH_STATE]: shown });
    }
  }

  // ── Optional online basemap (platform, issue 7; see online-basemap.ts) ──────────────────
  private countyOpacity: unknown;

  /**
   * Draws a user's online basemap beneath the county fills, or removes it (null). While it
   * shows, the county fills turn translucent so that the basemap shows through them.
   */
  setOnlineBasemap(spec: OnlineBasemapSpec | null): void {
    const apply = (): void => {
      this.countyOpacity ??= this.map.getPaintProperty(LAYER.countyFill, 'fill-opacity');
      applyOnlineBasemap(this.map, spec, LAYER.neighbourLine);
      const opacity = spec ? 0.55 : this.countyOpacity;
      this.map.setPaintProperty(LAYER.countyFill, 'fill-opacity', opacity);
    };
    if (this.map.style._loaded) apply();
    else void this.map.once('style.load', apply);
  }
}

export interface CameraView {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
}
export type CameraTarget =
  CameraView | { bounds: [number, number, number, number]; maxZoom?: number };

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** maplibre's UI strings that the app's map shows, in the current language. */
function mapLocale(): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'NavigationControl.ResetBearing': t('map.resetBearing'),
    'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
    'Map.Title': t('map.label'),
  };
}
