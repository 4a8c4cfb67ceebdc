import type { Scenario } from '../model/scenario';
import { formatIssues, validateScenario, type ValidationContext } from '../model/validate';
import { canonicalJson } from './scenario-store';

/**
 * The whole scenario in a URL parameter, seed included, so a link opened in a fresh browser
 * reproduces the same numbers. JSON (keys sorted) → deflate-raw → base64url, prefixed with a
 * format tag so that the encoding can change later without breaking old links.
 */
const TAG = 'z1.';
/** Longest parameter we accept; links beyond this are refused rather than decoded. */
export const MAX_PARAM_LENGTH = 64_000;
/** Largest decompressed size accepted (a zip bomb in a link must not freeze the tab). */
export const MAX_JSON_BYTES = 512_000;

export type DecodeResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

export async function encodeScenario(scenario: Scenario): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(scenario));
  return TAG + toBase64Url(await transform(bytes, new CompressionStream('deflate-raw')));
}

/** Decodes and validates; never throws. Errors say what is wrong with the link. */
export async function decodeScenario(
  param: string,
  context: ValidationContext = {},
): Promise<DecodeResult> {
  if (param.length > MAX_PARAM_LENGTH) {
    return { ok: false, message: `the link's scenario is too long (${param.length} characters)` };
  }
  if (!param.startsWith(TAG)) {
    return { ok: false, message: "the link's scenario has an unknown format (expected z1.…)" };
  }
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(param.slice(TAG.length));
  } catch {
    return { ok: false, message: "the link's scenario is not valid base64url (was it cut short?)" };
  }
  let json: string;
  try {
    const raw = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
    json = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, message: `the link's scenario could not be unpacked (${why})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: "the link's scenario is not valid JSON" };
  }
  const result = validateScenario(data, context);
  if (!result.ok) return { ok: false, message: formatIssues(result.errors) };
  return { ok: true, scenario: result.scenario };
}

async function transform(
  input: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  maxBytes = Infinity,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the write promises are awaited there implicitly.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('bad characters');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
