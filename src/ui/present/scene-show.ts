import { getLanguage, type Lang } from '../../i18n';
import type { DriverId, Scenario } from '../../model/index.ts';
import type { Deck, LocalText, Scene } from '../../present/deck-schema';
import {
  EMPTY_RESULTS,
  SceneRunner,
  sceneNeeds,
  sceneScenario,
  type EngineLike,
  type SceneResults,
} from '../../present/scene-runs';
import { sceneText } from '../../present/scene-text';
import type { DeckState } from '../../present/sync';
import type { AppContext } from '../../views/view';
import { renderPanel, type PanelHandle } from './panels';
import { SceneMap, type Highlight } from './scene-map';
import type { Stage } from './stage';

/**
 * Shows one scene of a deck on the stage: its map, title, panel and live sliders, runs what it
 * needs through the engine (fixed seeds, results kept), and holds the presenter's what-if
 * changes until R brings back the scripted state.
 */
export class SceneShow {
  deck: Deck | null = null;
  index = 0;
  /** The scenario on screen: the scene's, plus any slider the presenter moved. */
  live: Scenario | null = null;
  modified = false;
  blank = false;
  results: SceneResults = EMPTY_RESULTS;
  /** Highlights on screen: the scene's, plus units or zones clicked while authoring. */
  highlight: Highlight = { units: [], zones: [], projects: [] };
  readonly sceneMap: SceneMap;
  private readonly runner: SceneRunner;
  private controller: AbortController | null = null;
  private panelHandle: PanelHandle | null = null;
  private readonly listeners = new Set<() => void>();
  private pendingRun = 0;

  constructor(
    private readonly ctx: AppContext,
    private readonly stage: Stage,
    engine: () => EngineLike,
    private readonly presenting: () => boolean,
  ) {
    this.sceneMap = new SceneMap(ctx.mapView, ctx.plan, ctx.counties);
    this.runner = new SceneRunner({ run: (request, options) => engine().run(request, options) });
  }

  get scene(): Scene | null {
    return this.deck?.scenes[this.index] ?? null;
  }

  /** Called after anything the presenter window shows has changed. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /**
   * Shows scene `index` in the scripted state; the camera flies there when `animate`.
   * `keepHighlight` keeps the units and zones clicked while authoring (the scene was edited,
   * not left).
   */
  goTo(index: number, animate: boolean, keepHighlight = false): void {
    const deck = this.deck;
    if (!deck) return;
    this.index = Math.min(deck.scenes.length - 1, Math.max(0, index));
    const scene = deck.scenes[this.index]!;
    this.live = sceneNeeds(scene).engine ? sceneScenario(scene) : null;
    this.modified = false;
    if (!keepHighlight) this.highlight = SceneMap.highlightOf(scene.map);
    this.results = this.live
      ? (this.cachedResults(scene, this.live) ?? EMPTY_RESULTS)
      : EMPTY_RESULTS;
    this.stage.setScene(this.index, deck.scenes.length, scene.id, scene.panel?.kind ?? null);
    this.stage.sliders.render(scene.sliders ?? [], this.live);
    this.stage.setModified(false);
    this.render();
    this.sceneMap.widenBounds();
    this.applyMap(animate);
    this.run();
  }

  /** Applies the scene's map (scripted highlights plus authoring toggles). */
  applyMap(animate: boolean): void {
    const scene = this.scene;
    if (!scene) return;
    this.sceneMap.apply(scene.map, this.highlight, {
      animate,
      padding: this.stage.cameraPadding(),
    });
  }

  /** Re-frames the camera only (after the stage changed size). */
  reframe(): void {
    const scene = this.scene;
    if (!scene) return;
    this.sceneMap.moveCamera(scene.map, this.highlight, {
      animate: false,
      padding: this.stage.cameraPadding(),
    });
  }

  /** A slider moved: the live scenario changes and the scene runs again at once. */
  setDriver(id: DriverId, value: number): void {
    if (!this.live) return;
    const current = this.live.drivers[id] ?? {};
    this.live = { ...this.live, drivers: { ...this.live.drivers, [id]: { ...current, value } } };
    const scripted = this.scene?.scenario;
    // Moving a slider back to the script's value is the script again.
    this.modified = !(
      scripted && JSON.stringify(this.live.drivers) === JSON.stringify(scripted.drivers)
    );
    this.stage.setModified(this.modified);
    this.run();
  }

  /** R: back to the scripted state (scenario, highlights and camera). */
  reset(animate: boolean): void {
    this.goTo(this.index, animate);
  }

  /** Toggles a unit or zone's highlight while authoring (saved with "save current view"). */
  toggleHighlight(hit: { kind: 'unit' | 'zone' | 'project'; id: string }): void {
    const key = hit.kind === 'unit' ? 'units' : hit.kind === 'zone' ? 'zones' : 'projects';
    const list = this.highlight[key];
    this.highlight = {
      ...this.highlight,
      [key]: list.includes(hit.id) ? list.filter((x) => x !== hit.id) : [...list, hit.id],
    };
    this.sceneMap.setHighlight(this.highlight);
  }

