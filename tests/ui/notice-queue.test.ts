/**
 * When notices are on the page (src/ui/notice-queue.ts, the rules behind src/ui/notices.ts):
 * informational notices close by themselves, notices that need action stay, and nothing but
 * notices about presenting shows over the slides (issue 13 B1). Fake timers: no waiting.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  NOTICE_TIMEOUT_MS,
  NoticeQueue,
  defaultTimeout,
  type QueuedNotice,
} from '../../src/ui/notice-queue';

/** A queue whose page is a list of ids, and a log of what it was told. */
function setup(): { queue: NoticeQueue; page: Set<string>; log: string[] } {
  const page = new Set<string>();
  const log: string[] = [];
  const queue: NoticeQueue = new NoticeQueue({
    show: (id) => {
      page.add(id);
      log.push(`show ${id}`);
    },
    hide: (id) => {
      page.delete(id);
      log.push(`hide ${id}`);
    },
    // As notices.ts does: the owner dismisses it.
    expire: (id) => {
      page.delete(id);
      queue.remove(id);
      log.push(`expire ${id}`);
    },
  });
  return { queue, page, log };
}

const info = (id: string, extra: Partial<QueuedNotice> = {}): QueuedNotice => ({
  id,
  timeoutMs: NOTICE_TIMEOUT_MS,
  showWhilePresenting: false,
  dismissible: true,
  ...extra,
});
const needsAction = (id: string, extra: Partial<QueuedNotice> = {}): QueuedNotice =>
  info(id, { timeoutMs: null, ...extra });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('which notices close by themselves', () => {
  it('gives informational notices without actions a few seconds, and the others none', () => {
    expect(NOTICE_TIMEOUT_MS).toBeGreaterThanOrEqual(6000);
    expect(NOTICE_TIMEOUT_MS).toBeLessThanOrEqual(8000);
    expect(defaultTimeout({})).toBe(NOTICE_TIMEOUT_MS);
    expect(defaultTimeout({ level: 'info' })).toBe(NOTICE_TIMEOUT_MS);
    expect(defaultTimeout({ level: 'info', actions: [] })).toBe(NOTICE_TIMEOUT_MS);
    // "A new version is available" has an Update button: it waits for it.
    expect(defaultTimeout({ level: 'info', actions: [{}] })).toBeNull();
    // Storage full, an export that failed: warnings and errors stay until acted on.
    expect(defaultTimeout({ level: 'warning', actions: [{}] })).toBeNull();
    expect(defaultTimeout({ level: 'warning' })).toBeNull();
    expect(defaultTimeout({ level: 'error' })).toBeNull();
  });
});

