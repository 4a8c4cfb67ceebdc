import { describe, expect, it } from 'vitest';
import { dictionariesForTest } from '../../src/i18n';
import { features } from '../../src/i18n/catalog';

const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('i18n dictionaries', () => {
  const zh = dictionariesForTest['zh-CN'];
  const en = dictionariesForTest.en;

  it('have exactly the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('each feature file has the same keys in zh and en, and no key is defined twice', () => {
    const seen = new Map<string, string>();
    for (const [name, feature] of Object.entries(features)) {
      expect(Object.keys(feature.en).sort(), name).toEqual(Object.keys(feature.zh).sort());
      for (const key of Object.keys(feature.zh)) {
        expect(seen.get(key), `${key} is in ${seen.get(key) ?? ''} and ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('have no empty strings', () => {
    for (const [lang, dict] of Object.entries(dictionariesForTest)) {
      for (const [key, value] of Object.entries(dict)) {
        expect(value.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('really translate: English strings contain no Chinese characters, except language names', () => {
    for (const [key, value] of Object.entries(en)) {
      if (key === 'lang.switch') continue;
      expect(/[\u4e00-\u9fff]/.test(value), `${key}: ${value}`).toBe(false);
    }
  });
});
