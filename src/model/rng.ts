/**
 * Seeded pseudo-random numbers: xoshiro128** (Blackman & Vigna) on 32-bit integer arithmetic.
 *
 * Why this generator: it needs only `Math.imul`, shifts and xors on int32, so it runs at full
 * speed in every JS engine, gives identical streams in the browser, in workers and in Node, and
 * passes BigCrush for the output sizes a browser simulation uses. The model never calls
 * `Math.random()`: every stream comes from a seed that travels with the request and the result.
 *
 * Streams are derived from (run seed, block index, stream id) so that a block of paths gets the
 * same numbers whichever worker runs it: this is what makes results identical for any number of
 * workers.
 */

/** The state of one xoshiro128** stream: four 32-bit words (never all zero). */
export type RngState = Uint32Array;

/** murmur3's 32-bit finaliser: a bijective avalanche mix of one word. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Seed a stream for (run seed, block index, stream id). Each state word mixes all three inputs
 * with a different constant, so neighbouring blocks and streams start far apart; the first outputs
 * are discarded to leave the seeding transient behind.
 */
export function seedStream(seed: number, block: number, stream: number): RngState {
  const s = new Uint32Array(4);
  const a = mix32(seed ^ 0x9e3779b9);
  const b = mix32((block + 1) * 0x632be5ab);
  const c = mix32((stream + 1) * 0x85ebca77);
  s[0] = mix32(a ^ b ^ 0x243f6a88);
  s[1] = mix32(a + c + 0x13198a2e);
  s[2] = mix32(Math.imul(b ^ c, 0x27d4eb2f) ^ a);
  s[3] = mix32(a ^ mix32(b + c + 0x03707344));
  if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 1;
  for (let i = 0; i < 8; i++) nextU32(s);
  return s;
}

/** Next 32-bit unsigned output of xoshiro128**; advances `s` in place. */
export function nextU32(s: RngState): number {
  const s0 = s[0]!;
  const s1 = s[1]!;
  const s2 = s[2]!;
  const s3 = s[3]!;
  const r = Math.imul(s1, 5);
  const result = Math.imul((r << 7) | (r >>> 25), 9) >>> 0;
  const t = s1 << 9;
  const n2 = s2 ^ s0;
  const n3 = s3 ^ s1;
  const n1 = s1 ^ n2;
  const n0 = s0 ^ n3;
  s[0] = n0;
  s[1] = n1;
  s[2] = n2 ^ t;
  s[3] = (n3 << 11) | (n3 >>> 21);
  return result;
}

/** A uniform double in the open interval (0, 1), from one 32-bit output. */
export function nextUniform(s: RngState): number {
  return (nextU32(s) + 0.5) * 2.3283064365386963e-10;
}
