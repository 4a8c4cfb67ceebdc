import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  insertScene,
  moveScene,
  removeScene,
  updateScene,
  uniqueSceneId,
} from '../../src/present/deck-ops';
import { validateDeck } from '../../src/present/deck-schema';
import { defaultDeck } from '../../src/present/default-deck';

const deck = defaultDeck();
const ids = (d: typeof deck): string[] => d.scenes.map((s) => s.id);

describe('deck authoring operations', () => {
  it('moves a scene up and down, and not past the ends', () => {
    const down = moveScene(deck, 0, 1);
    expect(ids(down).slice(0, 2)).toEqual([ids(deck)[1], ids(deck)[0]]);
    expect(moveScene(down, 1, -1)).toEqual(deck);
    expect(moveScene(deck, 0, -1)).toBe(deck);
    expect(moveScene(deck, deck.scenes.length - 1, 1)).toBe(deck);
    expect(ids(deck)[0]).toBe('targets'); // the original is untouched
  });

  it('keeps every scene when moving (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(20), fc.constantFrom(-1, 1)), { maxLength: 30 }),
        (moves) => {
          let d = deck;
          for (const [i, delta] of moves) d = moveScene(d, i, delta);
          expect([...ids(d)].sort()).toEqual([...ids(deck)].sort());
          expect(validateDeck(JSON.parse(JSON.stringify(d))).ok).toBe(true);
        },
      ),
    );
  });

  it('deletes a scene but never the last one', () => {
    expect(ids(removeScene(deck, 1))).toEqual(ids(deck).filter((_, i) => i !== 1));
    let d = deck;
    while (d.scenes.length > 1) d = removeScene(d, 0);
    expect(removeScene(d, 0)).toBe(d);
  });

  it('inserts a copy with a fresh id after the current scene', () => {
    const scene = deck.scenes[0]!;
    const d = insertScene(deck, 0, scene);
    expect(d.scenes).toHaveLength(deck.scenes.length + 1);
    expect(d.scenes[1]?.id).toBe('targets-2');
    expect(validateDeck(JSON.parse(JSON.stringify(d))).ok).toBe(true);
    expect(uniqueSceneId(d, 'targets')).toBe('targets-3');
    expect(uniqueSceneId(d, '新 场景')).toBe('scene');
  });

  it('edits titles and notes of one scene only', () => {
    const d = updateScene(deck, 2, { title: { zh: '新标题', en: 'New title' } });
    expect(d.scenes[2]?.title).toEqual({ zh: '新标题', en: 'New title' });
    expect(d.scenes[2]?.notes).toEqual(deck.scenes[2]?.notes);
    expect(d.scenes[1]).toBe(deck.scenes[1]);
    expect(updateScene(deck, 99, { title: { zh: '', en: '' } })).toBe(deck);
  });
});
