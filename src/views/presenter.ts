import '../styles/present-console.css';
import { onLanguageChange } from '../i18n';
import { ConsoleLink } from '../present/sync';
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
  }

  hide(): void {
    document.documentElement.classList.remove('is-presenter-console');
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
