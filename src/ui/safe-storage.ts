/** `localStorage`, or null where the browser forbids it (some private modes throw on access). */
export function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
