/**
 * Language marks for text that mixes languages: data shown as it is (a source's title, an
 * English description quoting 亿元, a scenario named "按计划基准 Plan-consistent baseline").
 * Each run of Chinese gets its own `lang="zh-CN"` element, so that a screen reader reads it with
 * a Chinese voice inside English text (and browsers pick Chinese fonts), while the rest keeps
 * the language of its surroundings. Checked on every view by tests/e2e/i18n.e2e.ts.
 */
import { getLanguage, type Lang } from '../i18n';
import { h } from './dom';

/** Chinese characters, CJK punctuation and full-width forms. */
const CJK_CLASS = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff01-\\uff5e';
/** True when the text has a Chinese character (or CJK punctuation). */
export const HAS_CJK = new RegExp(`[${CJK_CLASS}]`);
/**
 * A run of Chinese: CJK characters, with digits, spaces and number punctuation between them
 * ("约33公里", "1–3月累计") kept inside the run.
 */
const CJK_RUN = new RegExp(`[${CJK_CLASS}]+(?:[\\s\\d.,:%+\\-–—·/]*[${CJK_CLASS}]+)*`, 'g');

/**
 * A run of English words in Chinese text ("Plan-consistent baseline"): words with a lower-case
 * pair, so that acronyms Chinese writes in Latin letters too (GDP, CPI, LNG) stay unmarked.
 */
const LATIN_RUN = /[A-Za-z][A-Za-z'’-]*(?:[\s,.&/()-]+[A-Za-z][A-Za-z'’-]*)*/g;
const ENGLISH_WORD = /[a-z]{2}/;

/**
 * Splits `text` into plain strings and elements marking its runs in the other language, as
 * children for `h(…)`: Chinese runs always get `<span lang="zh-CN">` (they may sit in English
 * text, or in an element marked English); in the Chinese UI, English runs get
 * `<span lang="en">`. Text with nothing to mark comes back as one string.
 */
export function langRuns(text: string, ui: Lang = getLanguage()): (string | HTMLElement)[] {
  const marks: { start: number; end: number; lang: 'zh-CN' | 'en' }[] = [];
  for (const m of text.matchAll(CJK_RUN))
    marks.push({ start: m.index, end: m.index + m[0].length, lang: 'zh-CN' });
  if (ui === 'zh-CN') {
    for (const m of text.matchAll(LATIN_RUN)) {
      if (ENGLISH_WORD.test(m[0]))
        marks.push({ start: m.index, end: m.index + m[0].length, lang: 'en' });
    }
    marks.sort((a, b) => a.start - b.start);
  }
  if (marks.length === 0) return [text];
  const out: (string | HTMLElement)[] = [];
  let last = 0;
  for (const mark of marks) {
    if (mark.start > last) out.push(text.slice(last, mark.start));
    out.push(h('span', { lang: mark.lang }, text.slice(mark.start, mark.end)));
    last = mark.end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** SVG elements whose text is not drawn (and cannot hold a <tspan>). */
const NOT_DRAWN = new Set(['title', 'desc', 'style', 'script', 'metadata']);

/**
 * Marks the Chinese runs of every drawn text node under `root` that is not already inside a
 * Chinese-marked element: `<tspan lang="zh-CN">` in SVG, `<span lang="zh-CN">` in HTML. For
 * markup rendered elsewhere as a string (the charts), at the one place it enters the page.
 */
export function markChineseRuns(root: Element): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const pending: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const parent = text.parentElement;
    if (!parent || !HAS_CJK.test(text.data)) continue;
    if (parent.namespaceURI === SVG_NS && NOT_DRAWN.has(parent.localName)) continue;
    if (parent.closest('[lang]')?.getAttribute('lang')?.startsWith('zh')) continue;
    pending.push(text);
  }
  for (const text of pending) {
    const parent = text.parentElement!;
    const svg = parent.namespaceURI === SVG_NS;
    const pieces: Node[] = [];
    let last = 0;
    for (const m of text.data.matchAll(CJK_RUN)) {
      if (m.index > last) pieces.push(doc.createTextNode(text.data.slice(last, m.index)));
      const mark = svg ? doc.createElementNS(SVG_NS, 'tspan') : doc.createElement('span');
      mark.setAttribute('lang', 'zh-CN');
      mark.textContent = m[0];
      pieces.push(mark);
      last = m.index + m[0].length;
    }
    if (last < text.data.length) pieces.push(doc.createTextNode(text.data.slice(last)));
    text.replaceWith(...pieces);
  }
}
