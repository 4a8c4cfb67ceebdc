/**
 * Authoring operations on a deck, as pure functions that return a new deck (the editor keeps
 * the previous one untouched, and the tests need no DOM). A deck always keeps one scene.
 */
import type { Deck, LocalText, Scene } from './deck-schema';

/** Moves scene `index` by `delta` places (−1 up, +1 down); out of range: the same deck. */
export function moveScene(deck: Deck, index: number, delta: number): Deck {
  const to = index + delta;
  if (index < 0 || index >= deck.scenes.length || to < 0 || to >= deck.scenes.length) return deck;
  const scenes = [...deck.scenes];
  const [moved] = scenes.splice(index, 1);
  if (!moved) return deck;
  scenes.splice(to, 0, moved);
  return { ...deck, scenes };
}

/** Removes scene `index`; the last remaining scene is kept. */
export function removeScene(deck: Deck, index: number): Deck {
  if (deck.scenes.length <= 1 || index < 0 || index >= deck.scenes.length) return deck;
  return { ...deck, scenes: deck.scenes.filter((_, i) => i !== index) };
}

/** An id not yet used in the deck, from `base` ("scene", "scene-2", …). */
export function uniqueSceneId(deck: Deck, base: string): string {
  const replaced = base.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 50);
  const clean = /[A-Za-z0-9]/.test(replaced) ? replaced : 'scene';
  const used = new Set(deck.scenes.map((s) => s.id));
  if (!used.has(clean)) return clean;
  for (let n = 2; ; n++) {
    const id = `${clean}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** Inserts a scene after `index` (−1: at the start), giving it a unique id. */
export function insertScene(deck: Deck, index: number, scene: Scene): Deck {
  const at = Math.min(deck.scenes.length, Math.max(0, index + 1));
  const scenes = [...deck.scenes];
  scenes.splice(at, 0, { ...scene, id: uniqueSceneId(deck, scene.id) });
  return { ...deck, scenes };
}

/** Replaces fields of scene `index`. */
export function updateScene(deck: Deck, index: number, patch: Partial<Omit<Scene, 'id'>>): Deck {
  const scene = deck.scenes[index];
  if (!scene) return deck;
  const scenes = [...deck.scenes];
  scenes[index] = { ...scene, ...patch };
  return { ...deck, scenes };
}

export function retitleDeck(deck: Deck, title: LocalText): Deck {
  return { ...deck, title };
}
