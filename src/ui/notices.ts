import { onLanguageChange, t } from '../i18n';
import { h } from './dom';
import { NoticeQueue, defaultTimeout } from './notice-queue';

/**
 * Notices: short messages that do not interrupt (an update is ready, storage is full, a worker
 * was restarted), each with optional action buttons and a dismiss button.
 *
 * - Two live regions: `info` notices go to a polite one, `warning` and `error` to an
 *   assertive one, so screen readers announce them without moving focus.
 * - Focus is never taken: mid-briefing, a notice must not steal the presenter's keys. Every
 *   button is reachable with Tab; Escape inside a notice dismisses it and returns focus to
 *   where it was before entering the notices.
 * - Escape anywhere else dismisses the newest notice, unless focus is in a text field or a
 *   dialog, someone else used the key (it was `defaultPrevented`), or a briefing is being
 *   presented (there Esc leaves presenting).
 * - A notice that needs no action (`info`, no buttons) closes by itself after
 *   `NOTICE_TIMEOUT_MS` on screen (paused while pointed at or focused); one with buttons, or a
 *   warning or error, stays until acted on (`timeoutMs` overrides either way).
 * - While presenting (`setPresenting`, from the briefing), notices are held back and shown when
 *   it ends, except those about presenting itself (`showWhilePresenting`). The rules are in
 *   notice-queue.ts.
 * - Texts are functions, re-read when the language changes.
 * - A notice shown again with the same `id` replaces the earlier one (no pile of duplicates).
 */

export type NoticeLevel = 'info' | 'warning' | 'error';

export interface NoticeAction {
  label: () => string;
  run: () => void | Promise<void>;
  /** Dismiss the notice after running (default false). */
  dismiss?: boolean;
}

export interface NoticeOptions {
  /** Stable id; showing the same id again replaces that notice. Default: a fresh id. */
  id?: string;
  level?: NoticeLevel;
  message: () => string;
  actions?: NoticeAction[];
  /** Show a dismiss button, and let Esc dismiss it (default true). */
  dismissible?: boolean;
  /**
   * Time on screen before it closes by itself (ms), or null to stay until acted on. Default:
   * `NOTICE_TIMEOUT_MS` for an `info` notice without actions, else null.
   */
  timeoutMs?: number | null;
  /** Shown over the slides while presenting (default false: held back until presenting ends). */
  showWhilePresenting?: boolean;
  /** Called when the notice goes: dismissed, acted on (`dismiss` actions) or timed out. */
  onDismiss?: () => void;
}

export interface NoticeHandle {
  readonly id: string;
  dismiss(): void;
}

interface Entry {
  options: NoticeOptions;
  element: HTMLElement;
  /** The pointer is over it; focus is in it (either stops its clock). */
  pointed: boolean;
  focused: boolean;
}

let counter = 0;

export class Notices {
  readonly element: HTMLElement;
  private readonly polite: HTMLElement;
  private readonly alert: HTMLElement;
  private readonly entries = new Map<string, Entry>();
  private readonly queue = new NoticeQueue({
    show: (id) => this.attach(id),
    hide: (id) => this.detach(id),
    expire: (id) => this.dismiss(id),
  });
  /** Where focus was before it entered the notices, to return it on dismissal. */
  private returnFocus: HTMLElement | null = null;

