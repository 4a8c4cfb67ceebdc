/**
 * When each notice is on the page: the timing and presenting rules of the notices (notices.ts),
 * without the DOM, so that they are tested in Node with fake timers.
 *
 * - A notice that needs no action (an `info` notice without buttons: "ready to work offline",
 *   "a worker was restarted") closes by itself after `NOTICE_TIMEOUT_MS` on screen. Its clock
 *   stops while the pointer is over it or focus is in it, and starts again in full after.
 * - A notice that needs action (buttons, or a warning or error) stays until acted on or dismissed.
 * - While presenting (full-screen slides, the blank screen) notices are held back: off the page,
 *   their clocks stopped. They come back, each with its full time, when presenting ends. Only a
 *   notice about presenting itself (`showWhilePresenting`, e.g. "full screen was refused") is
 *   shown over the slides, and there it always goes by itself (nothing stays over a slide).
 */

/** How long a notice that needs no action stays on screen (ms). */
export const NOTICE_TIMEOUT_MS = 7000;

export interface QueuedNotice {
  id: string;
  /** Time on screen before it closes by itself (ms); null: until acted on or dismissed. */
  timeoutMs: number | null;
  /** Shown over the slides too: the notice is about presenting itself. */
  showWhilePresenting: boolean;
  /** Can be dismissed (by its × button or Esc). */
  dismissible: boolean;
}

/** What the page does when the queue decides (notices.ts puts elements in and out). */
export interface NoticeQueueHooks {
  /** Put the notice on the page (it was not, or was held back). */
  show(id: string): void;
  /** Take the notice off the page but keep it (held back while presenting). */
  hide(id: string): void;
  /** Its time is up: the owner dismisses it. */
  expire(id: string): void;
}

/** The default time on screen: informational notices without actions close by themselves. */
export function defaultTimeout(options: {
  level?: 'info' | 'warning' | 'error';
  actions?: readonly unknown[];
}): number | null {
  const info = (options.level ?? 'info') === 'info';
  return info && (options.actions?.length ?? 0) === 0 ? NOTICE_TIMEOUT_MS : null;
}

interface State {
  notice: QueuedNotice;
  visible: boolean;
  /** Pointer over it or focus in it: its clock is stopped. */
  busy: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

export class NoticeQueue {
  private readonly states = new Map<string, State>();
  private presenting_ = false;

  constructor(private readonly hooks: NoticeQueueHooks) {}

  get presenting(): boolean {
    return this.presenting_;
  }

  /** Adds a notice, or replaces the one with its id (whose clock then starts again). */
  add(notice: QueuedNotice): void {
    const previous = this.states.get(notice.id);
    if (previous) this.stopClock(previous);
    // A new element replaces the old one: nothing points at it yet.
    const state: State = { notice, visible: previous?.visible ?? false, busy: false, timer: null };
    // A replaced notice keeps its place in the order.
    this.states.set(notice.id, state);
    this.update(state);
  }

  /** Forgets a notice (no hooks called: the owner removes it). False when it was not there. */
  remove(id: string): boolean {
    const state = this.states.get(id);
    if (!state) return false;
    this.stopClock(state);
    this.states.delete(id);
    return true;
  }

  /** Presenting begins or ends: notices not about presenting are held back meanwhile. */
  setPresenting(on: boolean): void {
    if (this.presenting_ === on) return;
    this.presenting_ = on;
    for (const state of this.states.values()) this.update(state);
  }

  /** The pointer is over the notice or focus is in it (its clock stops), or no longer. */
  setBusy(id: string, busy: boolean): void {
    const state = this.states.get(id);
    if (!state || state.busy === busy) return;
    state.busy = busy;
    this.update(state);
  }

  has(id: string): boolean {
    return this.states.has(id);
  }

  isVisible(id: string): boolean {
    return this.states.get(id)?.visible ?? false;
  }

  /** The notices on the page, oldest first. */
  visible(): string[] {
    return [...this.states.values()].filter((s) => s.visible).map((s) => s.notice.id);
  }

  /** The newest notice on the page that can be dismissed (what Esc closes), or null. */
  latestDismissible(): string | null {
    const ids = [...this.states.values()]
      .filter((s) => s.visible && s.notice.dismissible)
      .map((s) => s.notice.id);
    return ids.at(-1) ?? null;
  }

  private update(state: State): void {
    const shown = !this.presenting_ || state.notice.showWhilePresenting;
    if (shown !== state.visible) {
      state.visible = shown;
      // Off the page nothing points at it; back on, it has its full time again.
      state.busy = false;
      this.stopClock(state);
      if (shown) this.hooks.show(state.notice.id);
      else this.hooks.hide(state.notice.id);
    }
    const timeout = this.timeoutOf(state.notice);
    if (!state.visible || state.busy || timeout === null) this.stopClock(state);
    else if (state.timer === null) this.startClock(state, timeout);
  }

  /** Over the slides nothing stays: a notice shown while presenting always goes by itself. */
  private timeoutOf(notice: QueuedNotice): number | null {
    return notice.timeoutMs ?? (this.presenting_ ? NOTICE_TIMEOUT_MS : null);
  }

  private startClock(state: State, ms: number): void {
    state.timer = setTimeout(() => {
      state.timer = null;
      if (this.states.get(state.notice.id) === state) this.hooks.expire(state.notice.id);
    }, ms);
  }

  private stopClock(state: State): void {
    if (state.timer !== null) clearTimeout(state.timer);
    state.timer = null;
  }
}
