import {
  appStorage,
  type AppStorage,
  type Autosaver,
  type Collection,
  type DataFormat,
} from '../../state/storage';
import { deckKind } from '../../present/deck-kind';
export { deckContext } from '../../present/deck-context';
import {
  formatDeckIssues,
  parseDeckJson,
  validateDeck,
  type Deck,
  type DeckContext,
} from '../../present/deck-schema';
import { defaultDeck } from '../../present/default-deck';

/** Id of the deck shipped with the app; it is never stored and never changes. */
export const BUILTIN_ID = 'builtin:default';
const ACTIVE_SETTING = 'present.activeDeck';
const SAVE_DELAY_MS = 400;
/** The autosave slot holding the latest edit of a stored deck until its record has it. */
const EDIT_SLOT = 'present.deckEdit';

/** An edit of a stored deck, as the autosave slot keeps it. */
interface DeckEdit {
  id: string;
  deck: Deck;
  /** When it was made (ISO 8601): it is taken back only if its record is older. */
  at: string;
}

const deckEditFormat: DataFormat<DeckEdit> = {
  version: 1,
  validate: (json) => {
    const v = json as Partial<DeckEdit> | null;
    if (typeof v !== 'object' || v === null || typeof v.id !== 'string' || typeof v.at !== 'string')
      return { ok: false, message: 'not a deck edit' };
    const deck = validateDeck(v.deck);
    return deck.ok
      ? { ok: true, value: { id: v.id, deck: deck.deck, at: v.at } }
      : { ok: false, message: formatDeckIssues(deck.errors) };
  },
};

export interface DeckEntry {
  id: string;
  name: string;
  /** Null for a stored record that cannot be read (listed, never deleted). */
  deck: Deck | null;
  problem?: string;
  /** When the stored record was last written (ISO 8601). */
  updatedAt?: string;
}

export type ImportResult = { ok: true; id: string; name: string } | { ok: false; message: string };

/**
 * The decks: the built-in default deck plus those saved in IndexedDB (`decks` store). Editing
 * the built-in deck first saves a copy, so the shipped one stays as it is. Every edit is saved
 * after a short pause (autosave) and at once when the page is hidden or closed. An import is
 * validated first and always adds a new record: a bad file changes nothing.
 */
export class DeckLibrary {
  activeId = BUILTIN_ID;
  deck: Deck = defaultDeck();
  private storage: AppStorage | null = null;
  private collection: Collection<Deck> | null = null;
  private entries: DeckEntry[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  private saving: Promise<void> = Promise.resolve();
  private forking: Promise<string> | null = null;
  private readonly statusListeners = new Set<(status: SaveStatus) => void>();
  /**
   * Every edit also goes to an autosave slot, which is written within a second and, when the tab
   * closes, kept synchronously (an IndexedDB write started then may be cut off with the page).
   * `open` takes it back if the deck's record did not get it.
   */
  private edits: Autosaver<DeckEdit> | null = null;

  constructor(private readonly context: DeckContext) {
    addEventListener('pagehide', () => void this.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void this.flush();
    });
  }

  /** Opens storage and the deck used last (or the built-in one). Never rejects. */
  async open(): Promise<void> {
    this.storage = await appStorage();
    this.collection = this.storage.collection(deckKind);
    this.edits = this.storage.autosaver(EDIT_SLOT, deckEditFormat, { delayMs: SAVE_DELAY_MS });
    await this.refresh();
    await this.recoverEdit();
    const last = await this.storage
      .getSetting(ACTIVE_SETTING, (v) =>
        typeof v === 'string' ? { ok: true, value: v } : { ok: false, message: 'not text' },
      )
      .catch(() => null);
    const entry = this.entries.find((e) => e.id === last && e.deck);
    if (entry?.deck) {
      this.activeId = entry.id;
      this.deck = entry.deck;
    }
  }

  /** An edit the tab was closed on before its record got it: written to the record now. */
  private async recoverEdit(): Promise<void> {
    const pending = await this.storage?.readAutosave(EDIT_SLOT, deckEditFormat).catch(() => null);
    if (!pending?.ok || !this.collection) return;
    const entry = this.entries.find((e) => e.id === pending.value.id && e.deck);
    if (!entry || (entry.updatedAt ?? '') >= pending.value.at) return;
    await this.collection
      .save({ id: entry.id, name: entry.name, value: pending.value.deck })
      .then(() => this.refresh())
      .catch(() => undefined);
  }