  setBlank(on: boolean): void {
    this.blank = on;
    this.stage.setBlank(on);
    this.changed();
  }

  private cachedResults(scene: Scene, scenario: Scenario): SceneResults | null {
    const main = this.runner.cached(scenario);
    if (!main) return null;
    const needs = sceneNeeds(scene);
    if (needs.plan || needs.required !== null) return null;
    return { ...EMPTY_RESULTS, main, final: true };
  }

  private run(): void {
    this.controller?.abort();
    const scene = this.scene;
    const live = this.live;
    if (!scene || !live) {
      this.stage.setResults('none');
      this.changed();
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    const run = ++this.pendingRun;
    this.stage.setResults(this.results.main ? 'coarse' : 'pending');
    this.runner
      .sceneResults(scene, live, {
        signal: controller.signal,
        onUpdate: (r) => {
          if (run !== this.pendingRun) return;
          this.results = r;
          this.stage.setResults(r.main?.final ? 'coarse' : 'pending');
          this.render();
        },
      })
      .then((r) => {
        if (run !== this.pendingRun) return;
        this.results = r;
        this.stage.setResults('final');
        this.render();
        this.prefetch();
      })
      .catch((err: unknown) => {
        if (err instanceof DOMException && err.name === 'AbortError') return;
        if (err instanceof Error && err.name === 'AbortError') return;
        console.error(err);
      });
  }

  /** Runs the next scene in the background so that stepping to it shows at once. */
  private prefetch(): void {
    const next = this.deck?.scenes[this.index + 1];
    if (!next || !sceneNeeds(next).engine) return;
    void this.runner.sceneResults(next, sceneScenario(next)).catch(() => undefined);
  }

  /** Title, panel and status from the current state (language change, new results, resize). */
  render(): void {
    const scene = this.scene;
    if (!scene) return;
    const lang = getLanguage();
    this.stage.setTitle(this.text(scene.title, lang));
    this.stage.renderChrome();
    this.panelHandle?.destroy();
    this.panelHandle = null;
    if (scene.panel) {
      const box = this.stage.panelBody.getBoundingClientRect();
      const room = this.stage.panelRoom();
      this.panelHandle = renderPanel(this.stage.panelBody, scene.panel, {
        plan: this.ctx.plan,
        lang,
        density: this.presenting() ? 'projector' : 'screen',
        results: this.results,
        scenario: this.live,
        modified: this.modified,
        width: box.width || 480,
        height: room || 360,
        hoverUnit: (adcode) => this.ctx.mapView.hoverCounty(adcode),
      });
    } else this.stage.panelBody.replaceChildren();
    this.changed();
  }

  /** A title or notes text of the current scene, filled in one language. */
  text(template: LocalText, lang: Lang): string {
    const scene = this.scene;
    if (!scene) return '';
    return this.textOf(scene, template, lang, this.live, this.results);
  }

  /** Any scene's title in the current language, with its plan figures (not yet its model ones). */
  titleOf(scene: Scene): string {
    return this.textOf(scene, scene.title, getLanguage(), null, EMPTY_RESULTS);
  }

  private textOf(
    scene: Scene,
    template: LocalText,
    lang: Lang,
    live: Scenario | null,
    results: SceneResults,
  ): string {
    return sceneText(lang === 'en' ? template.en : template.zh, {
      plan: this.ctx.plan,
      lang,
      scenario: live ?? sceneScenario(scene),
      results,
    });
  }

  /** What the presenter window shows. */
  deckState(presenting: boolean): DeckState | null {
    const deck = this.deck;
    const scene = this.scene;
    if (!deck || !scene) return null;
    const both = (text: LocalText): LocalText => ({
      zh: this.text(text, 'zh-CN'),
      en: this.text(text, 'en'),
    });
    const next = deck.scenes[this.index + 1];
    return {
      deckTitle: deck.title,
      index: this.index,
      count: deck.scenes.length,
      title: both(scene.title),
      notes: both(scene.notes),
      // The next scene has not run: its plan figures are filled, model figures show "…".
      next: next
        ? {
            zh: this.textOf(next, next.title, 'zh-CN', null, EMPTY_RESULTS),
            en: this.textOf(next, next.title, 'en', null, EMPTY_RESULTS),
          }
        : null,
      blank: this.blank,
      presenting,
      modified: this.modified,
    };
  }

  /** Stops runs and takes the scene's marks off the map (leaving the view). */
  stop(): void {
    this.controller?.abort();
    this.controller = null;
    this.panelHandle?.destroy();
    this.panelHandle = null;
    this.sceneMap.clear();
  }
}
