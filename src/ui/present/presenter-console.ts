import { getLanguage, t } from '../../i18n';
import type { DeckState, PresenterCommand } from '../../present/sync';
import { compact } from './compact';
import { h } from '../dom';

/** Elapsed time as m:ss (or h:mm:ss). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const hours = Math.floor(total / 3600);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/**
 * The presenter window's screen: the current scene's title and notes (figures filled in by
 * the presenting window), the next scene's title, a timer with a reset, and buttons that step
 * the deck. It shows what the presenting window says, nothing of its own.
 */
export class PresenterConsole {
  readonly element: HTMLElement;
  private state: DeckState | null = null;
  private connected = false;
  private started = Date.now();
  private readonly clock: HTMLElement;
  private readonly body: HTMLElement;
  private readonly controls: HTMLElement;

  constructor(
    private readonly send: (command: PresenterCommand) => void,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.started = now();
    this.clock = h('span', { class: 'console__clock', role: 'timer', 'aria-live': 'off' });
    this.body = h('div', { class: 'console__body' });
    this.controls = h('div', { class: 'console__controls' });
    this.element = h('section', { class: 'console', 'aria-labelledby': 'console-heading' });
    this.render();
  }

  tick(): void {
    this.clock.textContent = formatElapsed(this.now() - this.started);
  }

  resetTimer(): void {
    this.started = this.now();
    this.tick();
  }

  setState(state: DeckState): void {
    this.state = state;
    this.connected = true;
    this.render();
  }

  mainGone(): void {
    this.connected = false;
    this.render();
  }

  render(): void {
    const lang = getLanguage();
    const pick = (text: { zh: string; en: string }): string => (lang === 'en' ? text.en : text.zh);
    const s = this.state;
    const button = (command: PresenterCommand | 'timer', label: string, disabled = false) => {
      const b = h(
        'button',
        { type: 'button', class: 'btn', 'data-command': command, disabled },
        label,
      );
      b.addEventListener('click', () =>
        command === 'timer' ? this.resetTimer() : this.send(command),
      );
      return b;
    };
    const live = this.connected ? s : null;
    this.controls.replaceChildren(
      button('prev', t('present.console.prev'), !live || live.index === 0),
      button('next', t('present.console.next'), !live || live.index >= live.count - 1),
      button(
        'blank',
        live?.blank ? t('present.console.unblank') : t('present.console.blank'),
        !live,
      ),
      button('reset', t('present.console.reset'), !live?.modified),
      h('span', { class: 'console__timer' }, `${t('present.console.timer')} `, this.clock),
      button('timer', t('present.console.resetTimer')),
    );
    const status = !s
      ? t('present.console.waiting')
      : !this.connected
        ? t('present.console.mainGone')
        : [
            t('present.console.position', { index: s.index + 1, count: s.count }),
            s.presenting ? '' : t('present.console.notPresenting'),
            s.blank ? t('present.console.blanked') : '',
            s.modified ? t('present.console.modified') : '',
          ]
            .filter(Boolean)
            .join(' · ');
    this.body.replaceChildren(
      ...compact([
        h(
          'p',
          { class: 'console__status', role: 'status', 'data-connected': String(this.connected) },
          status,
        ),
        s
          ? h('h2', { class: 'console__title', 'data-index': String(s.index) }, pick(s.title))
          : null,
        s
          ? h(
              'div',
              { class: 'console__notes', 'aria-label': t('present.console.notes') },
              ...pick(s.notes)
                .split('\n')
                .map((p) => h('p', {}, p)),
            )
          : null,
        s
          ? h(
              'p',
              { class: 'console__next' },
              s.next
                ? t('present.console.nextTitle', { title: pick(s.next) })
                : t('present.console.last'),
            )
          : null,
      ]),
    );
    this.element.replaceChildren(
      h(
        'h1',
        { id: 'console-heading', class: 'console__heading' },
        s ? `${t('present.console.title')} · ${pick(s.deckTitle)}` : t('present.console.title'),
      ),
      this.controls,
      this.body,
    );
    this.tick();
  }
}
