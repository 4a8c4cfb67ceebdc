import type {} from './app-handle';
import countiesUrl from '../geodata/counties.geojson?url';
import contextUrl from '../geodata/context.geojson?url';
import { onLanguageChange, t } from './i18n';
import {
  GeodataError,
  loadGeoJson,
  validateContext,
  validateCounties,
  type ContextCollection,
  type CountyCollection,
} from './map/geodata';
import { MapView } from './map/map-view';
import { CountyPanel } from './ui/county-panel';
import { h } from './ui/dom';
import { Header } from './ui/header';
import { showFatalError } from './ui/error-view';
import { UnitList } from './ui/unit-list';

function geodataMessage(err: GeodataError): string {
  const key =
    err.kind === 'fetch'
      ? 'error.geodata.fetch'
      : err.kind === 'parse'
        ? 'error.geodata.parse'
        : 'error.geodata.invalid';
  return t(key, { file: err.file, detail: err.detail });
}

/** Builds the page: header, unit list, map and side panel. */
export async function startApp(root: HTMLElement): Promise<void> {
  const header = new Header();
  const sidebar = h('aside', { class: 'sidebar' });
  const mapEl = h('section', { class: 'map', id: 'map', 'aria-label': t('map.label') });
  const status = h('p', { class: 'status', role: 'status' }, t('app.loading'));
  mapEl.append(status);
  const layout = h('main', { class: 'layout' }, sidebar, mapEl);
  root.replaceChildren(header.element, layout);

  let counties: CountyCollection;
  let context: ContextCollection;
  try {
    [counties, context] = await Promise.all([
      loadGeoJson(countiesUrl, 'counties.geojson', validateCounties),
      loadGeoJson(contextUrl, 'context.geojson', validateContext),
    ]);
  } catch (err) {
    const message = err instanceof GeodataError ? geodataMessage(err) : String(err);
    console.error(message);
    showFatalError(root, message);
    return;
  }
  status.remove();

  let mapView: MapView;
  const panel = new CountyPanel(() => select(null));
  const list = new UnitList(
    counties,
    (adcode) => select(adcode, true),
    (adcode) => mapView.hoverCounty(adcode),
  );
  sidebar.append(list.element);
  layout.append(panel.element);

  function select(adcode: string | null, fly = false): void {
    const feature = counties.features.find((f) => f.properties.adcode === adcode) ?? null;
    mapView.selectCounty(feature ? adcode : null, fly);
    list.setSelected(feature ? adcode : null);
    if (feature) panel.show(feature);
    else panel.hide();
  }

  try {
    mapView = new MapView(mapEl, counties, context, { onSelectCounty: (adcode) => select(adcode) });
  } catch (err) {
    const message = t('error.map', { detail: err instanceof Error ? err.message : String(err) });
    console.error(message);
    showFatalError(root, message);
    return;
  }

  onLanguageChange((lang) => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
    list.render();
    panel.render();
    mapView.setLanguage(lang);
  });

  window.__zz = { mapView, header, selectCounty: (adcode) => select(adcode) };
}
