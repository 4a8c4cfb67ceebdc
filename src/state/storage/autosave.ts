/**
 * A debounced saver: an editor calls `schedule(state)` on every change, and the state is written
 * once the changes pause (`delayMs`), or at the latest `maxWaitMs` after the first unsaved
 * change while they keep coming. It also writes at once when the page is hidden or closed
 * (`visibilitychange` to hidden, `pagehide`), starting the write synchronously inside the
 * event, so that closing the tab loses at most about one second of work.
 *
 * An IndexedDB write started while the tab closes may still be cut off with the page (in
 * Chromium it sometimes is), so at those moments the pending state is also handed to `rescue`,
 * which keeps it synchronously (AppStorage puts it in localStorage and recovers it on reading).
 */

/** Where the page lifecycle events come from (the page's window and document by default). */
export interface Lifecycle {
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
    readonly visibilityState: string;
  };
}

export interface AutosaveOptions<T> {
  /** Writes a state. Called synchronously from `flush`. */
  write: (value: T) => Promise<void>;
  /** Quiet time after the last change before writing (ms; default 300). */
  delayMs?: number;
  /** Longest a change waits while changes keep coming (ms; default 1000). */
  maxWaitMs?: number;
  /** Page lifecycle to flush on; the page's own by default, `null` for none (tests, workers). */
  lifecycle?: Lifecycle | null;
  /** A write failed (the storage layer has usually handled it already). */
  onError?: (err: unknown) => void;
  /** Keeps the pending state synchronously when the page is hidden or closed (best effort). */
  rescue?: (value: T) => void;
}

export interface Autosaver<T> {
  /** Records the latest state; it will be written soon. */
  schedule(value: T): void;
  /** Writes the latest unsaved state now; resolves when every write so far has finished. */
  flush(): Promise<void>;
  /** True while a state is waiting to be written. */
  readonly pending: boolean;
  /** Flushes, then stops listening to the page. */
  dispose(): Promise<void>;
}

function pageLifecycle(): Lifecycle | null {
  return typeof window !== 'undefined' && typeof document !== 'undefined'
    ? { window, document }
    : null;
}

export function createAutosave<T>(options: AutosaveOptions<T>): Autosaver<T> {
  const delayMs = options.delayMs ?? 300;
  const maxWaitMs = Math.max(delayMs, options.maxWaitMs ?? 1000);
  const lifecycle = options.lifecycle === undefined ? pageLifecycle() : options.lifecycle;
  let latest: { value: T } | null = null;
  let quietTimer: ReturnType<typeof setTimeout> | null = null;
  let maxTimer: ReturnType<typeof setTimeout> | null = null;
  const inflight = new Set<Promise<void>>();

  function clearTimers(): void {
    if (quietTimer !== null) clearTimeout(quietTimer);
    if (maxTimer !== null) clearTimeout(maxTimer);
    quietTimer = null;
    maxTimer = null;
  }

  function flush(): Promise<void> {
    clearTimers();
    if (latest) {
      const { value } = latest;
      latest = null;
      let write: Promise<void>;
      try {
        write = options.write(value);
      } catch (err) {
        write = Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
      const settled = write.catch((err: unknown) => options.onError?.(err));
      inflight.add(settled);
      void settled.finally(() => inflight.delete(settled));
    }
    return Promise.all([...inflight]).then(() => undefined);
  }

  function schedule(value: T): void {
    latest = { value };
    if (quietTimer !== null) clearTimeout(quietTimer);
    quietTimer = setTimeout(() => void flush(), delayMs);
    maxTimer ??= setTimeout(() => void flush(), maxWaitMs);
  }

  const leaving = (): void => {
    if (latest && options.rescue) {
      try {
        options.rescue(latest.value);
      } catch (err) {
        options.onError?.(err);
      }
    }
    void flush();
  };
  const onPageHide = (): void => leaving();
  const onVisibility = (): void => {
    if (lifecycle?.document.visibilityState === 'hidden') leaving();
  };
  lifecycle?.window.addEventListener('pagehide', onPageHide);
  lifecycle?.document.addEventListener('visibilitychange', onVisibility);

  return {
    schedule,
    flush,
    get pending() {
      return latest !== null;
    },
    async dispose() {
      lifecycle?.window.removeEventListener('pagehide', onPageHide);
      lifecycle?.document.removeEventListener('visibilitychange', onVisibility);
      await flush();
    },
  };
}
