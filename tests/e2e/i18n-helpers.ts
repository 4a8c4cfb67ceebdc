/**
 * Language checks on the live DOM: which visible text is in the wrong language, or in the right
 * language but not marked as such (`lang`), so that a screen reader would read it with the wrong
 * voice.
 */
import type { Page } from 'playwright-core';

export type UiLang = 'zh-CN' | 'en';

/**
 * Latin words that are the same in Chinese text: units, file formats, statistical acronyms and
 * coordinate systems, which Chinese UI writes in Latin letters too. A Latin-only text node in
 * Chinese mode made only of these (and numbers and punctuation) is not English chrome.
 */
export const NEUTRAL_LATIN = [
  'km',
  'km²',
  'm²',
  'GDP',
  'CPI',
  'PPI',
  'CSV',
  'JSON',
  'PNG',
  'SVG',
  'PDF',
  'QR',
  'URL',
  'UTF',
  'BOM',
  'GB',
  'WGS',
  'GCJ',
  'CGCS',
  'BD',
  'LNG',
  'OpenStreetMap',
  'ODbL',
  'MIT',
  'MapLibre',
  'GeoJSON',
  'IndexedDB',
  'HTTPS',
  'HTTP',
  'p5',
  'p10',
  'p25',
  'p50',
  'p75',
  'p90',
  'p95',
  'Esc',
  'Tab',
  'Enter',
  'Shift',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'F',
  'S',
  'B',
  'R',
  'H',
];

/**
 * Tooltips that show English-only research notes from the data (the source notes of the 2022
 * baselines, kept in English in the dataset). An attribute cannot be marked `lang="en"` apart
 * from its element's Chinese text; they are allowed in Chinese mode, and only in their `title`.
 * (The drivers' plan sources are not among them: src/model/drivers.ts has them in both
 * languages, and the workbench shows the one of the interface.)
 */
export const ENGLISH_DATA_TOOLTIPS = ['.targets-table__baseline', '.origin'];

export interface Offender {
  text: string;
  path: string;
  lang: string;
}

/**
 * Every visible text node in the wrong language for `lang`, or not marked:
 * - English UI: a text node with Chinese characters must be inside an element with
 *   `lang="zh-CN"` (data shown in Chinese on purpose: names, quotes).
 * - Chinese UI: a text node with no Chinese character and a Latin word that is not neutral must
 *   be inside `lang="en"` (English data such as `name_en`); anything else is untranslated chrome.
 *   Chinese text next to a half-width bracket, colon or semicolon ("导出:", "投资 (亿元)") is
 *   flagged too: Chinese takes full-width ones (（）：；).
 * "Visible" includes screen-reader-only text (clipped to 1 px), which is read aloud. The
 * `aria-label`, `title`, `placeholder` and `alt` of visible elements are checked too: in English
 * they may hold a Chinese name but not only Chinese; in Chinese, no English words.
 */
export function wrongLanguage(page: Page, lang: UiLang, root = 'body'): Promise<Offender[]> {
  return page.evaluate(
    ({ lang, neutral, root, tooltips }) => {
      const cjk = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/;
      const neutralSet = new Set(neutral);
      const han = '[\\u3400-\\u9fff]';
      const halfWidth = new RegExp(
        `${han}\\s?[(:;]|\\(\\s?${han}|${han}\\s?\\)|\\)\\s?${han}|^\\s*\\(\\s?${han}`,
      );
      const englishWords = (text: string): string[] =>
        (text.match(/[A-Za-z][A-Za-z'’²-]*[A-Za-z²]|[A-Za-z]/g) ?? []).filter(
          (w) => w.length >= 2 && !neutralSet.has(w) && !/^\d/.test(w),
        );
      const out: { text: string; path: string; lang: string }[] = [];
      const scope = document.querySelector(root);
      if (!scope) throw new Error(`nothing matches ${root}`);
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (!text) continue;
        const el = n.parentElement;
        if (!el || el.closest('script, style, template, [hidden]')) continue;
        // Form controls' own text (an <option>) is checked through the control.
        if (el.closest('select') && !el.closest('option:checked')) continue;
        if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }))
          continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        // An address is not in any language.
        if (/^(https?:\/\/|#\/)\S+$/.test(text)) continue;
        const marked = el.closest('[lang]')?.getAttribute('lang') ?? '';
        const bad =
          lang === 'en'
            ? cjk.test(text) && !marked.startsWith('zh')
            : !marked.startsWith('en') &&
              ((!cjk.test(text) && englishWords(text).length > 0) ||
                // Chinese text takes full-width brackets, colons and semicolons.
                halfWidth.test(` ${text} `));
        if (!bad) continue;
        const path: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && path.length < 4;) {
          const cls = typeof e.className === 'string' ? e.className.trim().split(/\s+/)[0] : '';
          path.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : cls ? `.${cls}` : ''}`);
          e = e.parentElement;
        }
        out.push({ text: text.slice(0, 80), path: path.join(' > '), lang: marked });
      }
      // Names and hints that are read aloud or shown on hover: an attribute cannot mark a part
      // of itself, so it must be in the interface's language (names in it may be Chinese).
      const englishWord = /[a-z]{2}/;
      for (const el of scope.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
        if (el.closest('[hidden]')) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        const marked = el.closest('[lang]')?.getAttribute('lang') ?? '';
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(name)?.trim();
          if (!value || /^(https?:\/\/|#\/)\S+$/.test(value)) continue;
          if (name === 'title' && lang === 'zh-CN' && el.matches(tooltips.join(', '))) continue;
          const bad =
            lang === 'en'
              ? cjk.test(value) && !englishWord.test(value) && !marked.startsWith('zh')
              : !cjk.test(value) && englishWords(value).length > 0 && !marked.startsWith('en');
          if (bad)
            out.push({
              text: `@${name}=${value.slice(0, 70)}`,
              path: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${
                typeof el.className === 'string' ? el.className.trim().split(/\s+/)[0] : ''
              }`,
              lang: marked,
            });
        }
      }
      return out;
    },
    { lang, neutral: NEUTRAL_LATIN, root, tooltips: ENGLISH_DATA_TOOLTIPS },
  );
}

/** Offenders as lines, one per distinct path and text (the assertion's message). */
export function describeOffenders(list: readonly Offender[]): string[] {
  return [...new Set(list.map((o) => `${o.path} [lang=${o.lang || '∅'}] “${o.text}”`))];
}
