import '../styles/present.css';
import '../styles/present-editor.css';
import { getLanguage, onLanguageChange, t } from '../i18n';
import { removeScene, retitleDeck } from '../present/deck-ops';
import { DigitJumper, deckCommand, stepIndex, type DeckCommand } from '../present/keymap';
import { MainLink, type PresenterCommand } from '../present/sync';
import type { SimulationEngine } from '../sim';
import { h } from '../ui/dom';
import { notices } from '../ui/notices';
import { Authoring } from '../ui/present/authoring';
import { sharedEngine } from '../ui/workbench/shared-engine';
import { DeckEditor } from '../ui/present/deck-editor';
import { DeckLibrary, deckContext } from '../ui/present/deck-library';
import { openHandout } from '../ui/present/handout';
import { PresentingMode, focusKind } from '../ui/present/presenting';
import { SceneShow } from '../ui/present/scene-show';
import { Stage } from '../ui/present/stage';
import type { AppContext, AppView } from './view';

/**
 * 简报 / Briefing (`#/present?scene=3`): a deck of scenes over the live map and model, edited
 * at the side and presented full screen from the keyboard or a clicker (F, or the header's
 * 演示 button). A presenter window (`#/presenter`, S) follows over a BroadcastChannel; the
 * handout prints the current scene's map, dashboard, fan charts and assumptions.
 */
export class PresentView implements AppView {
  readonly id = 'present' as const;
  readonly labelKey = 'present.nav' as const;
  readonly element: HTMLElement;
  private readonly stage: Stage;
  private readonly show_: SceneShow;
  private readonly editor: DeckEditor;
  private readonly authoring: Authoring;
  private readonly library: DeckLibrary;
  private readonly presenting: PresentingMode;
  private readonly digits = new DigitJumper();
  private link: MainLink | null = null;
  private opened: Promise<void> | null = null;
  private visible = false;
  private presentOnShow = false;
  /** The control that had focus when presenting began (the button or link that started it). */
  private focusBeforePresenting: HTMLElement | null = null;
  private presenterWindow: Window | null = null;
  private publishQueued = false;
  /** Keys while presenting: first (capture), before a focused slider, chart or map sees them. */
  private readonly onKeyFirst = (e: KeyboardEvent): void => this.key(e, true);
  /** Keys while authoring: last (bubble), after the editor's own controls. */
  private readonly onKey = (e: KeyboardEvent): void => this.key(e, false);

  constructor(private readonly ctx: AppContext) {
    this.stage = new Stage((id, value) => this.show_.setDriver(id, value));
    this.show_ = new SceneShow(
      ctx,
      this.stage,
      () => this.simulation(),
      () => this.presenting.active,
    );
    this.library = new DeckLibrary(
      deckContext(
        ctx.plan,
        ctx.counties.features.map((f) => f.properties.adcode),
      ),
    );
    this.presenting = new PresentingMode({
      onLeave: () => this.leavePresenting(),
      onRefused: () =>
        notices().show({
          id: 'present-fullscreen',
          message: () => t('present.fullscreen.refused'),
          showWhilePresenting: true,
        }),
    });
    this.editor = new DeckEditor({
      present: () => this.enterPresenting(),
      presenter: () => this.openPresenter(),
      handout: () => void this.handout(),
      selectDeck: (id) => void this.authoring.selectDeck(id),
      exportDeck: () => this.authoring.exportDeck(),
      importFile: (file) => void this.authoring.importFile(file),
      deleteDeck: () => void this.authoring.deleteDeck(),
      retitle: (title) => void this.authoring.edit(retitleDeck(this.library.deck, title), false),
      goTo: (i) => this.goTo(i, true),
      move: (i, delta) => this.authoring.move(i, delta),
      remove: (i) => void this.authoring.edit(removeScene(this.library.deck, i), true),
      editScene: (edit) => this.authoring.editScene(edit),
      saveView: () => this.authoring.saveView(),
      updateView: () => this.authoring.updateView(),
      titleOf: (scene) => this.show_.titleOf(scene),
    });
    this.authoring = new Authoring({
      ctx,
      library: this.library,
      show: this.show_,
      editor: this.editor,
      goTo: (i, animate) => this.goTo(i, animate),
      renderEditor: () => this.renderEditor(),
      padding: () => this.stage.cameraPadding(),
    });
    this.library.onStatus((s) => this.editor.setStatus(s));
    this.show_.onChange(() => this.queuePublish());
    this.element = h(
      'div',
      { class: 'view view--present' },
      this.editor.element,
      this.stage.element,
    );

    const button = h('button', {
      type: 'button',
      class: 'btn btn--ghost',
      'data-action': 'present-header',
    });
    const label = (): void => {
      button.textContent = t('present.action.present');
      button.setAttribute('aria-label', t('present.action.present.label'));
    };
    label();
    button.addEventListener('click', () => this.enterPresenting());
    ctx.header.addAction(button);
    onLanguageChange(() => {
      label();
      if (!this.visible) return;
      this.renderEditor();
      this.renderSceneEditor();
      this.stage.sliders.render(this.show_.scene?.sliders ?? [], this.show_.live);
      this.show_.render();
    });
    new ResizeObserver(() => this.resized()).observe(this.stage.element);
    ctx.mapView.map.on('style.load', () => {
      if (this.visible) this.show_.applyMap(false);
    });
  }

