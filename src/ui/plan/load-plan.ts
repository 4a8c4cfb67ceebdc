import {
  formatPlanErrors,
  loadPlanData,
  type PlanError,
  type PlanResult,
} from '../../data/index.ts';
import { t } from '../../i18n';

/**
 * The plan files are bundled as assets (hashed names, precached by the service worker), not
 * put in `public/`: importing their URLs makes the build fail if one is missing.
 */
const urls = import.meta.glob<string>('../../../geodata/plan/*.{json,geojson}', {
  query: '?url',
  import: 'default',
  eager: true,
});

/**
 * Vite inlines assets under 4 kB as `data:` URLs. The CSP's `connect-src 'self'` refuses to
 * fetch those, so a small file is decoded here instead of fetched.
 */
function decodeDataUrl(url: string): string {
  const comma = url.indexOf(',');
  const body = url.slice(comma + 1);
  if (!url.slice(0, comma).endsWith(';base64')) return decodeURIComponent(body);
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

async function readPlanFile(file: string): Promise<string> {
  const url = urls[`../../../geodata/plan/${file}`];
  if (url === undefined) throw new Error('not bundled with the app');
  if (url.startsWith('data:')) return decodeDataUrl(url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Fetches and validates the whole plan dataset. Never rejects: errors name file and entry. */
export const loadBundledPlan = (): Promise<PlanResult> => loadPlanData(readPlanFile);

/** At most this many errors are listed; a broken file can produce hundreds. */
const MAX_LISTED = 20;

/** The page's message for invalid plan data: what is wrong, one line per entry. */
export function planErrorText(errors: readonly PlanError[]): string {
  const listed = errors.slice(0, MAX_LISTED);
  const lines = [t('plan.error.invalid', { count: errors.length }), formatPlanErrors(listed)];
  if (errors.length > MAX_LISTED)
    lines.push(t('plan.error.more', { count: errors.length - MAX_LISTED }));
  return lines.join('\n');
}
