import { t } from '../../i18n';
import type { Deck, LocalText, Scene } from '../../present/deck-schema';
import { h } from '../dom';
import { BUILTIN_ID, type DeckEntry, type SaveStatus } from './deck-library';
import { SceneEditor, type SceneEdit } from './scene-editor';

export interface DeckEditorHandlers {
  present: () => void;
  presenter: () => void;
  handout: () => void;
  selectDeck: (id: string) => void;
  exportDeck: () => void;
  importFile: (file: File) => void;
  deleteDeck: () => void;
  retitle: (title: LocalText) => void;
  goTo: (index: number) => void;
  move: (index: number, delta: number) => void;
  remove: (index: number) => void;
  editScene: (edit: SceneEdit) => void;
  saveView: () => void;
  updateView: () => void;
  /** A scene's title as shown (plan figures filled in). */
  titleOf: (scene: Scene) => string;
}

/**
 * The authoring side of the briefing view: the actions (present, presenter view, handout),
 * the deck (choose, rename, export, import, delete), the scenes (go to, move up and down,
 * delete: buttons, so that reordering works from the keyboard), and the current scene's
 * editor. Messages about imports go to an alert region next to the import button.
 */
export class DeckEditor {
  readonly element: HTMLElement;
  readonly sceneEditor: SceneEditor;
  private readonly deckPart: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly message: HTMLElement;
  private readonly status: HTMLElement;
  private readonly presenterButton: HTMLButtonElement;
  private presenterOpen = false;
  private confirmDelete = false;

  constructor(private readonly handlers: DeckEditorHandlers) {
    this.sceneEditor = new SceneEditor((edit) => handlers.editScene(edit));
    this.deckPart = h('section', { class: 'present-editor__deck' });
    this.list = h('ol', { class: 'present-editor__scenes', id: 'present-scenes' });
    this.message = h('div', { class: 'present-editor__message', role: 'alert' });
    this.status = h('p', { class: 'present-editor__status', 'aria-live': 'polite' });
    this.presenterButton = h('button', {
      type: 'button',
      class: 'btn btn--ghost',
      'data-action': 'presenter',
    });
    this.presenterButton.addEventListener('click', () => handlers.presenter());
    this.element = h('aside', { class: 'present-editor sidebar' });
  }

  setPresenterOpen(open: boolean): void {
    this.presenterOpen = open;
    this.presenterButton.textContent = t(
      open ? 'present.action.presenter.open' : 'present.action.presenter',
    );
  }

  showMessage(text: string, level: 'error' | 'info'): void {
    this.message.textContent = text;
    this.message.dataset.level = level;
  }

  setStatus(status: SaveStatus | null): void {
    this.status.textContent =
      status === null
        ? ''
        : status === 'pending'
          ? t('present.editor.saving')
          : status === 'saved'
            ? t('present.editor.saved')
            : t('present.editor.saveFailed', { detail: status.failed });
  }

  /** Everything, from the library's state (deck switch, language, structural edits). */
  render(entries: readonly DeckEntry[], activeId: string, deck: Deck, index: number): void {
    const actions = h('div', { class: 'present-editor__actions' });
    const present = h(
      'button',
      { type: 'button', class: 'btn', 'data-action': 'present' },
      t('present.action.present.key'),
    );
    present.addEventListener('click', () => this.handlers.present());
    const handout = h(
      'button',
      { type: 'button', class: 'btn btn--ghost', 'data-action': 'handout' },
      t('present.action.handout'),
    );
    handout.addEventListener('click', () => this.handlers.handout());
    this.setPresenterOpen(this.presenterOpen);
    actions.append(present, this.presenterButton, handout);
    this.renderDeck(entries, activeId, deck);
    this.renderList(deck, index);
    const saveView = h(
      'button',
      { type: 'button', class: 'btn btn--ghost', 'data-action': 'save-view' },
      t('present.editor.saveView'),
    );
    saveView.addEventListener('click', () => this.handlers.saveView());
    const updateView = h(
      'button',
      { type: 'button', class: 'btn btn--ghost', 'data-action': 'update-view' },
      t('present.editor.updateView'),
    );
    updateView.addEventListener('click', () => this.handlers.updateView());
    this.element.setAttribute('aria-label', t('present.editor.label'));
    this.element.replaceChildren(
      actions,
      this.deckPart,
      h(
        'h3',
        { id: 'present-scenes-heading' },
        t('present.editor.scenes', { count: deck.scenes.length }),
      ),
      this.list,
      h('div', { class: 'present-editor__actions' }, saveView, updateView),
      this.sceneEditor.element,
    );
  }

  /**
   * Only the deck chooser's options (after a copy of the built-in deck was made while its title
   * was being typed: the title fields keep their focus and text).
   */
  updateChooser(entries: readonly DeckEntry[], activeId: string): void {
    const select = this.element.querySelector<HTMLSelectElement>('#present-deck');
    if (!select) return;
    select.replaceChildren(...deckOptions(entries));
    select.value = activeId;
  }

