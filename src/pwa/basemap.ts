import type { ErrorEvent as MapErrorEvent } from 'maplibre-gl';
import { onLanguageChange, t, type MessageKey } from '../i18n';
import type { MapView } from '../map/map-view';
import {
  BASEMAP_PREFIX,
  basemapAttribution,
  rasterBasemap,
  styleBasemap,
  type OnlineBasemapSetting,
  type OnlineBasemapSpec,
} from '../map/online-basemap';
import type { Notices } from '../ui/notices';
import { loadBasemapSetting, saveBasemapSetting } from './basemap-setting';
import { admittedOrigin, cspMetas, tightenCsp } from './csp-policy';

/** True when every policy on the page lets `origin` connect (no policy at all: dev mode). */
export function policiesAdmit(policies: readonly string[], origin: string): boolean {
  return policies.every((policy) => {
    const connect = policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([name]) => name === 'connect-src');
    return connect !== undefined && connect.slice(1).includes(origin);
  });
}

/**
 * Owns the optional online basemap: reads the setting, builds the layers (fetching a style JSON
 * when the setting is a style) and hands them to the map; reports failures as notices.
 * A server the page's CSP does not admit yet is only drawn after a reload (see `update`).
 */
export class BasemapController {
  private setting: OnlineBasemapSetting;
  private mapView: MapView | null = null;
  private failureShown = false;

  constructor(
    private readonly notices: Notices,
    private readonly storage: Storage | null,
  ) {
    this.setting = loadBasemapSetting(storage);
    // The attribution (with the GCJ-02 offset warning) is in the current language.
    onLanguageChange(() => void this.apply());
  }

  get current(): OnlineBasemapSetting {
    return { ...this.setting };
  }

  attach(mapView: MapView): void {
    this.mapView = mapView;
    mapView.map.on('error', (e: MapErrorEvent & { sourceId?: string }) => {
      if (!e.sourceId?.startsWith(BASEMAP_PREFIX)) {
        // With a listener attached maplibre no longer logs errors itself: keep them visible.
        console.error(e.error);
        return;
      }
      console.warn('online basemap:', e.error.message);
      if (this.failureShown) return;
      this.failureShown = true;
      const origin = admittedOrigin(this.setting) ?? '';
      this.notices.show({
        id: 'basemap-failed',
        level: 'warning',
        message: () => t('basemap.failed', { origin }),
      });
    });
    void this.apply();
  }

  /**
   * Saves a new setting and applies it. Returns 'reload' when it admits a server this page's
   * policy does not (the caller reloads; public/csp.js then admits it). Switching the basemap
   * off takes effect at once and narrows the page's policy at once.
   */
  async update(next: OnlineBasemapSetting): Promise<'applied' | 'reload'> {
    saveBasemapSetting(this.storage, next);
    this.setting = { ...next };
    const origin = admittedOrigin(next);
    if (origin && !policiesAdmit(cspMetas(), origin)) return 'reload';
    if (!origin && cspMetas().length > 0) tightenCsp();
    this.failureShown = false;
    await this.apply();
    return 'applied';
  }

  private async apply(): Promise<void> {
    const mapView = this.mapView;
    if (!mapView) return;
    const setting = this.setting;
    const origin = admittedOrigin(setting);
    if (!origin || !policiesAdmit(cspMetas(), origin)) {
      mapView.setOnlineBasemap(null);
      return;
    }
    const attribution = basemapAttribution(setting, t('basemap.attribution.offset'));
    const spec =
      setting.kind === 'tiles'
        ? rasterBasemap(setting.url, attribution)
        : await this.styleSpec(setting.url, origin, attribution);
    // The setting may have changed while the style was downloading.
    if (setting === this.setting) mapView.setOnlineBasemap(spec);
  }

  private async styleSpec(
    url: string,
    origin: string,
    attribution: string,
  ): Promise<OnlineBasemapSpec | null> {
    let json: unknown;
    try {
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      json = await response.json();
    } catch (err) {
      this.warn('basemap.error.style-fetch', { detail: describe(err) });
      return null;
    }
    const result = styleBasemap(json, url, origin, attribution);
    if (!result.ok) {
      this.warn('basemap.error.style-invalid', { detail: result.detail });
      return null;
    }
    if (result.spec.skipped > 0) {
      const count = result.spec.skipped;
      this.notices.show({
        id: 'basemap-skipped',
        level: 'info',
        message: () => t('basemap.style.skipped', { count }),
      });
    }
    return result.spec;
  }

  private warn(key: MessageKey, params: Record<string, string>): void {
    console.warn('online basemap:', t(key, params));
    this.notices.show({ id: 'basemap-failed', level: 'warning', message: () => t(key, params) });
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
