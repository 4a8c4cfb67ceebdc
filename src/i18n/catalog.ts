import * as baseline from './messages/baseline';
import * as charts from './messages/charts';
import * as compare from './messages/compare';
import * as core from './messages/core';
import * as plan from './messages/plan';
import * as platform from './messages/platform';
import * as present from './messages/present';
import * as workbench from './messages/workbench';

/**
 * Every feature's strings. To add a feature's strings, create `messages/<feature>.ts` exporting
 * `zh` (as const) and `en: Record<keyof typeof zh, string>`, import it above and list it here:
 * the merged dictionaries and the key type follow from this one list.
 * Keys must be unique across features; `tests/i18n/keys.test.ts` checks that and parity.
 */
export const features = {
  core,
  charts,
  platform,
  plan,
  workbench,
  baseline,
  compare,
  present,
} as const;

type Feature = (typeof features)[keyof typeof features];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/** Every key of every feature. */
export type MessageKey = Extract<keyof UnionToIntersection<Feature['zh']>, string>;

function merge(pick: (f: Feature) => Record<string, string>): Record<MessageKey, string> {
  return Object.assign({}, ...Object.values(features).map(pick)) as Record<MessageKey, string>;
}

export const zhCN = merge((f) => f.zh);
export const en = merge((f) => f.en);
