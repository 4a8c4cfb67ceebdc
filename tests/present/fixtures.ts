import { deckContext } from '../../src/present/deck-context';
import { loadPlan } from '../ui/plan-fixture';

export const plan = loadPlan();
/** The ids the app checks decks against (the plan's units, zones, projects, industries, targets). */
export const context = deckContext(
  plan,
  plan.units.map((u) => u.adcode),
);
