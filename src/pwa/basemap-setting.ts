import {
  DEFAULT_BASEMAP,
  parseBasemapSetting,
  type OnlineBasemapSetting,
} from '../map/online-basemap';
import { BASEMAP_STORAGE_KEY } from './csp-policy';

/**
 * The online basemap setting lives in localStorage, not IndexedDB: public/csp.js must read it
 * synchronously, before anything loads, to write the one policy the page will have.
 */
export function loadBasemapSetting(storage: Pick<Storage, 'getItem'> | null): OnlineBasemapSetting {
  try {
    const raw = storage?.getItem(BASEMAP_STORAGE_KEY);
    return raw ? parseBasemapSetting(JSON.parse(raw)) : { ...DEFAULT_BASEMAP };
  } catch {
    return { ...DEFAULT_BASEMAP };
  }
}

/** Saves the setting; false when the browser refuses (private mode): it then lasts this page only. */
export function saveBasemapSetting(
  storage: Pick<Storage, 'setItem'> | null,
  setting: OnlineBasemapSetting,
): boolean {
  try {
    if (!storage) return false;
    storage.setItem(BASEMAP_STORAGE_KEY, JSON.stringify(setting));
    return true;
  } catch {
    return false;
  }
}
