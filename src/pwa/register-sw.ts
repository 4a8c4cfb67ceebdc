/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { t } from '../i18n';
import type { Notices } from '../ui/notices';

/**
 * Registers the service worker (production build only; in dev the virtual module is a no-op)
 * and turns its events into notices:
 * - first install: "ready to work offline";
 * - a new version waiting: "update available" with an "Update now" button. Nothing changes
 *   until someone presses it: never a silent swap in the middle of a briefing;
 * - the new version activated from another window: this window is not reloaded behind the
 *   presenter's back; it offers a reload instead.
 */
export function startServiceWorker(notices: Notices): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  let updateRequestedHere = false;
  let reloading = false;
  const reload = (): void => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };

  // Our own watch on the controller rather than the plugin's `onNeedReload`, which only fires
  // for pages that were already controlled when they loaded: a page open since its very first
  // visit (a briefing-room PC left on for days) would otherwise keep running the old code
  // under the new worker, silently.
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const replaced = controller !== null;
    controller = navigator.serviceWorker.controller;
    // The first install claiming the page changes nothing the user sees.
    if (!replaced) return;
    if (updateRequestedHere) {
      reload();
      return;
    }
    notices.dismiss('pwa-update');
    notices.show({
      id: 'pwa-update-elsewhere',
      level: 'info',
      message: () => t('pwa.update.elsewhere'),
      actions: [{ label: () => t('pwa.reload'), run: reload }],
    });
  });

  const updateServiceWorker = registerSW({
    immediate: true,
    onOfflineReady() {
      notices.show({
        id: 'pwa-offline-ready',
        level: 'info',
        message: () => t('pwa.offline.ready'),
      });
    },
    onNeedRefresh() {
      notices.dismiss('pwa-offline-ready');
      notices.show({
        id: 'pwa-update',
        level: 'info',
        message: () => t('pwa.update.available'),
        actions: [
          {
            label: () => t('pwa.update.button'),
            run: () => {
              updateRequestedHere = true;
              return updateServiceWorker();
            },
          },
        ],
      });
    },
    // Never the plugin's default (reload every window at once): the controllerchange
    // listener above decides, per window.
    onNeedReload: () => undefined,
    onRegisterError(error: unknown) {
      // No service worker (blocked by policy, or not a secure context): the app still runs
      // online; only offline use is lost. Not an error for the user.
      console.warn('service worker not registered:', error);
    },
  });
}
