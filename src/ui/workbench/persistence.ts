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
import { notices } from '../notices';
import { chooseInitialScenario, type InitialScenario } from './session';

/** The workbench's autosave slot. */
export const AUTOSAVE_SLOT = 'workbench';

export class WorkbenchPersistence {
  private saver: Promise<Autosaver<Scenario>> | null = null;

  constructor(private readonly counties: readonly CountyInput[]) {}

  /** The scenario to open with: the link's, else the autosaved one, else the default. */
  initial(param: string | null): Promise<InitialScenario> {
    return chooseInitialScenario(
      param,
      (p) => decodeScenario(p, { counties: this.counties }),
      async () => {
        const storage = await appStorage();
        const saved = await storage.readAutosave(AUTOSAVE_SLOT, scenarioKind);
        return saved?.ok ? saved.value : null;
      },
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
