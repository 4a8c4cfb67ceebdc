import { bundleFileName } from './bundle';
import type { AppStorage } from './storage';

/**
 * Saves a JSON value as a file through the browser's download (a `blob:` link with
 * `download`): nothing leaves the machine, and it works with the strict CSP.
 */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download may not have started when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Export all as JSON": everything the storage holds, as a dated backup file. */
export async function downloadBackup(storage: AppStorage): Promise<void> {
  downloadJson(bundleFileName(), await storage.exportAll());
}
