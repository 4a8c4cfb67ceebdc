// Files chosen for import: the size is checked before anything is read, a read error comes back
// as a reason (never thrown), and the reason reads well in both languages.
import { describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../src/model/scenario';
import { parseDeckJson } from '../../src/present/deck-schema';
import { defaultDeck } from '../../src/present/default-deck';
import { MAX_CSV_CHARS } from '../../src/state/baseline-csv';
import {
  fileRejectionMessage,
  MAX_BACKUP_FILE_BYTES,
  MAX_BOUNDARY_FILE_BYTES,
  MAX_CSV_FILE_BYTES,
  MAX_DECK_FILE_BYTES,
  readUserBytes,
  readUserFile,
  sizeAgainstLimit,
} from '../../src/ui/read-file';

const bytes = (text: string): number => new TextEncoder().encode(text).length;

/** A file whose contents must never be asked for. */
function untouchable(size: number): {
  file: Pick<File, 'size' | 'name' | 'text' | 'arrayBuffer'>;
  text: ReturnType<typeof vi.fn>;
  arrayBuffer: ReturnType<typeof vi.fn>;
} {
  const text = vi.fn(() => Promise.reject(new Error('read')));
  const arrayBuffer = vi.fn(() => Promise.reject(new Error('read')));
  return { file: { size, name: 'huge.json', text, arrayBuffer }, text, arrayBuffer };
}

describe('readUserFile', () => {
  it('returns the text of a file within the limit, UTF-8 and all', async () => {
    const text = '{"title":{"zh":"漳州简报","en":"Zhangzhou"}}';
    const file = new File([text], 'deck.json', { type: 'application/json' });
    expect(await readUserFile(file, 1000)).toEqual({ ok: true, text });
  });

  it('accepts a file of exactly the limit and refuses one byte more, by bytes not characters', async () => {
    const text = '漳'.repeat(10); // 30 bytes in UTF-8
    const file = new File([text], 'a.json');
    expect(file.size).toBe(30);
    expect(await readUserFile(file, 30)).toEqual({ ok: true, text });
    expect(await readUserFile(file, 29)).toEqual({
      ok: false,
      kind: 'too-large',
      size: 30,
      max: 29,
    });
  });

  it('does not read a file over the limit at all', async () => {
    const { file, text } = untouchable(500_000_000);
    const result = await readUserFile(file, MAX_DECK_FILE_BYTES);
    expect(result).toEqual({
      ok: false,
      kind: 'too-large',
      size: 500_000_000,
      max: MAX_DECK_FILE_BYTES,
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('turns a read error into a reason instead of throwing', async () => {
    const file = {
      size: 10,
      name: 'gone.json',
      text: () =>
        Promise.reject(
          new DOMException('The requested file could not be read.', 'NotReadableError'),
        ),
    };
    expect(await readUserFile(file, 1000)).toEqual({
      ok: false,
      kind: 'unreadable',
      detail: 'The requested file could not be read.',
    });
    // Not every rejection is an Error; its reason is still shown.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const odd = { size: 10, name: 'odd.json', text: () => Promise.reject('no') };
    expect(await readUserFile(odd, 1000)).toEqual({ ok: false, kind: 'unreadable', detail: 'no' });
  });
});

describe('readUserBytes', () => {
  it('returns the bytes of a file within the limit, unchanged (for encodings found later)', async () => {
    const gb = new Uint8Array([0xd5, 0xc4, 0xd6, 0xdd, 0x2c, 0x31, 0x0a]); // 漳州,1 in GB18030
    const file = new File([gb], 'baseline.csv', { type: 'text/csv' });
    const result = await readUserBytes(file, 100);
    expect(result.ok && [...result.bytes]).toEqual([...gb]);
  });

  it('does not read a file over the limit, and reports a read error', async () => {
    const { file, arrayBuffer } = untouchable(MAX_CSV_FILE_BYTES + 1);
    expect(await readUserBytes(file, MAX_CSV_FILE_BYTES)).toMatchObject({
      ok: false,
      kind: 'too-large',
      size: MAX_CSV_FILE_BYTES + 1,
    });
    expect(arrayBuffer).not.toHaveBeenCalled();
    const small = untouchable(10);
    expect(await readUserBytes(small.file, 100)).toEqual({
      ok: false,
      kind: 'unreadable',
      detail: 'read',
    });
  });
});

describe('what is said of a file not read', () => {
  it('names the size and the limit, in both languages', () => {
    const tooLarge = { ok: false, kind: 'too-large', size: 600_000_000, max: 16_000_000 } as const;
    expect(fileRejectionMessage(tooLarge, 'zh-CN')).toBe('文件过大（600 MB），最多16 MB。');
    expect(fileRejectionMessage(tooLarge, 'en')).toBe(
      'The file is too large (600 MB); the limit is 16 MB.',
    );
    const unreadable = { ok: false, kind: 'unreadable', detail: 'NotReadableError' } as const;
    expect(fileRejectionMessage(unreadable, 'zh-CN')).toBe('文件无法读取（NotReadableError）。');
    expect(fileRejectionMessage(unreadable, 'en')).toBe(
      'The file could not be read (NotReadableError).',
    );
  });

  it('never shows a size equal to the limit it is over', () => {
    expect(sizeAgainstLimit(1_000_001, 1_000_000, 'en')).toEqual(['1.000001 MB', '1 MB']);
    expect(sizeAgainstLimit(1_040_000, 1_000_000, 'zh-CN')).toEqual(['1.04 MB', '1 MB']);
    expect(sizeAgainstLimit(52_400_000, 50_000_000, 'en')).toEqual(['52.4 MB', '50 MB']);
  });
});

describe('the limits', () => {
  it('admit the largest deck the schema accepts', () => {
    // 200 scenes, titles and notes at their longest in Chinese (3 bytes a character), each
    // with a scenario: what the app could have exported must import again.
    const base = defaultDeck();
    const scene = base.scenes.find((s) => s.scenario) ?? base.scenes[0]!;
    const cjk = (n: number): string => '漳'.repeat(n);
    const deck = {
      ...base,
      title: { zh: cjk(300), en: cjk(300) },
      scenes: Array.from({ length: 200 }, (_, i) => ({
        ...scene,
        id: `scene-${i}`,
        title: { zh: cjk(300), en: cjk(300) },
        notes: { zh: cjk(8000), en: cjk(8000) },
        scenario: defaultScenario(),
      })),
    };
    const text = `${JSON.stringify(deck, null, 2)}\n`;
    expect(parseDeckJson(text).ok).toBe(true);
    expect(bytes(text)).toBeLessThan(MAX_DECK_FILE_BYTES);
  });

  it('admit a boundary at the vertex limit, pretty-printed at full precision', () => {
    const ring = Array.from({ length: 20_000 }, (_, i) => {
      const a = (2 * Math.PI * i) / 20_000;
      return [117.123456789012 + 0.05 * Math.cos(a), 24.123456789012 + 0.05 * Math.sin(a)];
    });
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '漳州台商投资区' },
          geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
        },
      ],
    };
    const text = JSON.stringify(geojson, null, 4);
    expect(bytes(text)).toBeLessThan(3_000_000);
    expect(bytes(text)).toBeLessThan(MAX_BOUNDARY_FILE_BYTES);
  });

  it('admit any CSV the parser can accept, and order the rest sensibly', () => {
    expect(MAX_CSV_FILE_BYTES).toBe(MAX_CSV_CHARS * 4);
    expect(MAX_BACKUP_FILE_BYTES).toBeGreaterThan(MAX_DECK_FILE_BYTES);
    expect(MAX_BACKUP_FILE_BYTES).toBeGreaterThan(MAX_BOUNDARY_FILE_BYTES);
  });
});
