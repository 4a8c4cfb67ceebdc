import type { MapView } from './map/map-view';
import type { Header } from './ui/header';

/**
 * What the page exposes on `window.__zz` for the end-to-end tests and for debugging from the
 * console. Only handles to existing objects: nothing here changes behaviour.
 */
export interface AppHandle {
  mapView: MapView;
  header: Header;
  selectCounty: (adcode: string | null) => void;
}

declare global {
  interface Window {
    __zz?: AppHandle;
  }
}
