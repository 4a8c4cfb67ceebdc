/**
 * The compare view's state in the address: `#/compare?a=z1.…&b=z1.…[&c=…&d=…]&ind=gdp&vs=b
 * &map=probability&gap=probability`. Each scenario is the workbench's URL encoding
 * (`encodeScenario`: the whole scenario, seed included), so a colleague's link opens the same
 * comparison with the same numbers. Parsing here is synchronous and never throws; decoding the
 * scenarios (async, validated) is the view's job.
 */
import { isOutputId, type OutputId } from '../../model/outputs';
import type { GapMode } from './gap-attribution';
import type { MapMode } from './county-diff';

export const SLOT_KEYS = ['a', 'b', 'c', 'd'] as const;
export const MAX_SCENARIOS = SLOT_KEYS.length;

export interface CompareParams {
  /** Encoded scenarios in slot order (a, b, …), without gaps. */
  encoded: string[];
  indicator: OutputId;
  /** Index (1…n−1) of the scenario compared with A in the tornado and on the map. */
  pair: number;
  map: MapMode;
  gap: GapMode;
}

export const DEFAULT_INDICATOR: OutputId = 'gdp';

export function parseCompareParams(params: URLSearchParams): CompareParams {
  const encoded = SLOT_KEYS.map((k) => params.get(k)).filter(
    (v): v is string => v !== null && v !== '',
  );
  const ind = params.get('ind') ?? '';
  const vs = SLOT_KEYS.indexOf((params.get('vs') ?? 'b') as (typeof SLOT_KEYS)[number]);
  return {
    encoded,
    indicator: isOutputId(ind) ? ind : DEFAULT_INDICATOR,
    pair: vs >= 1 && vs < encoded.length ? vs : 1,
    map: params.get('map') === 'growth' ? 'growth' : 'probability',
    gap: params.get('gap') === 'median' ? 'median' : 'probability',
  };
}

export function formatCompareParams(state: CompareParams): URLSearchParams {
  const out = new URLSearchParams();
  state.encoded.slice(0, MAX_SCENARIOS).forEach((e, i) => out.set(SLOT_KEYS[i] ?? 'a', e));
  if (state.indicator !== DEFAULT_INDICATOR) out.set('ind', state.indicator);
  if (state.pair !== 1 && state.pair < state.encoded.length)
    out.set('vs', SLOT_KEYS[state.pair] ?? 'b');
  if (state.map !== 'probability') out.set('map', state.map);
  if (state.gap !== 'probability') out.set('gap', state.gap);
  return out;
}
