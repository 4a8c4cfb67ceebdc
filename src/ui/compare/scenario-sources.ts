/**
 * Where compared scenarios come from: the workbench's current scenario (its autosave slot),
 * the saved scenarios and the presets. Every one is validated against the counties the app
 * knows. Scenario files are read by the workbench's reader (src/ui/workbench/scenario-io.ts).
 */
import type { CountyInput } from '../../model/counties';
import { PRESETS } from '../../model/presets';
import type { Scenario } from '../../model/scenario';
import { validateScenario } from '../../model/validate';
import { scenarioKind } from '../../state/scenario-kind';
import { appStorage } from '../../state/storage';
import { AUTOSAVE_SLOT } from '../workbench/persistence';

export type SourceKind = 'current' | 'saved' | 'preset';

export interface ScenarioChoice {
  /** `current`, `saved:<id>` or `preset:<id>`. */
  key: string;
  kind: SourceKind;
  /** Preset names in both languages; saved and current scenarios by their own name. */
  name: { zh: string; en: string };
  scenario: Scenario;
}

/** Everything that can be added, current first; unreadable records are left out. */
export async function loadChoices(counties: readonly CountyInput[]): Promise<ScenarioChoice[]> {
  const out: ScenarioChoice[] = [];
  const valid = (s: Scenario): boolean => validateScenario(s, { counties }).ok;
  try {
    const storage = await appStorage();
    const current = await storage.readAutosave(AUTOSAVE_SLOT, scenarioKind);
    if (current?.ok && valid(current.value)) {
      out.push({
        key: 'current',
        kind: 'current',
        name: { zh: current.value.name, en: current.value.name },
        scenario: current.value,
      });
    }
    for (const r of await storage.collection(scenarioKind).list()) {
      if (!r.ok || !valid(r.value)) continue;
      out.push({
        key: `saved:${r.id}`,
        kind: 'saved',
        name: { zh: r.name || r.value.name, en: r.name || r.value.name },
        scenario: r.value,
      });
    }
  } catch {
    // Storage problems are reported by the platform; presets still work.
  }
  for (const p of PRESETS) {
    out.push({
      key: `preset:${p.id}`,
      kind: 'preset',
      name: { zh: p.nameZh, en: p.nameEn },
      scenario: p.scenario,
    });
  }
  return out;
}