  constructor() {
    // Live regions by attribute, not by role: an empty role=alert/status element on every page
    // would be found by anything looking for "the" alert or status of the page.
    this.polite = h('div', { class: 'notices__region', 'aria-live': 'polite' });
    this.alert = h('div', { class: 'notices__region', 'aria-live': 'assertive' });
    this.element = h('section', { class: 'notices' }, this.alert, this.polite);
    this.element.addEventListener('focusin', (e) => {
      const from = e.relatedTarget;
      if (from instanceof HTMLElement && !this.element.contains(from)) this.returnFocus = from;
    });
    this.element.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      const notice = (e.target as HTMLElement | null)?.closest<HTMLElement>('[data-notice-id]');
      const id = notice?.dataset.noticeId;
      const entry = id ? this.entries.get(id) : undefined;
      if (!id || !entry || entry.options.dismissible === false) return;
      e.stopPropagation();
      this.dismiss(id);
    });
    // On the window, so that it comes after the views' own key handlers (on the document): a
    // view that uses Esc (presenting, a menu) prevents the default and keeps it.
    window.addEventListener('keydown', (e) => this.escape(e));
    this.renderLabel();
    onLanguageChange(() => {
      this.renderLabel();
      for (const [id, entry] of this.entries) this.render(id, entry);
    });
  }

  show(options: NoticeOptions): NoticeHandle {
    counter += 1;
    const id = options.id ?? `notice-${counter}`;
    const previous = this.entries.get(id);
    const element = h('div', { class: `notice notice--${options.level ?? 'info'}` });
    element.dataset.noticeId = id;
    const entry: Entry = { options, element, pointed: false, focused: false };
    this.watchAttention(id, entry);
    this.entries.set(id, entry);
    this.render(id, entry);
    if (previous?.element.isConnected) previous.element.replaceWith(element);
    this.queue.add({
      id,
      timeoutMs: options.timeoutMs !== undefined ? options.timeoutMs : defaultTimeout(options),
      showWhilePresenting: options.showWhilePresenting ?? false,
      dismissible: options.dismissible !== false,
    });
    // In its level's region (a replacement may change the level).
    if (this.queue.isVisible(id)) this.attach(id);
    return { id, dismiss: () => this.dismiss(id) };
  }

  /** Removes a notice (no-op when it is not shown). */
  dismiss(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    const hadFocus = entry.element.contains(document.activeElement);
    this.entries.delete(id);
    this.queue.remove(id);
    entry.element.remove();
    entry.options.onDismiss?.();
    if (hadFocus) this.restoreFocus();
  }

  /** True while the notice exists (on the page, or held back while presenting). */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /**
   * A briefing is presented (full-screen slides, the blank screen) or no longer: meanwhile only
   * notices about presenting are shown; the others wait, and come back when it ends.
   */
  setPresenting(on: boolean): void {
    this.queue.setPresenting(on);
  }

  private regionOf(options: NoticeOptions): HTMLElement {
    return options.level === 'warning' || options.level === 'error' ? this.alert : this.polite;
  }

  private attach(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    const region = this.regionOf(entry.options);
    if (entry.element.parentElement !== region) region.append(entry.element);
  }

  private detach(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    const hadFocus = entry.element.contains(document.activeElement);
    entry.element.remove();
    // Off the page, nothing points at it (no pointerleave or focusout will say so).
    entry.pointed = false;
    entry.focused = false;
    if (hadFocus) this.restoreFocus();
  }

  /** The clock of a notice stops while the pointer is over it or focus is in it. */
  private watchAttention(id: string, entry: Entry): void {
    const { element } = entry;
    const update = (): void => this.queue.setBusy(id, entry.pointed || entry.focused);
    element.addEventListener('pointerenter', () => {
      entry.pointed = true;
      update();
    });
    element.addEventListener('pointerleave', () => {
      entry.pointed = false;
      update();
    });
    element.addEventListener('focusin', () => {
      entry.focused = true;
      update();
    });
    element.addEventListener('focusout', (e) => {
      if (e.relatedTarget instanceof Node && element.contains(e.relatedTarget)) return;
      entry.focused = false;
      update();
    });
  }

  /** Esc outside the notices dismisses the newest one (see the class comment for when not). */
  private escape(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (this.queue.presenting) return;
    const target = e.target instanceof Element ? e.target : null;
    if (target && (isTextEntry(target) || target.closest('dialog, [role="dialog"], .notices')))
      return;
    if (document.querySelector('dialog[open]')) return;
    const id = this.queue.latestDismissible();
    if (!id) return;
    e.preventDefault();
    this.dismiss(id);
  }

  private restoreFocus(): void {
    const next = this.element.querySelector<HTMLElement>('button');
    const target = this.returnFocus?.isConnected ? this.returnFocus : next;
    target?.focus();
  }

  private renderLabel(): void {
    this.element.setAttribute('aria-label', t('notice.region'));
  }

  private render(id: string, { options, element }: Entry): void {
    const actions = (options.actions ?? []).map((action) => {
      const button = h('button', { type: 'button', class: 'btn notice__action' }, action.label());
      button.addEventListener('click', () => {
        void Promise.resolve()
          .then(action.run)
          .catch((err: unknown) => console.error(err))
          .finally(() => {
            if (action.dismiss) this.dismiss(id);
          });
      });
      return button;
    });
    const close =
      options.dismissible === false
        ? null
        : h(
            'button',
            { type: 'button', class: 'notice__dismiss', 'aria-label': t('notice.dismiss') },
            '×',
          );
    close?.addEventListener('click', () => this.dismiss(id));
    const parts: HTMLElement[] = [h('p', { class: 'notice__message' }, options.message())];
    if (actions.length) parts.push(h('div', { class: 'notice__actions' }, ...actions));
    if (close) parts.push(close);
    element.replaceChildren(...parts);
  }
}

/** A field that takes typed text (Esc there is the field's: cancel an edit, clear a search). */
function isTextEntry(el: Element): boolean {
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (!(el instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(
    el.type,
  );
}

let shared: Notices | null = null;

/**
 * The page's one notices area, created on first use and attached to `<body>`. The update
 * prompt, storage warnings and worker-restart notices all go through it.
 */
export function notices(): Notices {
  if (!shared) {
    shared = new Notices();
    document.body.append(shared.element);
  }
  return shared;
}
