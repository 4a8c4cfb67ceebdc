import * as baseline from './messages/baseline';
import * as charts from './messages/charts';
import * as compare from './messages/compare';
import * as core from './messages/core';
import * as plan from './messages/plan';
import * as platform from './messages/platform';
import * as present from './messages/present';
import * as workbench from './messages/workbench';

/**
 * Every feature's strings, merged. To add a feature's strings, create `messages/<feature>.ts`
 * exporting `zh` (as const) and `en: Record<keyof typeof zh, string>`, and list it here.
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

export const zhCN = {
  ...core.zh,
  ...charts.zh,
  ...platform.zh,
  ...plan.zh,
  ...workbench.zh,
  ...baseline.zh,
  ...compare.zh,
  ...present.zh,
} as const;

export type MessageKey = keyof typeof zhCN;

export const en: Record<MessageKey, string> = {
  ...core.en,
  ...charts.en,
  ...platform.en,
  ...plan.en,
  ...workbench.en,
  ...baseline.en,
  ...compare.en,
  ...present.en,
};
