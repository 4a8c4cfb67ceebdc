import type {} from './app-handle';
import countiesUrl from '../geodata/counties.geojson?url';
import contextUrl from '../geodata/context.geojson?url';
import { getLanguage, onLanguageChange, setLanguage, t } from './i18n';
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

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Builds the page: header, unit list, map and side panel. */
export async function startApp(root: HTMLElement): Promise<void> {
  const header = buildHeader();
  const sidebar = h('aside', { class: 'sidebar' });
  const mapEl = h('section', { class: 'map', id: 'map', 'aria-label': t('map.label') });
  const status = h('p', { class: 'status', role: 'status' }, t('app.loading'));
  mapEl.append(status);
  const layout = h('main', { class: 'layout' }, sidebar, mapEl);
  root.replaceChildren(header, layout);

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
    buildHeaderInto(header);
    list.render();
    panel.render();
    mapView.setLanguage(lang);
  });

  window.__zz = { mapView, selectCounty: (adcode) => select(adcode) };
}

function buildHeader(): HTMLElement {
  return buildHeaderInto(h('header', { class: 'topbar' }));
}

function buildHeaderInto(header: HTMLElement): HTMLElement {
  const lang = getLanguage();
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'btn btn--ghost',
      'data-action': 'toggle-language',
      'aria-label': t('lang.switch.label'),
    },
    t('lang.switch'),
  );
  toggle.addEventListener('click', () =>
    setLanguage(lang === 'en' ? 'zh-CN' : 'en', safeStorage()),
  );
  header.replaceChildren(
    h(
      'div',
      { class: 'topbar__titles' },
      h('h1', { class: 'topbar__title' }, t('app.title')),
      h('p', { class: 'topbar__subtitle' }, t('app.subtitle')),
    ),
    h('div', { class: 'topbar__actions' }, toggle),
  );
  return header;
}

export { safeStorage };
