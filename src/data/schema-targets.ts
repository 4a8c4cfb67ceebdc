/**
 * Schemas of the target register (2023), the 2022 actuals and the work-area lookup.
 * Field-level rules live here; rules that need the whole dataset live in `crosscheck.ts`.
 */
import { z } from 'zod';
import { Comparator, DottedId, ReportRef, SectionId, Unit } from './schema-common.ts';

/** A sub-heading of a work area, e.g. 强化项目引领 / Strengthen project leadership. */
export const Heading = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/** A work area: `headline` (主要预期目标) or one of the ten numbered areas (一 to 十). */
export const Section = z.strictObject({
  id: SectionId,
  /** Numbering as printed, e.g. （一）; null for the headline block. */
  number_zh: z.string().nullable(),
  title_zh: z.string().min(1),
  title_en: z.string().min(1),
  short_en: z.string().min(1),
  headings: z.array(Heading).min(1),
});

/** The two themes of the 2022 review that part 2 holds (the rest was in part 1). */
export const ReviewTheme = z.strictObject({
  id: z.enum(['livelihood', 'government']),
  title_zh: z.string().min(1),
  title_en: z.string().min(1),
});

/**
 * growth: a rate of change in %; level: an amount (亿元, 万平方米 …); count: a number of things;
 * share: a proportion in %; rank: a placing; milestone: a discrete project step (开工, 投产,
 * 核准 …) without a number; qualitative: a commitment without a number (完成节能减排任务).
 */
export const TargetKind = z.enum([
  'growth',
  'level',
  'count',
  'share',
  'rank',
  'milestone',
  'qualitative',
]);
export const NUMERIC_KINDS = ['growth', 'level', 'count', 'share', 'rank'] as const;

/** comparable: 可比价 (real); nominal: current prices; index: a price index. */
export const Measure = z.enum(['comparable', 'nominal', 'index']);

/**
 * expected: the headline 主要预期目标 (预期性, indicative); commit: 确保 (a firm commitment);
 * aim: 力争 / 力促 / 争创 (strive for); plain: stated as a task with no modal word.
 */
export const Strength = z.enum(['expected', 'commit', 'aim', 'plain']);

/**
 * How attainment is judged: at_least (a floor: the usual reading of growth and level targets,
 * including unqualified ones) or at_most (a cap: 控制在…). Null for milestones and qualitative.
 */
export const Attainment = z.enum(['at_least', 'at_most']);

export const TargetScope = z.strictObject({
  type: z.enum(['city', 'county', 'zone', 'district-group']),
  /** city: 350600; county: an adcode; zone: a zone id; district-group: a group id. */
  id: z.string().min(1),
});

/** A 2022 figure from the review that is the natural baseline of a 2023 target. */
export const Baseline2022 = z.strictObject({
  value: z.number(),
  unit: Unit,
  actual: DottedId,
  /** Why it is comparable, or how it differs. */
  note: z.string().optional(),
});

export const Target = z.strictObject({
  id: DottedId,
  section: SectionId,
  /** The sub-heading in Chinese, as printed (must be one of the section's headings). */
  heading: z.string().min(1),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  value: z.number().nullable(),
  /** Upper end of a range written as 2-3家; `value` is the lower end. */
  value_max: z.number().optional(),
  unit: Unit.nullable(),
  comparator: Comparator.nullable(),
  attainment: Attainment.nullable(),
  kind: TargetKind,
  scope: TargetScope,
  measure: Measure.nullable(),
  strength: Strength,
  /** The modal word as printed (力争, 确保, 力促 …), or null. */
  strength_word: z.string().nullable(),
  baseline_2022: Baseline2022.nullable(),
  /** Baseline entry (baseline.json) that holds the 2022 level this growth applies to. */
  baseline_ref: DottedId.optional(),
  /** Other register, actual, zone or project ids worth showing next to this one. */
  related: z.array(DottedId),
  /** For milestones: the project it concerns and the step (开工 …). */
  project: DottedId.optional(),
  milestone_zh: z.string().optional(),
  note: z.string().optional(),
  source: ReportRef,
});

/** A 2022 achievement from the review at the top of part 2. */
export const Actual = z.strictObject({
  id: DottedId,
  year: z.literal(2022),
  theme: z.enum(['livelihood', 'government']),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  value: z.number(),
  unit: Unit,
  /** `≈` for figures the report marks 预计 (estimated). */
  comparator: Comparator,
  kind: TargetKind.exclude(['milestone', 'qualitative']),
  scope: TargetScope,
  /** 2023 register ids this figure compares with. */
  related: z.array(DottedId),
  note: z.string().optional(),
  source: ReportRef,
});

export const SectionsFile = z.strictObject({
  meta: z.record(z.string(), z.unknown()),
  sections: z.array(Section),
  review_themes: z.array(ReviewTheme),
});
export const TargetsFile = z.strictObject({
  meta: z.record(z.string(), z.unknown()),
  targets: z.array(Target),
});
export const ActualsFile = z.strictObject({
  meta: z.record(z.string(), z.unknown()),
  actuals: z.array(Actual),
});
