/** Shared helpers for model tests. */
import { DRIVERS } from '../../src/model/drivers';
import { OUTPUTS } from '../../src/model/outputs';
import { defaultScenario, type Scenario } from '../../src/model/scenario';

/** A scenario with no uncertainty anywhere: every sd, residual and scatter set to 0. */
export function zeroVariance(overrides: Partial<Scenario> = {}): Scenario {
  const base = defaultScenario();
  const drivers: Scenario['drivers'] = {};
  for (const d of DRIVERS) drivers[d.id] = { sd: 0, ...(overrides.drivers?.[d.id] ?? {}) };
  const parameters: Scenario['parameters'] = { 'county.residual_sd': 0, 'county.quarter_sd': 0 };
  for (const o of OUTPUTS) {
    parameters[`residual_sd.${o.id}`] = 0;
    parameters[`quarter_sd.${o.id}`] = 0;
  }
  return {
    ...base,
    ...overrides,
    drivers,
    parameters: { ...parameters, ...(overrides.parameters ?? {}) },
  };
}

/** Every number anywhere inside a value (for "never NaN" checks). */
export function allNumbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allNumbers(v, out);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) allNumbers(v, out);
  return out;
}
