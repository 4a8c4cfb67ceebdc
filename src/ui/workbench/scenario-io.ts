/**
 * The scenario as a file: written in the documented format (docs/scenario-format.md, version 1)
 * and read back through the model's own validator, whose messages name the field. Reading never
 * touches saved scenarios: a file either becomes the scenario being edited, or an error.
 */
import type { CountyInput } from '../../model/counties';
import type { Scenario } from '../../model/scenario';
import { parseScenarioJson } from '../../model/validate';

/** Largest scenario file accepted (a real one is a few kilobytes). */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

/** The scenario as the text of a `.json` file, fields in the documented order. */
export function scenarioToJson(scenario: Scenario): string {
  const ordered: Record<string, unknown> = {
    version: scenario.version,
    name: scenario.name,
    ...(scenario.description !== undefined ? { description: scenario.description } : {}),
    seed: scenario.seed,
    paths: scenario.paths,
    drivers: scenario.drivers,
    parameters: scenario.parameters,
    actuals: scenario.actuals,
    counties: scenario.counties,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export type ScenarioFileReading =
  { ok: true; scenario: Scenario } | { ok: false; tooLarge: number | null; problems: string[] };

/** Validates a scenario file's text (counties known to the app make the check stricter). */
export function readScenarioText(
  text: string,
  counties: readonly CountyInput[],
): ScenarioFileReading {
  const result = parseScenarioJson(text.replace(/^\uFEFF/, ''), { counties });
  if (result.ok) return { ok: true, scenario: result.scenario };
  return {
    ok: false,
    tooLarge: null,
    problems: result.errors.map((e) => `${e.path}: ${e.message}`),
  };
}

/** Reads and validates a scenario file chosen by the user. */
export async function readScenarioFile(
  file: Pick<File, 'size' | 'text'>,
  counties: readonly CountyInput[],
): Promise<ScenarioFileReading> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) return { ok: false, tooLarge: file.size, problems: [] };
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return {
      ok: false,
      tooLarge: null,
      problems: [`(file): could not be read (${err instanceof Error ? err.message : String(err)})`],
    };
  }
  return readScenarioText(text, counties);
}