  /** The deck part: chooser, titles, files and messages. */
  renderDeck(entries: readonly DeckEntry[], activeId: string, deck: Deck): void {
    const select = h('select', { id: 'present-deck' }, ...deckOptions(entries));
    select.value = activeId;
    select.addEventListener('change', () => this.handlers.selectDeck(select.value));
    const titleInput = (lang: 'zh' | 'en'): HTMLElement => {
      const id = `present-deck-title-${lang}`;
      const input = h('input', { type: 'text', id, lang: lang === 'zh' ? 'zh-CN' : 'en' });
      input.value = deck.title[lang];
      input.addEventListener('input', () =>
        this.handlers.retitle({ ...deck.title, [lang]: input.value }),
      );
      return h(
        'div',
        { class: 'present-editor__field' },
        h(
          'label',
          { for: id },
          t(lang === 'zh' ? 'present.editor.deckTitle.zh' : 'present.editor.deckTitle.en'),
        ),
        input,
      );
    };
    const exportButton = h(
      'button',
      { type: 'button', class: 'btn btn--ghost', 'data-action': 'export-deck' },
      t('present.editor.export'),
    );
    exportButton.addEventListener('click', () => this.handlers.exportDeck());
    // The file input stays out of the tab order (it cannot show focus); the button opens it.
    const file = h('input', {
      type: 'file',
      id: 'present-import',
      accept: '.json,application/json',
      class: 'visually-hidden',
      tabindex: -1,
      'aria-hidden': 'true',
    });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (chosen) this.handlers.importFile(chosen);
      file.value = '';
    });
    const importLabel = h(
      'button',
      { type: 'button', class: 'btn btn--ghost', 'data-action': 'import-deck' },
      t('present.editor.import'),
    );
    importLabel.addEventListener('click', () => file.click());
    const remove = h(
      'button',
      {
        type: 'button',
        class: 'btn btn--ghost btn--danger',
        'data-action': 'delete-deck',
        hidden: activeId === BUILTIN_ID,
      },
      t(this.confirmDelete ? 'present.editor.deleteConfirm' : 'present.editor.deleteDeck'),
    );
    remove.addEventListener('click', () => {
      if (!this.confirmDelete) {
        this.confirmDelete = true;
        remove.textContent = t('present.editor.deleteConfirm');
        return;
      }
      this.confirmDelete = false;
      this.handlers.deleteDeck();
    });
    remove.addEventListener('blur', () => {
      this.confirmDelete = false;
      remove.textContent = t('present.editor.deleteDeck');
    });
    this.deckPart.replaceChildren(
      h(
        'div',
        { class: 'present-editor__field' },
        h('label', { for: 'present-deck' }, t('present.editor.deck')),
        select,
      ),
      titleInput('zh'),
      titleInput('en'),
      h('div', { class: 'present-editor__actions' }, exportButton, importLabel, file, remove),
      this.message,
      this.status,
    );
  }

  /** The scene list; after a move, focus follows the moved scene's button. */
  renderList(deck: Deck, index: number, focus?: { index: number; action: string }): void {
    const items = deck.scenes.map((scene, i) => {
      const title = this.handlers.titleOf(scene) || scene.id;
      const go = h(
        'button',
        {
          type: 'button',
          class: 'present-editor__go',
          'data-action': 'go',
          'aria-current': i === index ? 'step' : undefined,
        },
        `${i + 1}. ${title}`,
      );
      go.addEventListener('click', () => this.handlers.goTo(i));
      const button = (
        action: string,
        text: string,
        label: string,
        disabled: boolean,
        run: () => void,
      ) => {
        const b = h(
          'button',
          {
            type: 'button',
            class: 'present-editor__small',
            'data-action': action,
            'aria-label': label,
            disabled,
          },
          text,
        );
        b.addEventListener('click', run);
        return b;
      };
      return h(
        'li',
        { 'data-scene': scene.id, class: i === index ? 'is-current' : '' },
        go,
        button('up', '↑', t('present.editor.moveUp', { n: i + 1, title }), i === 0, () =>
          this.handlers.move(i, -1),
        ),
        button(
          'down',
          '↓',
          t('present.editor.moveDown', { n: i + 1, title }),
          i === deck.scenes.length - 1,
          () => this.handlers.move(i, 1),
        ),
        button(
          'delete',
          '×',
          t('present.editor.delete', { n: i + 1, title }),
          deck.scenes.length <= 1,
          () => this.handlers.remove(i),
        ),
      );
    });
    this.list.replaceChildren(...items);
    this.list.setAttribute('aria-labelledby', 'present-scenes-heading');
    if (focus) {
      const item = this.list.children[focus.index];
      const target =
        item?.querySelector<HTMLButtonElement>(`[data-action="${focus.action}"]:not([disabled])`) ??
        item?.querySelector<HTMLButtonElement>('[data-action="go"]');
      target?.focus();
    }
  }
}

/** The chooser's options: the built-in deck, then the stored ones (unreadable ones disabled). */
function deckOptions(entries: readonly DeckEntry[]): HTMLOptionElement[] {
  return entries.map((entry) => {
    const label =
      entry.id === BUILTIN_ID
        ? t('present.editor.builtin')
        : entry.deck
          ? entry.name
          : t('present.editor.unreadable', { name: entry.name, detail: entry.problem ?? '' });
    return h(
      'option',
      { value: entry.id, disabled: entry.id !== BUILTIN_ID && !entry.deck },
      label,
    );
  });
}
