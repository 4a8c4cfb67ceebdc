/**
 * The plan dataset as one schema, and every type inferred from it. Files map one-to-one to the
 * keys of `PlanFiles` (see `files.ts` for the file names under geodata/plan/).
 */
import { z } from 'zod';
import { BaselineFile } from './schema-baseline.ts';
import type * as B from './schema-baseline.ts';
import type * as C from './schema-common.ts';
import { CountiesFile, IndustriesFile, ProjectsFile, ZonesFile } from './schema-places.ts';
import type * as P from './schema-places.ts';
import { ActualsFile, SectionsFile, TargetsFile } from './schema-targets.ts';
import type * as T from './schema-targets.ts';

/** Every file of the dataset, already parsed from JSON, keyed by its role. */
export const PlanFiles = z.strictObject({
  sections: SectionsFile,
  targets: TargetsFile,
  actuals: ActualsFile,
  counties: CountiesFile,
  industries: IndustriesFile,
  zones: ZonesFile,
  projects: ProjectsFile,
  baseline: BaselineFile,
});

export type PlanFiles = z.infer<typeof PlanFiles>;
export type PlanFileKey = keyof PlanFiles;

export type SectionIdT = z.infer<typeof C.SectionId>;
export type ComparatorT = z.infer<typeof C.Comparator>;
export type UnitT = z.infer<typeof C.Unit>;
export type PrecisionT = z.infer<typeof C.Precision>;
export type ReportRefT = z.infer<typeof C.ReportRef>;
export type ExternalRefT = z.infer<typeof C.ExternalRef>;
export type SourceRefT = z.infer<typeof C.SourceRef>;
export type PlanGeometryT = z.infer<typeof C.PlanGeometry>;

export type Section = z.infer<typeof T.Section>;
export type ReviewTheme = z.infer<typeof T.ReviewTheme>;
export type Target = z.infer<typeof T.Target>;
export type TargetKindT = z.infer<typeof T.TargetKind>;
export type TargetScopeT = z.infer<typeof T.TargetScope>;
export type StrengthT = z.infer<typeof T.Strength>;
export type Actual = z.infer<typeof T.Actual>;

export type CountyUnit = z.infer<typeof P.CountyUnit>;
export type UnitGroup = z.infer<typeof P.UnitGroup>;
export type Industry = z.infer<typeof P.Industry>;
export type IndustryLabel = z.infer<typeof P.IndustryLabel>;
export type IndustryMatchT = z.infer<typeof P.IndustryMatch>;
export type PlanItem = z.infer<typeof P.PlanItem>;
export type ZoneProps = z.infer<typeof P.ZoneProps>;
export type ZoneFeature = z.infer<typeof P.ZoneFeature>;
export type ProjectProps = z.infer<typeof P.ProjectProps>;
export type ProjectFeature = z.infer<typeof P.ProjectFeature>;
export type Outcome = z.infer<typeof P.Outcome>;

export type BaselineEntry = z.infer<typeof B.BaselineEntry>;

/**
 * The validated dataset in the shape the app uses: flat arrays, and the FeatureCollections as
 * they are, so they can be handed to maplibre as GeoJSON sources.
 */
export interface PlanData {
  sections: Section[];
  reviewThemes: ReviewTheme[];
  targets: Target[];
  actuals: Actual[];
  units: CountyUnit[];
  groups: UnitGroup[];
  industries: Industry[];
  zones: PlanFiles['zones'];
  projects: PlanFiles['projects'];
  baseline: BaselineEntry[];
}
