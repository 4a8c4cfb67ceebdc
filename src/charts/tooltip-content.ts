/**
 * What a tooltip says, computed by the pure layouts (so it is tested in Node) and shown by
 * the DOM layer (`interaction.ts`).
 */

export interface TooltipRow {
  label: string;
  value: string;
  /** A line sample identifying a scenario in the compare view. */
  swatch?: { color: string; dash: string };
}

export interface TooltipContent {
  title: string;
  rows: TooltipRow[];
}

/** The tooltip as one sentence, for the live region that screen readers announce. */
export function tooltipText(content: TooltipContent): string {
  const rows = content.rows.map((r) => (r.value ? `${r.label} ${r.value}` : r.label));
  return [content.title, ...rows].join('; ');
}
