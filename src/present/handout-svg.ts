/**
 * SVG documents for the handout's PNG pack: several charts on one sheet (the dashboard's ten
 * probability bars), and a card of text lines with an optional QR code (the link and the
 * assumptions). Strings only, like the charts' renderers, so they rasterise through the same
 * `svgToPng` and are tested in Node.
 */
import { esc } from '../charts/svg';
import { textWidth } from '../charts/text';
import { FONT_FAMILY, colors } from '../charts/theme';
import { svgSize } from '../charts/export-image';

/** A standalone SVG placed at (x, y) inside another one. */
export function nestSvg(svg: string, x: number, y: number): string {
  return svg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg\b/, `<svg x="${x}" y="${y}"`);
}

/** Charts laid out in `columns` columns on a white sheet, each row as tall as its tallest. */
export function gridSvg(charts: readonly string[], columns: number, gap = 16, title = ''): string {
  const sizes = charts.map((c) => svgSize(c) ?? { width: 0, height: 0 });
  const colWidth = Math.max(0, ...sizes.map((s) => s.width));
  const rows: number[] = [];
  sizes.forEach((s, i) => {
    const r = Math.floor(i / columns);
    rows[r] = Math.max(rows[r] ?? 0, s.height);
  });
  const head = title ? 44 : 0;
  const width = columns * colWidth + (columns + 1) * gap;
  const height = head + rows.reduce((a, b) => a + b + gap, gap);
  let y = head + gap;
  const parts: string[] = [];
  rows.forEach((rowHeight, r) => {
    for (let c = 0; c < columns; c++) {
      const chart = charts[r * columns + c];
      if (chart) parts.push(nestSvg(chart, gap + c * (colWidth + gap), y));
    }
    y += rowHeight + gap;
  });
  const heading = title
    ? `<text x="${gap}" y="32" font-size="22" font-weight="bold" fill="${colors.ink}">${esc(title)}</text>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_FAMILY)}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${heading}${parts.join('')}</svg>`
  );
}

/** Splits text into lines no wider than `maxWidth` at `fontSize` (CJK breaks anywhere). */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const token of paragraph.match(
      /[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g,
    ) ?? []) {
      const next = line + token;
      if (line && textWidth(next, fontSize) > maxWidth) {
        out.push(line.trimEnd());
        line = token.trimStart();
      } else line = next;
      // A token longer than a line (a URL) is cut into pieces.
      while (textWidth(line, fontSize) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && textWidth(line.slice(0, cut), fontSize) > maxWidth) cut--;
        out.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

export interface CardLine {
  text: string;
  /** 'title' is large and bold, 'head' bold, 'small' muted. */
  kind?: 'title' | 'head' | 'text' | 'small';
}

/** A card of text lines (wrapped to `width`), with a QR SVG at the top right when given. */
export function textCardSvg(
  lines: readonly CardLine[],
  width = 900,
  qr: string | null = null,
): string {
  const pad = 28;
  const qrSize = qr ? (svgSize(qr)?.width ?? 0) : 0;
  const size = { title: 26, head: 19, text: 17, small: 14 } as const;
  const parts: string[] = [];
  let y = pad;
  lines.forEach((line, i) => {
    const kind = line.kind ?? 'text';
    const font = size[kind];
    // The first lines run beside the QR code; the rest use the full width.
    const room = width - 2 * pad - (qr && y < pad + qrSize ? qrSize + pad : 0);
    if (kind === 'head' && i > 0) y += font * 0.6;
    for (const piece of wrapText(line.text, font, room)) {
      y += font * 1.5;
      const weight = kind === 'title' || kind === 'head' ? ' font-weight="bold"' : '';
      const fill = kind === 'small' ? colors.inkMuted : colors.ink;
      parts.push(
        `<text x="${pad}" y="${Math.round(y)}" font-size="${font}"${weight} fill="${fill}">${esc(piece)}</text>`,
      );
    }
  });
  const height = Math.round(Math.max(y, qr ? pad + qrSize : 0) + pad);
  const code = qr ? nestSvg(qr, width - pad - qrSize, pad) : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_FAMILY)}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}${code}</svg>`
  );
}
