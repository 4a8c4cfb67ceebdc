import './csp-compat';
import { t } from '../i18n';
import type { MapView } from '../map/map-view';
import { appStorage, downloadBackup, type AppStorage, type StorageProblem } from '../state/storage';
import type { Header } from '../ui/header';
import { notices, type Notices } from '../ui/notices';
import { safeStorage } from '../ui/safe-storage';
import { SettingsDialog } from '../ui/settings-dialog';
import { BasemapController } from './basemap';
import { logCspViolations } from './csp-policy';
import { startServiceWorker } from './register-sw';

/**
 * The platform under the features: offline (service worker and update prompt), the CSP
 * violation log, storage with its warnings, and the settings dialog with the optional online
 * basemap. app.ts starts it once and hands it the map when the map exists.
 */
export interface Platform {
  notices: Notices;
  /** Resolves to the page's storage (IndexedDB, or memory after a warning). */
  storage: Promise<AppStorage>;
  attachMap(mapView: MapView): void;
}

/** Handles for the end-to-end tests and the console; nothing here changes behaviour. */
export interface PlatformHandle {
  notices: Notices;
  storage: AppStorage | null;
  settings: SettingsDialog;
}

declare global {
  interface Window {
    __zzPlatform?: PlatformHandle;
  }
}

const PROBLEM_TEXT: Record<StorageProblem['kind'], Parameters<typeof t>[0]> = {
  quota: 'storage.quota',
  unavailable: 'storage.unavailable',
  blocked: 'storage.blocked',
  failed: 'storage.failed',
  versionchange: 'storage.versionchange',
};

function warnAboutStorage(n: Notices, storage: AppStorage, problem: StorageProblem): void {
  n.show({
    id: 'storage-problem',
    level: 'warning',
    message: () => t(PROBLEM_TEXT[problem.kind]),
    actions: [
      {
        label: () => t('storage.export'),
        run: () =>
          downloadBackup(storage).catch((err: unknown) => {
            n.show({
              id: 'storage-export-failed',
              level: 'error',
              message: () => t('storage.export.failed', { detail: String(err) }),
            });
          }),
      },
    ],
  });
}

export function startPlatform(header: Header): Platform {
  const n = notices();
  logCspViolations();
  startServiceWorker(n);
  const storage = appStorage();
  const basemap = new BasemapController(n, safeStorage());
  const settings = new SettingsDialog({
    basemap: () => basemap.current,
    saveBasemap: async (setting) => {
      if ((await basemap.update(setting)) === 'reload') window.location.reload();
    },
    inMemoryOnly: () => handle.storage?.mode === 'memory',
    exportAll: async () => downloadBackup(await storage),
    importAll: async (json) => (await storage).importAll(json),
  });
  header.addAction(settings.createButton());
  const handle: PlatformHandle = { notices: n, storage: null, settings };
  window.__zzPlatform = handle;
  void storage.then((s) => {
    handle.storage = s;
    s.onProblem((problem) => warnAboutStorage(n, s, problem));
  });
  return { notices: n, storage, attachMap: (mapView) => basemap.attach(mapView) };
}
