/**
 * Library settings that the CSP needs. Imported for its effect, first thing in platform.ts.
 *
 * zod 4 compiles object parsers with `new Function` unless told not to. Our policy refuses that
 * (no 'unsafe-eval') and zod then falls back to its interpreter, but its feature probe still
 * files a CSP violation on every load, which would hide real ones. `jitless` skips the probe;
 * results are the same. (Workers load from a URL and carry no page policy: zod there is free
 * to compile, see README.md.)
 */
import { z } from 'zod';

z.config({ jitless: true });
