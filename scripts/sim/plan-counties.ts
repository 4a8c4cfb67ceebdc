/**
 * Read the county list the engine needs ({ adcode, name_zh, industries }) from the plan dataset
 * (geodata/plan/counties.json, written by the plan-data work). Each printed industry label maps
 * to one or more vocabulary ids; all of them count.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CountyInput } from '../../src/model/counties';

const Units = z.object({
  units: z.array(
    z.object({
      adcode: z.string(),
      name_zh: z.string(),
      industries: z.array(z.object({ maps: z.array(z.object({ industry: z.string() })) })),
    }),
  ),
});

/** Parse counties.json; returns an error message instead of throwing. */
export function readPlanCounties(
  file: string,
): { ok: true; counties: CountyInput[] } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return {
      ok: false,
      message: `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  const parsed = Units.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      message: `${file} is not a county list: ${parsed.error.issues[0]?.message ?? 'unexpected shape'}`,
    };
  return {
    ok: true,
    counties: parsed.data.units.map((u) => ({
      adcode: u.adcode,
      name_zh: u.name_zh,
      industries: [...new Set(u.industries.flatMap((l) => l.maps.map((m) => m.industry)))],
    })),
  };
}
