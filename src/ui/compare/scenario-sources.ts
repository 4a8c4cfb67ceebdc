/**
 * Where compared scenarios come from: the workbench's current scenario (its autosave slot),
 * the saved scenarios, the presets, and scenario files. Every one is validated against the
 * counties the app knows; a file's problems come back naming their fields.
 */
import type { CountyInput } from '../../model/counties';
import { PRESETS } from '../../model/presets';
import type { Scenario } from '../../model/scenario';
import { parseScenarioJson } from '../../model/validate';
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

export type FileScenario = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** A scenario file's text, validated; problems as `field: message` lines. */
export function readScenarioFile(text: string, counties: readonly CountyInput[]): FileScenario {
  const checked = parseScenarioJson(text, { counties });
  if (checked.ok) return { ok: true, scenario: checked.scenario };
  return { ok: false, problems: checked.errors.map((e) => `${e.path}: ${e.message}`) };
}
