import { en, zhCN, type MessageKey } from './catalog';

export type Lang = 'zh-CN' | 'en';
export type { MessageKey };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'zz.lang';

let current: Lang = 'zh-CN';
const listeners = new Set<(lang: Lang) => void>();

/** Reads the persisted language; Chinese is the default for everyone else. */
export function initLanguage(storage: Pick<Storage, 'getItem'> | null): Lang {
  const saved = safeGet(storage);
  current = saved === 'en' ? 'en' : 'zh-CN';
  return current;
}

export function getLanguage(): Lang {
  return current;
}

export function setLanguage(lang: Lang, storage: Pick<Storage, 'setItem'> | null): void {
  if (lang === current) return;
  current = lang;
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode); the switch still works for this session.
  }
  for (const listener of listeners) listener(lang);
}

/** Subscribes to language changes; returns an unsubscribe function. */
export function onLanguageChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Translates a key, filling `{name}` placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return interpolate(dictionaries[current][key], params);
}

/** Translates into a given language regardless of the current one (used for bilingual labels). */
export function tIn(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return interpolate(dictionaries[lang][key], params);
}

function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function safeGet(storage: Pick<Storage, 'getItem'> | null): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export const dictionariesForTest = dictionaries;