  onStatus(listener: (status: SaveStatus) => void): void {
    this.statusListeners.add(listener);
  }

  private status(status: SaveStatus): void {
    for (const listener of this.statusListeners) listener(status);
  }

  /** The built-in deck first, then the stored ones (newest first). */
  list(): DeckEntry[] {
    return [{ id: BUILTIN_ID, name: '', deck: null }, ...this.entries];
  }

  get isBuiltin(): boolean {
    return this.activeId === BUILTIN_ID;
  }

  private async refresh(): Promise<void> {
    const records = (await this.collection?.list().catch(() => [])) ?? [];
    this.entries = records.map((r) =>
      r.ok
        ? { id: r.id, name: r.name, deck: r.value, updatedAt: r.updatedAt }
        : { id: r.id, name: r.name, deck: null, problem: r.message },
    );
  }

  /** Switches to another deck (saving any pending edit first). */
  async select(id: string): Promise<void> {
    await this.flush();
    if (id === BUILTIN_ID) {
      this.activeId = BUILTIN_ID;
      this.deck = defaultDeck();
    } else {
      const entry = this.entries.find((e) => e.id === id);
      if (!entry?.deck) return;
      this.activeId = id;
      this.deck = structuredClone(entry.deck);
    }
    await this.storage?.setSetting(ACTIVE_SETTING, this.activeId).catch(() => undefined);
  }

  /**
   * Replaces the active deck with an edited one and schedules the save. Returns the name of
   * the copy when the built-in deck had to be copied first (the caller says so), else null.
   */
  async edit(deck: Deck, copyName: (title: string) => string): Promise<string | null> {
    this.deck = deck;
    this.dirty = true;
    if (this.isBuiltin && this.collection) {
      // Edits that arrive while the copy is being made are kept (dirty) and saved after it.
      if (this.forking) return this.forking.then(() => null);
      const collection = this.collection;
      const name = copyName(deck.title.zh);
      this.forking = collection
        .save({ name, value: deck })
        .then(async ({ id }) => {
          this.activeId = id;
          await this.storage?.setSetting(ACTIVE_SETTING, id).catch(() => undefined);
          await this.refresh();
          this.status('saved');
          return name;
        })
        .finally(() => {
          this.forking = null;
        });
      const forked = await this.forking;
      if (this.deck !== deck) this.schedule();
      else this.dirty = false;
      return forked;
    }
    this.schedule();
    return null;
  }

  private schedule(): void {
    this.dirty = true;
    this.status('pending');
    if (!this.isBuiltin)
      this.edits?.schedule({ id: this.activeId, deck: this.deck, at: new Date().toISOString() });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Writes a pending edit now. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.dirty || !this.collection || this.isBuiltin) return this.saving;
    this.dirty = false;
    const collection = this.collection;
    const id = this.activeId;
    const deck = this.deck;
    const name = this.entries.find((e) => e.id === id)?.name ?? deck.title.zh;
    this.saving = this.saving
      .then(() => collection.save({ id, name, value: deck }))
      .then(async () => {
        await this.refresh();
        this.status('saved');
      })
      .catch((err: unknown) => {
        this.dirty = true;
        this.status({ failed: err instanceof Error ? err.message : String(err) });
      });
    return this.saving;
  }

  /** Imports a deck file as a new record; a bad file gets a message naming the field. */
  async importText(text: string, fileName: string): Promise<ImportResult> {
    const parsed = parseDeckJson(text, this.context);
    if (!parsed.ok) return { ok: false, message: formatDeckIssues(parsed.errors) };
    if (!this.collection) return { ok: false, message: 'storage is not open' };
    await this.flush();
    const name = parsed.deck.title.zh || fileName;
    // Storage falls back to memory on a full quota, so a failure here is rare; it still becomes
    // the import's message rather than an unhandled rejection.
    try {
      const { id } = await this.collection.save({ name, value: parsed.deck });
      await this.refresh();
      await this.select(id);
      return { ok: true, id, name };
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
  }

  /** Deletes the active stored deck and returns to the built-in one. */
  async removeActive(): Promise<void> {
    if (this.isBuiltin || !this.collection) return;
    const id = this.activeId;
    if (this.timer) clearTimeout(this.timer);
    this.dirty = false;
    await this.saving;
    await this.collection.remove(id);
    await this.refresh();
    await this.select(BUILTIN_ID);
  }
}

export type SaveStatus = 'pending' | 'saved' | { failed: string };
