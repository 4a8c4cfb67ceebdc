import type { Scenario } from '../model/scenario';
import { formatIssues, validateScenario } from '../model/validate';
import type { RecordKind } from './storage';

/**
 * Saved scenarios in the `scenarios` store: the scenario file format (version 1, see
 * docs/scenario-format.md), validated by the model's own validator. The workbench's library,
 * the compare view and the presenter all read and write scenarios through this one kind.
 */
export const scenarioKind: RecordKind<Scenario> = {
  store: 'scenarios',
  version: 1,
  validate: (json) => {
    const result = validateScenario(json);
    return result.ok
      ? { ok: true, value: result.scenario }
      : { ok: false, message: formatIssues(result.errors) };
  },
  migrations: {},
};
