/**
 * Quote checking: every `quote` in the dataset must occur in the report. The report's line
 * breaks (and the odd space before a number) split phrases, so whitespace is dropped on both
 * sides before matching; nothing else is normalised, so punctuation must match exactly.
 */
import type { PlanData } from './schema.ts';

/** Drops all whitespace, including full-width spaces and line breaks. */
export const normaliseForQuote = (text: string): string => text.replace(/[\s\u3000]+/gu, '');

export interface QuoteRef {
  /** Where the quote is, e.g. `targets[3] (id "headline.industry_va")`. */
  where: string;
  quote: string;
}

/** Every quote from the report that the dataset relies on, with where it is used. */
export function collectReportQuotes(data: PlanData): QuoteRef[] {
  const refs: QuoteRef[] = [];
  const add = (where: string, quote: string): void => {
    refs.push({ where, quote });
  };
  data.sections.forEach((s, i) => {
    if (s.number_zh !== null) add(`sections[${i}].title_zh`, s.number_zh + s.title_zh);
    s.headings.forEach((h, j) => add(`sections[${i}].headings[${j}]`, h.zh));
  });
  data.reviewThemes.forEach((t, i) => add(`review_themes[${i}].title_zh`, t.title_zh));
  data.targets.forEach((t, i) => add(`targets[${i}] (id "${t.id}")`, t.source.quote));
  data.actuals.forEach((a, i) => add(`actuals[${i}] (id "${a.id}")`, a.source.quote));
  data.units.forEach((u, i) => {
    if (u.industries_source)
      add(`units[${i}] (id "${u.adcode}").industries_source`, u.industries_source.quote);
    u.plans.forEach((p, j) => add(`units[${i}] (id "${u.adcode}").plans[${j}]`, p.source.quote));
  });
  const places = [
    ...data.zones.features.map((f, i) => [`zones[${i}]`, f.properties] as const),
    ...data.projects.features.map((f, i) => [`projects[${i}]`, f.properties] as const),
  ];
  for (const [where, p] of places) {
    p.sources.forEach((s, j) => {
      if ('quote' in s) add(`${where} (id "${p.id}").sources[${j}]`, s.quote);
    });
  }
  return refs;
}

/** The quotes that do not occur in `reportText`; empty when every quote is verbatim. */
export function findMissingQuotes(data: PlanData, reportText: string): QuoteRef[] {
  const haystack = normaliseForQuote(reportText);
  return collectReportQuotes(data).filter((r) => !haystack.includes(normaliseForQuote(r.quote)));
}
