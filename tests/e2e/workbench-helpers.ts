/**
 * Helpers for the workbench's end-to-end tests: open it, wait for a run to be final, read the
 * dashboard as the user sees it, and drive the controls the way a user does.
 */
import type { Download, Locator, Page } from 'playwright-core';
import type { Scenario } from '../../src/model/scenario';
import type {} from '../../src/ui/workbench/handle';
import { openApp, type AppSession } from './harness';

type OpenOptions = Parameters<typeof openApp>[1];

/** The generation (run counter) the status shows. */
export async function generation(page: Page): Promise<number> {
  return Number(await page.locator('.wb-run__count').getAttribute('data-generation'));
}

/**
 * Waits until a run newer than `after` has finished with its final result on screen (the
 * status says done, the count is the final one).
 */
export async function waitFinal(page: Page, after = 0): Promise<void> {
  await page.waitForFunction(
    (g) => {
      const el = document.querySelector<HTMLElement>('.wb-run__count');
      return (
        el !== null &&
        Number(el.dataset.generation) > g &&
        el.dataset.status === 'done' &&
        el.dataset.final === 'true'
      );
    },
    after,
    { timeout: 60_000 },
  );
}

/** Opens the workbench and waits for the first final result. */
export async function openWorkbench(
  path = '#/workbench',
  options: OpenOptions = {},
): Promise<AppSession> {
  const session = await openApp(path, options);
  await waitFinal(session.page);
  return session;
}

/** Runs an edit and waits for the run it starts to be final. */
export async function afterRun(page: Page, edit: () => Promise<unknown>): Promise<void> {
  const before = await generation(page);
  await edit();
  await waitFinal(page, before);
}

/** The text of every dashboard card, in order (what the user reads). */
export function dashboardText(page: Page): Promise<string[]> {
  return page
    .locator('.wb-card')
    .evaluateAll((cards) =>
      cards.map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    );
}

/** The probability on an output's card, as a number 0..100. */
export async function cardProbability(page: Page, output: string): Promise<number> {
  const text = await page.locator(`.wb-card[data-output="${output}"] .wb-card__p`).textContent();
  const n = Number((text ?? '').replace('%', ''));
  if (!Number.isFinite(n)) throw new Error(`no probability on the ${output} card: ${text}`);
  return n;
}

/** A driver's exact-value field. */
export function driverValue(page: Page, driver: string): Locator {
  return page.locator(`.wb-driver[data-driver="${driver}"] .wb-driver__value`);
}

/** Types a value into a driver's field and leaves it (as a user does), waiting for the run. */
export async function setDriver(page: Page, driver: string, value: string): Promise<void> {
  await afterRun(page, async () => {
    await driverValue(page, driver).fill(value);
    await driverValue(page, driver).press('Tab');
  });
}

/** The scenario being edited, from the page. */
export function currentScenario(page: Page): Promise<Scenario> {
  return page.evaluate(() => window.__zzWorkbench!.scenario());
}

/** Waits until the address holds the current scenario (the link is debounced). */
export async function waitForLink(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      window.__zzWorkbench!.linkParam() !== null &&
      !window.__zzWorkbench!.linkPending() &&
      location.hash.includes(`s=${window.__zzWorkbench!.linkParam()}`),
  );
}

/** The downloaded file's text. */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Clicks a button and returns the download it starts. */
export async function downloadOf(page: Page, selector: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(selector).click(),
  ]);
  return download;
}
