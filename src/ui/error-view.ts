import { t } from '../i18n';
import { h } from './dom';

/**
 * Replaces the page with a clear message saying what failed, never a blank page.
 * The message is also logged so that a support person can read it in the console.
 */
export function showFatalError(root: HTMLElement, message: string): void {
  root.replaceChildren(
    h(
      'div',
      { class: 'fatal-error', role: 'alert' },
      h('h1', {}, t('error.title')),
      h('p', { class: 'fatal-error__message' }, message),
      h('button', { type: 'button', class: 'btn', 'data-action': 'reload' }, t('error.retry')),
    ),
  );
  root.querySelector('[data-action="reload"]')?.addEventListener('click', () => location.reload());
}
