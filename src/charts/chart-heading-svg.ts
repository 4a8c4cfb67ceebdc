/**
 * The two text parts every chart document shares: the title in the top-left corner (only when
 * the chart shows its own title, as in exports and the handout) and the message that stands in
 * for an empty chart.
 */
import { textEl } from './svg';
import { colors, type ChartTheme } from './theme';

/** The chart's own title, top left. */
export function chartTitleSvg(theme: ChartTheme, title: string): string {
  return textEl(
    'text',
    {
      x: theme.gap * 1.5,
      y: theme.gap * 1.5 + theme.fontTitle,
      'font-size': theme.fontTitle,
      'font-weight': 700,
      fill: colors.ink,
    },
    title,
  );
}

/**
 * The message of an empty chart, centred on `x`; `middle` also centres it vertically on `y`
 * (otherwise `y` is its baseline).
 */
export function emptyMessageSvg(
  theme: ChartTheme,
  at: { x: number; y: number; middle: boolean },
  message: string,
): string {
  return textEl(
    'text',
    {
      x: at.x,
      y: at.y,
      'text-anchor': 'middle',
      'dominant-baseline': at.middle ? 'central' : undefined,
      'font-size': theme.fontLabel,
      fill: colors.inkMuted,
    },
    message,
  );
}
