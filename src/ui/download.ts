/**
 * Saves text as a file through the browser's own download: a `blob:` URL on a temporary
 * `<a download>`. Nothing leaves the machine, no inline script or `data:` navigation, so it
 * works offline and under the strict CSP.
 */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download may not have read the blob yet when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
