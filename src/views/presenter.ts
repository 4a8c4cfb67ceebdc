import '../styles/present-console.css';
import { onLanguageChange } from '../i18n';
import { deckCommand } from '../present/keymap';
import { ConsoleLink, type PresenterCommand } from '../present/sync';
import { focusKind } from '../ui/present/presenting';
import { PresenterConsole } from '../ui/present/presenter-console';
import type { AppContext, AppView } from './view';

/**
 * 演讲者视图 / Presenter view (`#/presenter`), opened by the briefing view in a second window:
 * notes, next scene, timer and step buttons, kept in step with the presenting window over a
 * BroadcastChannel. It is the same app (so it works offline from the same files); the header
 * and map are hidden while it shows.
 */
export class PresenterView implements AppView {
  readonly id = 'presenter' as const;
  readonly labelKey = 'present.console.title' as const;
  readonly element: HTMLElement;
  private readonly console: PresenterConsole;
  private link: ConsoleLink | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  /**
   * A clicker plugged into the presenter's laptop sends its keys to whichever window has
   * focus, often this one: the deck's keys work here too and go to the presenting window.
   */
  private readonly onKey = (e: KeyboardEvent): void => {
    const command = deckCommand(e, focusKind(e.target), true);
    const map: Partial<Record<string, PresenterCommand>> = {
      next: 'next',
      prev: 'prev',
      first: 'first',
      last: 'last',
      blank: 'blank',
      reset: 'reset',
    };
    const send = command ? map[command.type] : undefined;
    if (!send) return;
    e.preventDefault();
    this.link?.send(send);
  };

  constructor(_ctx: AppContext) {
    this.console = new PresenterConsole((command) => this.link?.send(command));
    this.element = this.console.element;
    onLanguageChange(() => this.console.render());
  }

  show(): void {
    document.documentElement.classList.add('is-presenter-console');
    if (!this.link) {
      this.link = new ConsoleLink({
        onState: (state) => this.console.setState(state),
        onMainGone: () => this.console.mainGone(),
      });
      addEventListener('pagehide', () => this.link?.close());
    }
    if (!this.link.available) this.console.mainGone();
    this.link.hello();
    this.timer ??= setInterval(() => this.console.tick(), 1000);
    document.addEventListener('keydown', this.onKey);
  }

  hide(): void {
    document.documentElement.classList.remove('is-presenter-console');
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    document.removeEventListener('keydown', this.onKey);
  }
}
