import type { MapView } from './map/map-view';
import type { Header } from './ui/header';
import type { Route, Router } from './ui/router';

/**
 * What the page exposes on `window.__zz` for the end-to-end tests and for debugging from the
 * console. Only handles to existing objects: nothing here changes behaviour.
 */
export interface AppHandle {
  mapView: MapView;
  header: Header;
  router: Router;
  navigate: (route: Route) => void;
}

declare global {
  interface Window {
    __zz?: AppHandle;
  }
}
