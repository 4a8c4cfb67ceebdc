/**
 * The run status: how many paths the numbers on screen rest on and whether they are the coarse
 * first result or the final one ("2,048 条路径（粗算）" → "10,000 条路径"), the paths selector
 * (1万 / 10万 / 100万), the seed, and for long runs a progress bar with a cancel button.
 */
import type { Scenario } from '../../model/scenario';
import { getLanguage, t, type MessageKey } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { clear, h } from '../dom';
import { focusChoice, segButton } from '../segmented';
import { formatPathCount } from './format';
import type { RunSnapshot } from './run-controller';

/** The paths selector's choices. */
export const PATH_CHOICES: readonly { paths: number; key: MessageKey }[] = [
  { paths: 10_000, key: 'wb.run.paths.10k' },
  { paths: 100_000, key: 'wb.run.paths.100k' },
  { paths: 1_000_000, key: 'wb.run.paths.1m' },
];

/** Runs with more paths than this show a progress bar and a cancel button. */
export const PROGRESS_ABOVE = 10_000;

export interface RunStatusHandlers {
  onPaths: (paths: number) => void;
  onSeed: (seed: number) => void;
  onCancel: () => void;
}

export class RunStatusBar {
  readonly element: HTMLElement;
  private readonly count: HTMLElement;
  private readonly pathsLabel: HTMLElement;
  private readonly paths: HTMLElement;
  private readonly seedLabel: HTMLLabelElement;
  private readonly seed: HTMLInputElement;
  private readonly progressBox: HTMLElement;
  private readonly progress: HTMLProgressElement;
  private readonly progressText: HTMLElement;
  private readonly cancel: HTMLButtonElement;
  private readonly message: HTMLElement;
  private snapshot: RunSnapshot | null = null;
  private scenario: Scenario | null = null;

  constructor(private readonly handlers: RunStatusHandlers) {
    this.count = h('p', { class: 'wb-run__count', role: 'status', 'aria-live': 'polite' });
    this.pathsLabel = h('span', { class: 'wb-run__label', id: 'wb-run-paths-label' });
    this.paths = h('div', {
      class: 'segmented wb-run__paths',
      role: 'group',
      'aria-labelledby': this.pathsLabel.id,
    });
    this.seed = h('input', {
      type: 'number',
      id: 'wb-run-seed',
      class: 'wb-run__seed',
      min: 0,
      max: 4294967295,
      step: 1,
      inputmode: 'numeric',
    });
    this.seedLabel = h('label', { for: this.seed.id, class: 'wb-run__label' });
    this.seed.addEventListener('change', () => {
      const n = Number(this.seed.value);
      if (this.seed.value.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff) {
        this.seed.removeAttribute('aria-invalid');
        this.message.textContent = '';
        handlers.onSeed(n);
      } else {
        this.seed.setAttribute('aria-invalid', 'true');
        this.message.textContent = t('wb.run.seed.invalid');
      }
    });
    this.progress = h('progress', { class: 'wb-run__progress', max: 1, value: 0 });
    this.progressText = h('span', { class: 'wb-run__progress-text' });
    this.cancel = h('button', { type: 'button', class: 'btn btn--small wb-run__cancel' });
    this.cancel.addEventListener('click', () => handlers.onCancel());
    this.progressBox = h(
      'div',
      { class: 'wb-run__progress-box', hidden: true },
      this.progress,
      this.progressText,
      this.cancel,
    );
    this.message = h('p', { class: 'wb-run__message', 'aria-live': 'polite' });
    this.element = h(
      'div',
      { class: 'wb-run' },
      this.count,
      h(
        'div',
        { class: 'wb-run__controls' },
        h('span', { class: 'wb-run__group' }, this.pathsLabel, this.paths),
        h('span', { class: 'wb-run__group' }, this.seedLabel, this.seed),
      ),
      this.progressBox,
      this.message,
    );
    this.render();
  }

  update(snapshot: RunSnapshot, scenario: Scenario): void {
    const pathsChanged = scenario.paths !== this.scenario?.paths;
    this.snapshot = snapshot;
    this.scenario = scenario;
    if (pathsChanged) this.renderPaths();
    if (document.activeElement !== this.seed) this.seed.value = String(scenario.seed);
    this.renderRun();
  }

  render(): void {
    this.pathsLabel.textContent = t('wb.run.paths');
    this.seedLabel.textContent = t('wb.run.seed');
    this.seed.title = t('wb.run.seed.title');
    this.cancel.textContent = t('wb.run.cancel');
    this.progress.setAttribute('aria-label', t('wb.run.progress'));
    this.renderPaths();
    this.renderRun();
  }

  private renderPaths(): void {
    clear(this.paths);
    const current = this.scenario?.paths;
    for (const choice of PATH_CHOICES) {
      const pick = (): void => {
        this.handlers.onPaths(choice.paths);
        focusChoice(this.paths, 'paths', choice.paths);
      };
      this.paths.append(
        segButton('paths', choice.paths, choice.paths === current, t(choice.key), pick),
      );
    }
  }

  private renderRun(): void {
    const s = this.snapshot;
    const lang = getLanguage();
    const result = s?.result ?? null;
    const cancelled = s?.status === 'cancelled';
    this.count.textContent = result
      ? formatPathCount(result.paths, result.requestedPaths, result.final, lang, cancelled)
      : t('wb.run.running');
    this.count.dataset.final = String(result?.final ?? false);
    this.count.dataset.paths = String(result?.paths ?? 0);
    this.count.dataset.status = s?.status ?? 'idle';
    this.count.dataset.generation = String(s?.generation ?? 0);
    const long = s?.status === 'running' && s.requested > PROGRESS_ABOVE;
    this.progressBox.hidden = !long;
    if (long && s.progress) {
      this.progress.value = s.progress.fraction;
      this.progressText.textContent = t('wb.run.progress.text', {
        done: formatInteger(s.progress.done, lang),
        total: formatInteger(s.progress.total, lang),
      });
    }
    // The engine says when its workers failed and it computed in the page instead.
    const inline = result?.warnings.some((w) => w.startsWith('ran inline')) ?? false;
    if (s?.status === 'error')
      this.message.textContent = t('wb.run.error', { detail: s.error ?? '' });
    else if (cancelled) this.message.textContent = t('wb.run.cancelled');
    else if (inline) this.message.textContent = t('wb.run.inline');
    else if (s?.status === 'running' && this.seed.getAttribute('aria-invalid') !== 'true')
      this.message.textContent = '';
  }
}
