import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCsp } from '../../src/pwa/csp-policy';
import { e2e, isLocal, openApp, waitForMapIdle, type AppSession } from './harness';

interface Violation {
  directive: string;
  blocked: string;
}

/** Records every CSP violation from the very start of the page (an init script is not blocked). */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const list: { directive: string; blocked: string }[] = [];
    (window as unknown as { __violations: typeof list }).__violations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
  });
}

function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

async function waitForViolation(page: Page, directive: string): Promise<Violation> {
  const handle = await page.waitForFunction(
    (d) =>
      (window as unknown as { __violations: Violation[] }).__violations.find(
        (v) => v.directive === d,
      ),
    directive,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as Violation;
}

describe.skipIf(!e2e.available)('Content-Security-Policy (production build)', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('the page has exactly one policy, the strict one, written before anything else loads', async () => {
    session = await openApp('', { setup: recordViolations });
    const { page } = session;
    await waitForMapIdle(page);
    const head = await page.evaluate(() => ({
      policies: [
        ...document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]'),
      ].map((m) => m.content),
      first: document.head.firstElementChild?.getAttribute('src'),
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    }));
    expect(head.policies).toEqual([buildCsp(null)]);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "worker-src 'self'",
      "connect-src 'self'",
      "img-src 'self' data: blob:",
      "style-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'none'",
    ]) {
      expect(head.policies[0]).toContain(directive);
    }
    expect(head.first).toBe('./csp.js');
    expect(head.inlineScripts).toBe(0);
    // The map, its CSP-build worker, the app's styles and scripts all work under the policy:
    // no violation at all, so no style attribute set from markup (style-src-attr) either.
    expect(await violations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('a full load requests nothing outside the origin', async () => {
    session = await openApp('', { setup: recordViolations });
    const { page } = session;
    await waitForMapIdle(page);
    // Visit every view from the header tabs, then open and close the settings dialog.
    for (const tab of await page
      .locator('.topbar__nav [role="tab"], .topbar__nav a, .topbar__nav button')
      .all()) {
      await tab.click();
    }
    await page.locator('[data-action="open-settings"]').click();
    await page.keyboard.press('Escape');
    await waitForMapIdle(page);
    expect(session.requests.length).toBeGreaterThan(5);
    expect(session.requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(session.offHost).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });

  it('blocks a fetch to another origin before it reaches the network', async () => {
    session = await openApp('', { setup: recordViolations });
    const { page } = session;
    await waitForMapIdle(page);
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/data.json').then(
        () => 'loaded',
        (err: unknown) => `refused: ${String(err)}`,
      ),
    );
    expect(outcome).toContain('refused');
    const violation = await waitForViolation(page, 'connect-src');
    expect(violation.blocked).toContain('https://example.com');
    // Refused by the page itself: the request never got as far as the test's network log.
    expect(session.offHost).toEqual([]);
    expect(session.requests.some((url) => url.includes('example.com'))).toBe(false);
  });

  it('blocks images from another origin, inline script, eval and style attributes', async () => {
    session = await openApp('', { setup: recordViolations });
    const { page } = session;
    await waitForMapIdle(page);
    await page.evaluate(() => {
      const img = new Image();
      img.src = 'https://example.com/tile.png';
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      // Styles may be set through the CSSOM (el.style.x), never from markup.
      const styled = document.createElement('p');
      styled.setAttribute('style', 'color: red');
      document.body.append(styled);
      (window as unknown as Record<string, unknown>).__styled = styled;
      // Run from a page task, not from the test's evaluate (DevTools may evaluate freely).
      setTimeout(() => {
        const w = window as unknown as Record<string, unknown>;
        try {
          // The point is to try eval and be refused.
          // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
          w.__evalResult = String(new Function('return "ran"')());
        } catch (err) {
          w.__evalResult = (err as Error).name;
        }
      }, 0);
    });
    expect((await waitForViolation(page, 'img-src')).blocked).toContain('example.com');
    await waitForViolation(page, 'script-src-elem');
    await waitForViolation(page, 'script-src');
    await waitForViolation(page, 'style-src-attr');
    const results = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const styled = w.__styled as HTMLElement;
      return {
        inline: w.__inlineRan ?? false,
        evalResult: w.__evalResult,
        styleApplied: getComputedStyle(styled).color === 'rgb(255, 0, 0)',
      };
    });
    expect(results).toEqual({ inline: false, evalResult: 'EvalError', styleApplied: false });
    expect(session.offHost).toEqual([]);
  });

  it('workers run under the page policy, maplibre workers too, and cannot leave the origin', async () => {
    session = await openApp('', { setup: recordViolations });
    const { page } = session;
    await waitForMapIdle(page);
    // maplibre's tile workers were started through the blob: wrapper (src/pwa/worker-url.ts).
    const workers = page.workers().map((w) => w.url());
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((url) => url.startsWith('blob:'))).toBe(true);

    // A worker started the same way loads our own script, but cannot reach another origin.
    const result = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const own = new URL('./csp.js', location.href).href;
          const code = [
            'const out = [];',
            `fetch(${JSON.stringify(own)}).then(() => out.push('own origin: loaded'), () => out.push('own origin: refused'))`,
            ".then(() => fetch('https://example.com/x'))",
            ".then(() => out.push('other origin: loaded'), () => out.push('other origin: refused'))",
            '.then(() => postMessage(out));',
          ].join('\n');
          const worker = new Worker(URL.createObjectURL(new Blob([code])));
          worker.onmessage = (e: MessageEvent<string[]>) => resolve(e.data);
        }),
    );
    expect(result).toEqual(['own origin: loaded', 'other origin: refused']);

    // Workers from data: URLs are not allowed at all.
    await page.evaluate(() => {
      new Worker('data:text/javascript,postMessage(1)');
    });
    await waitForViolation(page, 'worker-src');
    expect(session.offHost).toEqual([]);
  });
});
