/**
 * What the workbench exposes on `window.__zzWorkbench` for the end-to-end tests, the UI
 * benchmark and the console. Read-only handles to existing state: nothing here changes behaviour.
 */
import type { Scenario } from '../../model/scenario';
import type { SimulationResult } from '../../model/result-types';
import type { RunStatus } from './run-controller';

export interface WorkbenchHandle {
  /** The scenario being edited. */
  scenario: () => Scenario;
  status: () => RunStatus;
  /** The result on screen (coarse or final). */
  result: () => SimulationResult | null;
  /** True once the opening scenario (link, tab, autosave or default) is in place. */
  ready: () => boolean;
  /** The scenario parameter last written to the address, and whether a newer one waits. */
  linkParam: () => string | null;
  linkPending: () => boolean;
}

declare global {
  interface Window {
    __zzWorkbench?: WorkbenchHandle;
  }
}
