/**
 * Nothing lost: the workbench's scenario autosaved to IndexedDB (written within a second of an
 * edit, and at once when the tab is hidden or closed), restored on opening, and the saved-
 * scenario collection for "my scenarios". A link whose scenario cannot be read gets a notice that
 * says why and what the app opened instead.
 */
import type { CountyInput } from '../../model/counties';
import type { Scenario } from '../../model/scenario';
import { scenarioKind } from '../../state/scenario-kind';
import { appStorage, type Autosaver } from '../../state/storage';
import { decodeScenario } from '../../state/url-scenario';
import { t } from '../../i18n';
import { parseHash } from '../router';
import { notices } from '../notices';
import { validateScenario } from '../../model/validate';
import { chooseInitialScenario, type InitialScenario, type TabMemory } from './session';

/** The workbench's autosave slot. */
export const AUTOSAVE_SLOT = 'workbench';
/** The sessionStorage key of this tab's memory (see TabMemory). */
export const TAB_KEY = 'zz.workbench.tab';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * The scenario parameter of the address this page was reloaded at, or null when the page was not
 * reloaded. A reload loads the address as it was when it began, which can be older than the one
 * the page left (see TabMemory.recent).
 */
function reloadedParam(): string | null {
  try {
    const [entry] = performance.getEntriesByType('navigation');
    if (!(entry instanceof PerformanceNavigationTiming) || entry.type !== 'reload') return null;
    return parseHash(new URL(entry.name).hash).params.get('s');
  } catch {
    return null;
  }
}

export class WorkbenchPersistence {
  private saver: Promise<Autosaver<Scenario>> | null = null;

  constructor(private readonly counties: readonly CountyInput[]) {}

  /**
   * Keeps this tab's state for a reload: `state()` is read when the page is hidden or unloaded
   * (the moments a reload or a closed tab can follow).
   */
  rememberTab(state: () => TabMemory | null): void {
    const keep = (): void => {
      const memory = state();
      try {
        if (memory) sessionStore()?.setItem(TAB_KEY, JSON.stringify(memory));
      } catch {
        // A full or refused sessionStorage: the IndexedDB autosave still has the state.
      }
    };
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') keep();
    });
  }

  /** This tab's memory, validated (null when absent or unreadable). */
  private readTab(): TabMemory | null {
    try {
      const raw = sessionStore()?.getItem(TAB_KEY);
      if (!raw) return null;
      const data = JSON.parse(raw) as { param?: unknown; recent?: unknown; scenario?: unknown };
      const checked = validateScenario(data.scenario, { counties: this.counties });
      if (!checked.ok) return null;
      const recent = Array.isArray(data.recent) ? (data.recent as unknown[]) : [];
      return {
        param: typeof data.param === 'string' ? data.param : null,
        recent: recent.filter((p): p is string => typeof p === 'string'),
        scenario: checked.scenario,
      };
    } catch {
      return null;
    }
  }

  /** The scenario to open with: this tab's, the link's, the autosaved one, or the default. */
  initial(param: string | null): Promise<InitialScenario> {
    return chooseInitialScenario(
      param,
      (p) => decodeScenario(p, { counties: this.counties }),
      async () => {
        const storage = await appStorage();
        const saved = await storage.readAutosave(AUTOSAVE_SLOT, scenarioKind);
        return saved?.ok ? saved.value : null;
      },
      this.readTab(),
      reloadedParam(),
    );
  }

  /** Schedules the scenario for the autosave slot. */
  autosave(scenario: Scenario): void {
    this.saver ??= appStorage().then((storage) => storage.autosaver(AUTOSAVE_SLOT, scenarioKind));
    void this.saver.then((saver) => saver.schedule(scenario));
  }

  /** Tells the user the link's scenario could not be used, why, and what opened instead. */
  reportLinkError(initial: InitialScenario): void {
    const fallback =
      initial.source === 'autosave' ? 'wb.url.fallback.autosave' : 'wb.url.fallback.default';
    notices().show({
      id: 'wb-url-error',
      level: 'error',
      message: () => t('wb.url.error', { fallback: t(fallback), detail: initial.urlError ?? '' }),
    });
  }
}
