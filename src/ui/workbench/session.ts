/**
 * Where the workbench's scenario comes from when it opens, and how it keeps the address bar in
 * step with the edits.
 *
 * On opening: a scenario in the link (`#/workbench?s=z1.…`) wins, because a shared link must
 * reproduce its numbers; a link that cannot be read gets a message that says why, and the app
 * falls back to the autosaved scenario, else the plan-consistent default. Saved scenarios are
 * never touched on the way.
 */
import { defaultScenario, type Scenario } from '../../model/scenario';
import type { DecodeResult } from '../../state/url-scenario';

export type ScenarioSource = 'tab' | 'url' | 'autosave' | 'default';

/**
 * What this tab last showed: the scenario and the link parameter the address held for it.
 * Kept in sessionStorage (per tab, survives a reload) when the page is hidden or unloaded, so a
 * reload restores the very last edit even when the address had not caught up with it yet, and
 * two tabs never restore each other's work.
 */
export interface TabMemory {
  param: string | null;
  /**
   * The link parameters the address held before `param`, oldest first (a few): a reload loads
   * the address as it was when the reload began, and the page can still write a newer one
   * while the new page is on its way.
   */
  recent?: readonly string[];
  scenario: Scenario;
}

export interface InitialScenario {
  scenario: Scenario;
  source: ScenarioSource;
  /** Why the link's scenario was not used (null when there was none, or it was fine). */
  urlError: string | null;
}

/**
 * Picks the scenario to open with; never throws. This tab's own memory wins when the address
 * is the one it left or has no scenario, and on a reload of an address it held earlier
 * (`reloaded`: the scenario parameter of the address this page was reloaded at); then a
 * scenario in the link; then the autosave; then the plan-consistent default.
 */
export async function chooseInitialScenario(
  param: string | null,
  decode: (param: string) => Promise<DecodeResult>,
  readAutosave: () => Promise<Scenario | null>,
  tab: TabMemory | null = null,
  reloaded: string | null = null,
): Promise<InitialScenario> {
  const linked = param !== null && param !== '';
  // A reload that began before the last write to the address: the tab's memory is newer.
  const overtaken = linked && param === reloaded && (tab?.recent ?? []).includes(param);
  if (tab && (!linked || tab.param === param || overtaken))
    return { scenario: tab.scenario, source: 'tab', urlError: null };
  let urlError: string | null = null;
  if (linked) {
    const decoded = await decode(param).catch((err: unknown): DecodeResult => ({
      ok: false,
      message: err instanceof Error ? err.message : String(err),
    }));
    if (decoded.ok) return { scenario: decoded.scenario, source: 'url', urlError: null };
    urlError = decoded.message;
  }
  const saved = await readAutosave().catch(() => null);
  if (saved) return { scenario: saved, source: 'autosave', urlError };
  return { scenario: defaultScenario(), source: 'default', urlError };
}

/**
 * How many earlier parameters the tab remembers. Writes come at most every 250 ms and only after
 * an edit, so a reload overtakes one or two of them at most.
 */
const RECENT_PARAMS = 8;

/**
 * Keeps the address bar's scenario parameter up to date, at most every `delayMs` while edits
 * keep coming (encoding compresses the scenario, and the history API dislikes floods).
 */
export class UrlWriter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private latest: Scenario | null = null;
  private serial = 0;
  private inflight = 0;
  private last: string | null = null;
  private readonly earlier: string[] = [];

  constructor(
    private readonly encode: (scenario: Scenario) => Promise<string>,
    private readonly write: (param: string) => void,
    private readonly delayMs = 250,
  ) {}

  /** The last parameter written (or read from the address), to tell our own writes apart. */
  get lastParam(): string | null {
    return this.last;
  }

  set lastParam(param: string | null) {
    if (this.last !== null && this.last !== param) {
      this.earlier.push(this.last);
      if (this.earlier.length > RECENT_PARAMS) this.earlier.shift();
    }
    this.last = param;
  }

  /** The parameters before the last one, oldest first (see TabMemory.recent). */
  get recent(): readonly string[] {
    return [...this.earlier];
  }

  schedule(scenario: Scenario): void {
    this.latest = scenario;
    this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes the latest scenario now. */
  async flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const scenario = this.latest;
    if (!scenario) return;
    this.latest = null;
    const serial = ++this.serial;
    this.inflight += 1;
    const param = await this.encode(scenario).finally(() => (this.inflight -= 1));
    // A later flush may have finished first; only the newest scenario is written.
    if (serial !== this.serial) return;
    this.lastParam = param;
    this.write(param);
  }

  /** True while a scenario waits to be written. */
  get pending(): boolean {
    return this.latest !== null || this.inflight > 0;
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.latest = null;
    this.serial += 1;
  }
}
