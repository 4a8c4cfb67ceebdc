import type { RecordKind, Validator } from '../../src/state/storage';

/** A stand-in for a feature's format (the real formats belong to their features). */
export interface Note {
  title: string;
  body: string;
  tags: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const validateNote: Validator<Note> = (json) => {
  if (!isRecord(json)) return { ok: false, message: 'a note is not an object' };
  const { title, body, tags } = json;
  if (typeof title !== 'string' || title === '')
    return { ok: false, message: '"title" is missing' };
  if (typeof body !== 'string') return { ok: false, message: '"body" is missing' };
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
    return { ok: false, message: '"tags" must be a list of strings' };
  }
  return { ok: true, value: { title, body, tags: tags } };
};

/**
 * Version 3 of the note format, with its history:
 * v1 `{ text }` → v2 `{ title, body }` (text split at the first line) → v3 adds `tags`.
 */
export const noteKind: RecordKind<Note> = {
  store: 'scenarios',
  version: 3,
  validate: validateNote,
  migrations: {
    1: (data) => {
      if (!isRecord(data) || typeof data.text !== 'string') throw new Error('v1 note has no text');
      const [title = '', ...rest] = data.text.split('\n');
      return { title, body: rest.join('\n') };
    },
    2: (data) => ({ ...(data as object), tags: [] }),
  },
};

let counter = 0;
/** A fresh database name, so that tests never share a database. */
export function freshDbName(): string {
  counter += 1;
  return `zz-test-${process.pid}-${counter}-${Date.now()}`;
}

export const note = (title: string, body = 'body', tags: string[] = []): Note => ({
  title,
  body,
  tags,
});
