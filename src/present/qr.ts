/**
 * QR codes for the handout's link back to the scenario, made on this machine with
 * qrcode-generator (no network, no canvas): a module matrix, drawn as one SVG path. The SVG
 * has no style attributes, so the strict CSP allows it inline, and it rasterises for the PNG
 * pack like the charts do.
 */
import qrcode from 'qrcode-generator';

/** Dark modules, `rows[r][c]`; error correction M survives a crease or a smudge on paper. */
export function qrMatrix(text: string, level: 'L' | 'M' | 'Q' | 'H' = 'M'): boolean[][] {
  const qr = qrcode(0, level);
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** The path of the dark modules, one unit per module, offset by the quiet zone. */
export function qrPath(matrix: readonly (readonly boolean[])[], margin: number): string {
  const parts: string[] = [];
  matrix.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c++;
      parts.push(`M${start + margin},${r + margin}h${c - start}v1h${start - c}z`);
    }
  });
  return parts.join('');
}

/**
 * A standalone SVG of the code, `size` px square, with the standard four-module quiet zone.
 * `title` becomes its accessible name.
 */
export function qrSvg(text: string, size: number, title: string): string {
  const matrix = qrMatrix(text);
  const margin = 4;
  const n = matrix.length + 2 * margin;
  const esc = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" ` +
    `viewBox="0 0 ${n} ${n}" role="img" shape-rendering="crispEdges">` +
    `<title>${esc(title)}</title>` +
    `<rect width="${n}" height="${n}" fill="#ffffff"/>` +
    `<path d="${qrPath(matrix, margin)}" fill="#000000"/></svg>`
  );
}
