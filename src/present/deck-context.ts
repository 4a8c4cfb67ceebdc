import type { PlanData } from '../data/index.ts';
import type { DeckContext } from './deck-schema';

/** The ids a deck may refer to, from the plan: imports and tests check decks against them. */
export function deckContext(plan: PlanData, adcodes: readonly string[]): DeckContext {
  return {
    units: new Set(adcodes),
    zones: new Set(plan.zones.features.map((f) => f.properties.id)),
    projects: new Set(plan.projects.features.map((f) => f.properties.id)),
    industries: new Set(plan.industries.map((i) => i.id)),
    targets: new Set(plan.targets.map((t) => t.id)),
  };
}
