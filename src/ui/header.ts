import { getLanguage, onLanguageChange, setLanguage, t } from '../i18n';
import { h } from './dom';
import { safeStorage } from './safe-storage';

/**
 * The top bar: title, the view tabs, and an actions area. Features add their own buttons
 * with `addAction` (settings, presenter, …); those stay in place across language changes and
 * their owners relabel them by subscribing to `onLanguageChange`.
 */
export class Header {
  readonly element: HTMLElement;
  /** The view tabs live here (filled by the router). */
  readonly nav: HTMLElement;
  private readonly titles: HTMLElement;
  private readonly actions: HTMLElement;
  private readonly langToggle: HTMLButtonElement;

  constructor() {
    this.titles = h('div', { class: 'topbar__titles' });
    this.nav = h('nav', { class: 'topbar__nav' });
    this.langToggle = h('button', {
      type: 'button',
      class: 'btn btn--ghost',
      'data-action': 'toggle-language',
    });
    this.langToggle.addEventListener('click', () =>
      setLanguage(getLanguage() === 'en' ? 'zh-CN' : 'en', safeStorage()),
    );
    this.actions = h('div', { class: 'topbar__actions' }, this.langToggle);
    this.element = h('header', { class: 'topbar' }, this.titles, this.nav, this.actions);
    this.render();
    onLanguageChange(() => this.render());
  }

  /** Adds a control to the actions area, before the language switch. */
  addAction(control: HTMLElement): void {
    this.actions.insertBefore(control, this.langToggle);
  }

  private render(): void {
    this.titles.replaceChildren(
      h('h1', { class: 'topbar__title' }, t('app.title')),
      h('p', { class: 'topbar__subtitle' }, t('app.subtitle')),
    );
    this.nav.setAttribute('aria-label', t('nav.label'));
    this.langToggle.textContent = t('lang.switch');
    // The visible text ("English" / "中文") is the accessible name (WCAG 2.5.3); the title explains it.
    this.langToggle.title = t('lang.switch.label');
    this.langToggle.setAttribute('lang', getLanguage() === 'en' ? 'zh-CN' : 'en');
  }
}
