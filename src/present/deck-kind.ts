import type { RecordKind } from '../state/storage';
import { formatDeckIssues, validateDeck, type Deck } from './deck-schema';

/**
 * Decks in the `decks` store: the deck file format (version 1, docs/deck-format.md). Stored
 * decks are checked for structure here; ids against the plan are checked on import, where
 * the plan is at hand, and a scene that names an unknown id later simply highlights nothing.
 */
export const deckKind: RecordKind<Deck> = {
  store: 'decks',
  version: 1,
  validate: (json) => {
    const result = validateDeck(json);
    return result.ok
      ? { ok: true, value: result.deck }
      : { ok: false, message: formatDeckIssues(result.errors) };
  },
  migrations: {},
};