  /** The page's one engine (shared with the workbench), started on the first run. */
  private simulation(): SimulationEngine {
    return sharedEngine();
  }

  show(params: URLSearchParams): void {
    this.visible = true;
    this.ctx.attachMap(this.stage.mapSlot);
    this.ctx.mapView.interceptClick = (e) => {
      // Clicks never reach the atlas's handlers here; while authoring they toggle highlights.
      if (!this.presenting.active) {
        const hit = this.show_.sceneMap.hitAt(e.point);
        if (hit) this.show_.toggleHighlight(hit);
      }
      return true;
    };
    document.addEventListener('keydown', this.onKeyFirst, true);
    document.addEventListener('keydown', this.onKey);
    if (!this.link) {
      this.link = new MainLink((command) => this.presenterCommand(command));
      this.link.onConnection((open) => this.editor.setPresenterOpen(open));
      // The presenter window learns at once that this window is gone.
      addEventListener('pagehide', () => this.link?.bye());
    }
    const wanted = Number(params.get('scene'));
    this.opened ??= this.library.open();
    void this.opened
      .then(() => whenStyleReady(this.ctx))
      .then(() => {
        if (!this.visible) return;
        this.show_.deck = this.library.deck;
        const index = Number.isInteger(wanted) && wanted >= 1 ? wanted - 1 : this.show_.index;
        this.renderEditor();
        this.goTo(index, false);
        if (this.presentOnShow) {
          this.presentOnShow = false;
          this.show_.render();
        }
      });
  }

  hide(): void {
    this.visible = false;
    document.removeEventListener('keydown', this.onKeyFirst, true);
    document.removeEventListener('keydown', this.onKey);
    if (this.presenting.active) this.leavePresenting(false);
    this.ctx.mapView.interceptClick = null;
    this.show_.stop();
    this.link?.bye();
  }

  private renderEditor(): void {
    this.editor.render(
      this.library.list(),
      this.library.activeId,
      this.library.deck,
      this.show_.index,
    );
    this.updatePreview();
  }

  /** The fields of the scene shown (also on a language switch: their labels are translated). */
  private renderSceneEditor(): void {
    const scene = this.show_.scene;
    if (scene) this.editor.sceneEditor.render(scene, scene.map.highlight?.zones?.[0] ?? null);
  }

  private updatePreview(): void {
    const scene = this.show_.scene;
    if (!scene) return;
    this.editor.sceneEditor.setPreview(this.show_.text(scene.notes, getLanguage()));
  }

  private goTo(index: number, animate: boolean): void {
    const deck = this.show_.deck;
    if (!deck) return;
    const before = this.show_.index;
    this.show_.goTo(index, animate);
    this.renderSceneEditor();
    if (before !== this.show_.index || !this.editor.element.querySelector('[aria-current]'))
      this.editor.renderList(deck, this.show_.index);
    const params = new URLSearchParams(this.ctx.router.route.params);
    params.set('scene', String(this.show_.index + 1));
    if (this.ctx.router.route.view === 'present') this.ctx.router.replaceParams(params);
  }

  // ── Presenting ─────────────────────────────────────────────────────────────────────────
  private enterPresenting(): void {
    this.presenting.enter();
    this.element.classList.add('is-presenting');
    this.show_.sceneMap.setLargeLabels(true);
    if (this.ctx.router.route.view !== 'present') {
      this.presentOnShow = true;
      this.ctx.navigate({ view: 'present', params: new URLSearchParams() });
    }
    // Focus the stage, so that Space is not taken by the button that was clicked; that button
    // gets the focus back when presenting ends, so a keyboard user goes on where they were.
    const active = document.activeElement;
    this.focusBeforePresenting =
      active instanceof HTMLElement && active !== document.body ? active : null;
    this.focusBeforePresenting?.blur();
    this.queuePublish();
  }

  private leavePresenting(restoreFocus = true): void {
    this.presenting.leave();
    this.element.classList.remove('is-presenting');
    this.show_.sceneMap.setLargeLabels(false);
    this.stage.setHelp(false);
    if (this.show_.blank) this.show_.setBlank(false);
    const before = this.focusBeforePresenting;
    this.focusBeforePresenting = null;
    if (restoreFocus && before?.isConnected && document.activeElement === document.body)
      before.focus({ preventScroll: true });
    this.queuePublish();
  }

