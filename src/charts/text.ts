/**
 * Text in layouts: bilingual labels, and text widths estimated without a DOM.
 *
 * Layouts run in Node (tests, the handout generator) and in workers, where there is no
 * `getComputedTextLength`. The estimate below errs wide, so that reserved margins are
 * never too small for the real fonts (YaHei, PingFang, Noto Sans CJK, WenQuanYi).
 */
import type { Lang } from '../i18n';

/** A label given in one language, or in both (the plan data has name_zh and name_en). */
export type LocalText = string | { readonly zh: string; readonly en: string };

/** The label in `lang`; a one-language label is used as is. */
export function pickText(text: LocalText | null | undefined, lang: Lang): string {
  if (text === null || text === undefined) return '';
  if (typeof text === 'string') return text;
  return lang === 'en' ? text.en : text.zh;
}

/** Width of one character in em, by class. */
function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  // CJK ideographs, kana, hangul and full-width forms are square.
  if (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    code >= 0x20000
  ) {
    return 1;
  }
  if (ch === ' ') return 0.3;
  if (ch === '%') return 0.9;
  if (/[0-9]/.test(ch)) return 0.58;
  if (/[A-Z]/.test(ch)) return 0.68;
  if (/[mwMW]/.test(ch)) return 0.85;
  if (/[iljtfI.,:;'|!]/.test(ch)) return 0.32;
  if (/[a-z]/.test(ch)) return 0.56;
  if (/[–—−]/.test(ch)) return ch === '—' ? 1 : 0.6;
  return 0.62;
}

/** Estimated advance width of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

/**
 * Shortens `text` with an ellipsis so that it fits `maxWidth`. The full text stays available
 * to the tooltip and the data table.
 */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  const ellipsis = textWidth('…', fontSize);
  let width = 0;
  let out = '';
  for (const ch of chars) {
    const w = charEm(ch) * fontSize;
    if (width + w + ellipsis > maxWidth) break;
    width += w;
    out += ch;
  }
  return `${out}…`;
}