describe('notice timing', () => {
  it('closes an informational notice by itself after its time on screen', () => {
    const { queue, page } = setup();
    queue.add(info('pwa-offline-ready'));
    expect([...page]).toEqual(['pwa-offline-ready']);
    vi.advanceTimersByTime(NOTICE_TIMEOUT_MS - 1);
    expect(page.has('pwa-offline-ready')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(page.has('pwa-offline-ready')).toBe(false);
    expect(queue.has('pwa-offline-ready')).toBe(false);
  });

  it('keeps a notice that needs action until it is dismissed', () => {
    const { queue, page } = setup();
    queue.add(needsAction('pwa-update'));
    vi.advanceTimersByTime(10 * 60_000);
    expect(page.has('pwa-update')).toBe(true);
    expect(queue.remove('pwa-update')).toBe(true);
    expect(queue.has('pwa-update')).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('restarts the clock when the same id is shown again', () => {
    const { queue, page, log } = setup();
    queue.add(info('basemap-skipped'));
    vi.advanceTimersByTime(NOTICE_TIMEOUT_MS - 1000);
    queue.add(info('basemap-skipped'));
    vi.advanceTimersByTime(NOTICE_TIMEOUT_MS - 1);
    expect(page.has('basemap-skipped')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(page.has('basemap-skipped')).toBe(false);
    // Replaced in place, not shown twice.
    expect(log).toEqual(['show basemap-skipped', 'expire basemap-skipped']);
  });

  it('stops the clock while the notice is pointed at or focused, and gives it its full time after', () => {
    const { queue, page } = setup();
    queue.add(info('sim-worker-restarted'));
    vi.advanceTimersByTime(NOTICE_TIMEOUT_MS - 100);
    queue.setBusy('sim-worker-restarted', true);
    vi.advanceTimersByTime(60_000);
    expect(page.has('sim-worker-restarted')).toBe(true);
    queue.setBusy('sim-worker-restarted', false);
    vi.advanceTimersByTime(NOTICE_TIMEOUT_MS - 1);
    expect(page.has('sim-worker-restarted')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(page.has('sim-worker-restarted')).toBe(false);
  });

  it('obeys an explicit time', () => {
    const { queue, page } = setup();
    queue.add(info('short', { timeoutMs: 2000 }));
    queue.add(info('sticky', { timeoutMs: null }));
    vi.advanceTimersByTime(2000);
    expect([...page]).toEqual(['sticky']);
  });
});

describe('notices while presenting', () => {
  it('holds an informational notice back while presenting, and shows it with its full time after', () => {
    const { queue, page, log } = setup();
    queue.setPresenting(true);
    queue.add(info('pwa-offline-ready'));
    expect(page.size).toBe(0);
    expect(queue.has('pwa-offline-ready')).toBe(true);
    // A long briefing: it neither shows nor expires unseen.
    vi.advanceTimersByTime(45 * 60_000);
    expect(page.size).toBe(0);
    expect(queue.has('pwa-offline-ready')).toBe(true);
    queue.setPresenting(false);
    expect([...page]).toEqual(['pwa-offline-ready']);
    vi.advanceTimersByTime(NOTICE_TIMEOUT_MS - 1);
    expect(page.has('pwa-offline-ready')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(page.size).toBe(0);
    expect(log).toEqual(['show pwa-offline-ready', 'expire pwa-offline-ready']);
  });

  it('takes a notice on screen off when presenting begins, and brings it back after', () => {
    const { queue, page } = setup();
    queue.add(info('pwa-offline-ready'));
    queue.add(needsAction('storage-problem'));
    vi.advanceTimersByTime(NOTICE_TIMEOUT_MS - 1000);
    queue.setPresenting(true);
    expect(page.size).toBe(0);
    expect(queue.visible()).toEqual([]);
    vi.advanceTimersByTime(NOTICE_TIMEOUT_MS * 3);
    queue.setPresenting(false);
    expect(queue.visible()).toEqual(['pwa-offline-ready', 'storage-problem']);
    vi.advanceTimersByTime(NOTICE_TIMEOUT_MS);
    expect(queue.visible()).toEqual(['storage-problem']);
  });

  it('lets a notice that needs action wait until presenting ends', () => {
    const { queue, page } = setup();
    queue.setPresenting(true);
    queue.add(needsAction('pwa-update'));
    vi.advanceTimersByTime(60 * 60_000);
    expect(page.size).toBe(0);
    queue.setPresenting(false);
    vi.advanceTimersByTime(60 * 60_000);
    expect([...page]).toEqual(['pwa-update']);
  });

  it('shows a notice about presenting over the slides, where even a warning goes by itself', () => {
    const { queue, page } = setup();
    queue.setPresenting(true);
    queue.add(info('present-fullscreen', { showWhilePresenting: true }));
    queue.add(needsAction('present-popup', { showWhilePresenting: true }));
    expect([...page]).toEqual(['present-fullscreen', 'present-popup']);
    vi.advanceTimersByTime(NOTICE_TIMEOUT_MS);
    expect(page.size).toBe(0);
    // After presenting, a warning about presenting waits for the user as warnings do.
    queue.setPresenting(false);
    queue.add(needsAction('present-popup', { showWhilePresenting: true }));
    vi.advanceTimersByTime(NOTICE_TIMEOUT_MS * 10);
    expect([...page]).toEqual(['present-popup']);
  });
});

describe('Esc', () => {
  it('closes the newest notice on screen that can be dismissed', () => {
    const { queue } = setup();
    expect(queue.latestDismissible()).toBeNull();
    queue.add(needsAction('storage-problem'));
    queue.add(info('pwa-offline-ready'));
    queue.add(info('locked', { dismissible: false, timeoutMs: null }));
    expect(queue.latestDismissible()).toBe('pwa-offline-ready');
    queue.remove('pwa-offline-ready');
    expect(queue.latestDismissible()).toBe('storage-problem');
  });

  it('has nothing to close while presenting but the notices about presenting', () => {
    const { queue } = setup();
    queue.add(info('pwa-offline-ready'));
    queue.setPresenting(true);
    expect(queue.latestDismissible()).toBeNull();
    expect(queue.presenting).toBe(true);
    queue.add(info('present-fullscreen', { showWhilePresenting: true }));
    expect(queue.latestDismissible()).toBe('present-fullscreen');
  });
});
