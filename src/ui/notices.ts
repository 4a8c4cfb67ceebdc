import { onLanguageChange, t } from '../i18n';
import { h } from './dom';

/**
 * Notices: short messages that do not interrupt (an update is ready, storage is full, a worker
 * was restarted), each with optional action buttons and a dismiss button.
 *
 * - Two live regions: `info` notices go to a polite one, `warning` and `error` to an
 *   assertive one, so screen readers announce them without moving focus.
 * - Focus is never taken: mid-briefing, a notice must not steal the presenter's keys. Every
 *   button is reachable with Tab; Escape inside a notice dismisses it and returns focus to
 *   where it was before entering the notices.
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
  /** Show a dismiss button (default true). */
  dismissible?: boolean;
  onDismiss?: () => void;
}

export interface NoticeHandle {
  readonly id: string;
  dismiss(): void;
}

interface Entry {
  options: NoticeOptions;
  element: HTMLElement;
}

let counter = 0;

export class Notices {
  readonly element: HTMLElement;
  private readonly polite: HTMLElement;
  private readonly alert: HTMLElement;
  private readonly entries = new Map<string, Entry>();
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
    const entry: Entry = { options, element };
    this.entries.set(id, entry);
    this.render(id, entry);
    const region =
      options.level === 'warning' || options.level === 'error' ? this.alert : this.polite;
    if (previous) previous.element.replaceWith(element);
    if (element.parentElement !== region) region.append(element);
    return { id, dismiss: () => this.dismiss(id) };
  }

  /** Removes a notice (no-op when it is not shown). */
  dismiss(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    const hadFocus = entry.element.contains(document.activeElement);
    this.entries.delete(id);
    entry.element.remove();
    entry.options.onDismiss?.();
    if (hadFocus) this.restoreFocus();
  }

  has(id: string): boolean {
    return this.entries.has(id);
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
