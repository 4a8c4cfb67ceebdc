import type { PaddingOptions } from 'maplibre-gl';
import { getLanguage, t, tIn } from '../../i18n';
import type { Scenario } from '../../model/index.ts';
import { insertScene, moveScene, updateScene } from '../../present/deck-ops';
import type { Deck, Scene } from '../../present/deck-schema';
import type { AppContext } from '../../views/view';
import { downloadText } from '../download';
import { fileRejectionMessage, MAX_DECK_FILE_BYTES, readUserFile } from '../read-file';
import type { DeckEditor } from './deck-editor';
import type { DeckLibrary } from './deck-library';
import type { SceneEdit } from './scene-editor';
import type { SceneShow } from './scene-show';

/** What authoring needs from the briefing view. */
export interface AuthoringHost {
  ctx: AppContext;
  library: DeckLibrary;
  show: SceneShow;
  editor: DeckEditor;
  goTo(index: number, animate: boolean): void;
  renderEditor(): void;
  /** Where the title and panel cover the map (see Stage.cameraPadding). */
  padding(): PaddingOptions;
}

/**
 * The authoring actions of the briefing view: edits to the deck (each saved by the library's
 * autosave, the built-in deck copied first), reordering with focus kept on the moved scene,
 * saving the view on screen as a scene, and deck files in and out.
 */
export class Authoring {
  constructor(private readonly host: AuthoringHost) {}

  async edit(deck: Deck, structural: boolean): Promise<void> {
    // The library takes the deck at once (it saves later), so what is rendered next is it.
    const saving = this.host.library.edit(deck, (title) =>
      tIn(getLanguage(), 'present.editor.copyName', { title }),
    );
    this.host.show.deck = deck;
    if (structural) {
      this.host.show.index = Math.min(this.host.show.index, deck.scenes.length - 1);
      this.host.goTo(this.host.show.index, false);
      this.host.renderEditor();
    }
    const forked = await saving;
    if (forked) {
      this.host.editor.showMessage(t('present.editor.forked', { name: forked }), 'info');
      // Only the deck chooser changes; the field or button being used keeps its focus.
      const active = document.activeElement;
      if (!(active instanceof HTMLElement && active.id.startsWith('present-deck-title')))
        this.host.editor.renderDeck(this.host.library.list(), this.host.library.activeId, deck);
      else this.host.editor.updateChooser(this.host.library.list(), this.host.library.activeId);
    }
  }

  move(index: number, delta: number): void {
    const deck = moveScene(this.host.library.deck, index, delta);
    if (deck === this.host.library.deck) return;
    const current = this.host.show.index === index ? index + delta : this.host.show.index;
    this.host.show.deck = deck;
    this.host.show.index = current;
    void this.edit(deck, false);
    this.host.editor.renderList(deck, current, {
      index: index + delta,
      action: delta < 0 ? 'up' : 'down',
    });
    this.host.goTo(current, false);
  }

  editScene(edit: SceneEdit): void {
    const scene = this.host.show.scene;
    if (!scene) return;
    const patch: Parameters<typeof updateScene>[2] = {};
    if (edit.title) patch.title = edit.title;
    if (edit.notes) patch.notes = edit.notes;
    if (edit.panel !== undefined) patch.panel = edit.panel;
    if (edit.layers) patch.map = { ...scene.map, layers: edit.layers };
    const deck = updateScene(this.host.library.deck, this.host.show.index, patch);
    void this.edit(deck, false);
    if (edit.panel !== undefined || edit.layers) {
      this.host.show.goTo(this.host.show.index, false, true);
    } else {
      this.host.show.render();
      this.host.editor.renderList(deck, this.host.show.index);
    }
  }

  /** The view on screen as a scene: camera, layers, highlights, panel and live scenario. */
  currentView(): Omit<Scene, 'id' | 'title' | 'notes'> {
    const scene = this.host.show.scene;
    const bounds = this.host.show.sceneMap.visibleBounds(this.host.padding());
    const view: Omit<Scene, 'id' | 'title' | 'notes'> = {
      map: {
        camera: { bounds },
        layers: this.host.show.sceneMap.layers(),
        highlight: structuredClone(this.host.show.highlight),
        industry: scene?.map.industry ?? null,
      },
      panel: scene?.panel ?? null,
    };
    const live: Scenario | null = this.host.show.live;
    if (live) view.scenario = structuredClone(live);
    if (scene?.sliders) view.sliders = [...scene.sliders];
    return view;
  }

  saveView(): void {
    const view = this.currentView();
    const zh = tIn('zh-CN', 'present.editor.newScene');
    const en = tIn('en', 'present.editor.newScene');
    const deck = insertScene(this.host.library.deck, this.host.show.index, {
      id: 'scene',
      title: { zh, en },
      notes: { zh: '', en: '' },
      ...view,
    });
    this.host.show.index += 1;
    void this.edit(deck, true);
  }

  updateView(): void {
    const deck = updateScene(this.host.library.deck, this.host.show.index, this.currentView());
    void this.edit(deck, true);
  }

  async selectDeck(id: string): Promise<void> {
    await this.host.library.select(id);
    this.host.show.deck = this.host.library.deck;
    this.host.renderEditor();
    this.host.goTo(0, false);
  }

  exportDeck(): void {
    const deck = this.host.library.deck;
    const slug = (deck.title.en || 'deck')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    downloadText(
      `${JSON.stringify(deck, null, 2)}\n`,
      `zhangzhou-deck-${slug || 'deck'}.json`,
      'application/json',
    );
  }

  async importFile(file: File): Promise<void> {
    // Size first: nothing is read (and no saved deck touched) for a file over the limit.
    const read = await readUserFile(file, MAX_DECK_FILE_BYTES);
    const result = read.ok
      ? await this.host.library.importText(read.text, file.name)
      : { ok: false as const, message: fileRejectionMessage(read, getLanguage()) };
    if (!result.ok) {
      this.host.editor.showMessage(
        t('present.editor.importError', { file: file.name, detail: result.message }),
        'error',
      );
      return;
    }
    this.host.show.deck = this.host.library.deck;
    this.host.renderEditor();
    this.host.editor.showMessage(t('present.editor.imported', { name: result.name }), 'info');
    this.host.goTo(0, false);
  }

  async deleteDeck(): Promise<void> {
    await this.host.library.removeActive();
    this.host.show.deck = this.host.library.deck;
    this.host.renderEditor();
    this.host.goTo(0, false);
  }
}
