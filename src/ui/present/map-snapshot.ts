import type { MapView } from '../../map/map-view';

/**
 * The map as a PNG data URL. The map is created without `preserveDrawingBuffer` (it costs
 * speed on every frame), so the canvas is read inside the `render` event of a repaint asked
 * for here, while that frame's drawing buffer is still intact. Waiting for `idle` first
 * makes sure the camera has arrived and every tile and label is drawn.
 */
export async function mapSnapshot(view: MapView, timeoutMs = 8000): Promise<string> {
  await view.whenIdle();
  const map = view.map;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the map did not render')), timeoutMs);
    void map.once('render', () => {
      clearTimeout(timer);
      try {
        resolve(map.getCanvas().toDataURL('image/png'));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    map.triggerRepaint();
  });
}

/** A data URL's bytes as a Blob (for the PNG pack). */
export function dataUrlBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  const type = meta.split(';')[0] || 'application/octet-stream';
  if (!meta.endsWith(';base64')) return new Blob([decodeURIComponent(body)], { type });
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}
