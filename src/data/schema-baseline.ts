/**
 * Schema of the baseline statistics: sourced figures from sources.md, and explicit
 * "not entered" slots for every figure a simulation needs but no source gives.
 */
import { z } from 'zod';
import { Adcode, Comparator, Confidence, DottedId, ExternalRef, Unit } from './schema-common.ts';

export const BaselineScope = z.strictObject({
  type: z.enum(['city', 'county', 'province']),
  id: Adcode,
});

const common = {
  id: DottedId,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  year: z.number().int().min(2000).max(2030),
  scope: BaselineScope,
  kind: z.enum(['growth', 'level', 'share', 'count', 'price-index']),
  unit: Unit,
  /**
   * statistic: a recorded figure; province_target: Fujian's 2023 target (for comparison);
   * later_outcome: a figure from after 2023 (context, not a 2023 outcome);
   * simulation_input: a slot the simulation needs (2022 levels, county weights).
   */
  role: z.enum(['statistic', 'province_target', 'later_outcome', 'simulation_input']),
  /** Register ids this figure helps read. */
  related: z.array(DottedId),
  note: z.string().optional(),
};

/** A figure with a source. `comparator` keeps "over 5000" (>) and "about 8%" (≈) honest. */
export const SourcedEntry = z.strictObject({
  ...common,
  status: z.literal('sourced'),
  value: z.number(),
  comparator: Comparator,
  confidence: Confidence,
  source: ExternalRef,
});

/** A figure no source gives: never guessed, entered later by a user. */
export const NotEnteredEntry = z.strictObject({
  ...common,
  status: z.literal('not_entered'),
  value: z.null(),
  reason: z.string().min(1),
});

export const BaselineEntry = z.discriminatedUnion('status', [SourcedEntry, NotEnteredEntry]);

export const BaselineFile = z.strictObject({
  meta: z.record(z.string(), z.unknown()),
  entries: z.array(BaselineEntry),
});
