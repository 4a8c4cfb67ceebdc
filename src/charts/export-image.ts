/**
 * Chart export: an SVG document string (from any `renderXSvg`) as an SVG file, or rasterised
 * to PNG through an offscreen canvas.
 *
 * The SVG is loaded into an `Image` from a `blob:` URL. That keeps to a CSP whose img-src
 * allows only 'self', data: and blob:, and it does not taint the canvas, so `toBlob` works.
 * The SVG must be standalone (the renderers guarantee it: fonts by family name, no external
 * references), because an SVG used as an image cannot load anything.
 */

export interface PngOptions {
  /** Pixel ratio: 2 (default) gives a sharp image on slides and in documents. 0.25–8. */
  scale?: number;
  /** Painted under the chart; default white (PNG viewers show transparency as black or grid). */
  background?: string | null;
}

/** The browser APIs used, injectable so that the logic is tested in Node. */
export interface ImageEnvironment {
  createImage(): Pick<HTMLImageElement, 'onload' | 'onerror' | 'src'>;
  createCanvas(width: number, height: number): Pick<HTMLCanvasElement, 'getContext' | 'toBlob'>;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

/** Largest canvas side browsers reliably allocate. */
const MAX_SIDE = 16384;

/** The SVG's size from its root `width`/`height`, else its `viewBox`; null when absent. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return null;
  const attr = (name: string): number => {
    const m = new RegExp(`\\s${name}="([0-9.]+)(px)?"`, 'i').exec(root);
    return m ? Number(m[1]) : NaN;
  };
  let width = attr('width');
  let height = attr('height');
  if (!(width > 0 && height > 0)) {
    const vb = /\sviewBox="\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*"/i.exec(root);
    width = Number(vb?.[1]);
    height = Number(vb?.[2]);
  }
  return width > 0 && height > 0 && Number.isFinite(width + height) ? { width, height } : null;
}

/** The canvas size for a scale, reduced when it would exceed what browsers can allocate. */
export function pngSize(
  size: { width: number; height: number },
  scale = 2,
): { width: number; height: number; scale: number } {
  let k = Number.isFinite(scale) ? Math.min(8, Math.max(0.25, scale)) : 2;
  k = Math.min(k, MAX_SIDE / size.width, MAX_SIDE / size.height);
  return {
    width: Math.max(1, Math.round(size.width * k)),
    height: Math.max(1, Math.round(size.height * k)),
    scale: k,
  };
}

/** The SVG as a file, with the XML declaration that standalone SVG files carry. */
export function svgBlob(svg: string): Blob {
  const text = svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  return new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
}

function browserEnvironment(): ImageEnvironment {
  return {
    createImage: () => new Image(),
    createCanvas: (width, height) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      return canvas;
    },
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
  };
}

/**
 * Rasterises an SVG document to a PNG blob. Rejects with an Error naming the problem when the
 * SVG has no size, the image cannot be decoded, or the canvas cannot be encoded.
 */
export async function svgToPng(
  svg: string,
  options: PngOptions = {},
  env: ImageEnvironment = browserEnvironment(),
): Promise<Blob> {
  const size = svgSize(svg);
  if (!size) throw new Error('svgToPng: the SVG has no width and height or viewBox');
  const out = pngSize(size, options.scale);
  const url = env.createObjectURL(svgBlob(svg));
  try {
    const image = env.createImage();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svgToPng: the SVG could not be loaded as an image'));
      image.src = url;
    });
    const canvas = env.createCanvas(out.width, out.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('svgToPng: no 2D canvas context');
    const background = options.background === undefined ? '#ffffff' : options.background;
    if (background) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, out.width, out.height);
    }
    ctx.drawImage(image as HTMLImageElement, 0, 0, out.width, out.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('svgToPng: PNG encoding failed'))),
        'image/png',
      );
    });
  } finally {
    env.revokeObjectURL(url);
  }
}