  private resizeFrame = 0;
  private lastSize = '';
  private resized(): void {
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => {
      const box = this.stage.element.getBoundingClientRect();
      const size = `${Math.round(box.width)}x${Math.round(box.height)}:${this.presenting.active}`;
      if (!this.visible || size === this.lastSize || box.width === 0) return;
      this.lastSize = size;
      this.ctx.mapView.map.resize();
      this.show_.render();
      this.show_.reframe();
    });
  }

  /**
   * A key press, seen twice: in the capture phase (`first`), which acts only while presenting, so
   * that the clicker's keys turn the page even when a slider or a chart has focus (they never
   * see those keys); and in the bubble phase, which acts only while authoring, after the
   * editor's controls had their turn.
   */
  private key(e: KeyboardEvent, first: boolean): void {
    if (!this.visible || e.defaultPrevented || first !== this.presenting.active) return;
    // Keys typed into a dialog or a notice (settings, update prompt) are theirs.
    if (e.target instanceof Element && e.target.closest('dialog, [role="dialog"], .notices'))
      return;
    const command = deckCommand(e, focusKind(e.target), this.presenting.active);
    if (!command) return;
    e.preventDefault();
    if (first) e.stopPropagation();
    this.run(command);
  }

  private run(command: DeckCommand): void {
    const deck = this.show_.deck;
    if (!deck) return;
    switch (command.type) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last':
        this.goTo(stepIndex(command.type, this.show_.index, deck.scenes.length), true);
        return;
      case 'digit': {
        const n = this.digits.push(command.digit, deck.scenes.length);
        if (n !== null) this.goTo(n - 1, true);
        return;
      }
      case 'leave':
        this.leavePresenting();
        return;
      case 'blank':
        this.show_.setBlank(!this.show_.blank);
        return;
      case 'reset':
        this.show_.reset(true);
        return;
      case 'present':
        if (this.presenting.active) this.presenting.requestFullscreen();
        else this.enterPresenting();
        return;
      case 'presenter':
        this.openPresenter();
        return;
      case 'help':
        this.stage.setHelp(!this.stage.helpShown);
        return;
      case 'nudge':
        // + or − on a focused slider (keymap.ts).
        this.stage.sliders.nudge(document.activeElement, command.step);
        return;
    }
  }

  private presenterCommand(command: PresenterCommand): void {
    if (!this.visible) return;
    if (command === 'blank') this.run({ type: 'blank' });
    else if (command === 'reset') this.run({ type: 'reset' });
    else this.run({ type: command });
  }

  private openPresenter(): void {
    if (this.presenterWindow && !this.presenterWindow.closed) {
      this.presenterWindow.focus();
      return;
    }
    const url = `${location.pathname}${location.search}#/presenter`;
    const win = window.open(url, 'zz-presenter', 'popup,width=1100,height=760');
    if (!win) {
      notices().show({
        id: 'present-popup',
        level: 'warning',
        // The answer to S, which works while presenting.
        showWhilePresenting: true,
        message: () => t('present.presenter.blocked'),
      });
      return;
    }
    this.presenterWindow = win;
    if (this.link && !this.link.available) {
      notices().show({
        id: 'present-channel',
        level: 'warning',
        // The answer to S, which works while presenting.
        showWhilePresenting: true,
        message: () => t('present.presenter.noChannel'),
      });
    }
  }

  private queuePublish(): void {
    if (this.publishQueued) return;
    this.publishQueued = true;
    queueMicrotask(() => {
      this.publishQueued = false;
      const state = this.show_.deckState(this.presenting.active);
      if (state && this.visible) this.link?.publish(state);
      if (this.visible) this.updatePreview();
    });
  }

  private async handout(): Promise<void> {
    const scene = this.show_.scene;
    const deck = this.show_.deck;
    if (!scene || !deck) return;
    await openHandout({
      ctx: this.ctx,
      deck,
      scene,
      sceneText: (text) => this.show_.text(text, getLanguage()),
      scenario: this.show_.live,
      engine: () => this.simulation(),
      map: this.ctx.mapView,
    });
  }
}

/** Resolves once the map's style (and the plan layers installed with it) is ready. */
function whenStyleReady(ctx: AppContext): Promise<void> {
  const map = ctx.mapView.map;
  if (map.isStyleLoaded() === true) return Promise.resolve();
  // Not 'load': it fires once in the map's life, and the style is also "not loaded" for a moment
  // whenever a source updates (the header's present button changes the labels just before it
  // opens this view): waiting for a second 'load' left the stage empty. 'idle' follows both.
  return new Promise((resolve) => void map.once('idle', () => resolve()));
}
