import type { PlanData } from '../../data/index.ts';

/**
 * What the atlas shows, as it lives in the address: `#/atlas?industry=…&unit=…` or `…&zone=…`
 * or `…&project=…`. One place is selected at a time (a unit, a zone or a project); the
 * industry view is independent of it: `industry=<id>` shows it with that industry chosen,
 * `industry=` (empty) shows it with none chosen, no `industry` hides it. Pure, so links,
 * reloads and tests agree.
 */
export type Selection =
  { kind: 'unit'; id: string } | { kind: 'zone'; id: string } | { kind: 'project'; id: string };

export interface AtlasState {
  selection: Selection | null;
  /** Whether the industry view (highlight and matrix) is on. */
  industriesOn: boolean;
  industry: string | null;
}

const SELECTION_KEYS = ['unit', 'zone', 'project'] as const;

/**
 * Reads the state, keeping only ids that exist (a stale or hand-edited link selects nothing
 * rather than something wrong). With several selection keys, the first of unit, zone,
 * project wins.
 */
export function parseAtlasState(
  params: URLSearchParams,
  data: PlanData,
  unitIds: ReadonlySet<string>,
): AtlasState {
  const known: Record<Selection['kind'], (id: string) => boolean> = {
    unit: (id) => unitIds.has(id),
    zone: (id) => data.zones.features.some((f) => f.properties.id === id),
    project: (id) => data.projects.features.some((f) => f.properties.id === id),
  };
  let selection: Selection | null = null;
  for (const kind of SELECTION_KEYS) {
    const id = params.get(kind);
    if (id !== null && known[kind](id)) {
      selection = { kind, id };
      break;
    }
  }
  const industry = params.get('industry');
  return {
    selection,
    industriesOn: industry !== null,
    industry: industry !== null && data.industries.some((x) => x.id === industry) ? industry : null,
  };
}

/** The address params for a state; other params already there are kept. */
export function formatAtlasState(state: AtlasState, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of SELECTION_KEYS) params.delete(key);
  params.delete('industry');
  if (state.industriesOn) params.set('industry', state.industry ?? '');
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  return params;
}

/** The link that opens the atlas on a place (targets browser rows, panels). */
export function atlasHref(selection: Selection): string {
  const params = formatAtlasState({ selection, industriesOn: false, industry: null });
  return `#/atlas?${params.toString()}`;
}
