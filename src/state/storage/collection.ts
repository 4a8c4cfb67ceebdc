import { MAX_NAME_LENGTH, checkEnvelope, decodeData, newId } from './records';
import type { Backend } from './backend';
import type { Envelope, LoadedRecord, RecordKind, Validation } from './types';

/** What a collection needs from the storage that owns it. */
export interface CollectionHost {
  read<R>(op: (backend: Backend) => Promise<R>): Promise<R>;
  write(op: (backend: Backend) => Promise<void>): Promise<void>;
  now(): string;
}

/** Thrown by `save` when the value fails the feature's own validator: nothing is written. */
export class InvalidRecordError extends Error {
  constructor(readonly detail: string) {
    super(`not saved: ${detail}`);
    this.name = 'InvalidRecordError';
  }
}

export type ImportOutcome<T> =
  { ok: true; record: Extract<LoadedRecord<T>, { ok: true }> } | { ok: false; message: string };

function load<T>(kind: RecordKind<T>, stored: unknown): LoadedRecord<T> {
  const envelope = checkEnvelope(stored);
  if (!envelope.ok) {
    const id = (stored as { id?: unknown } | null)?.id;
    return {
      ok: false,
      id: typeof id === 'string' ? id : '?',
      name: '',
      message: envelope.message,
    };
  }
  const { id, name, createdAt, updatedAt, schemaVersion, data } = envelope.value;
  const decoded = decodeData(kind, schemaVersion, data);
  if (!decoded.ok) return { ok: false, id, name, message: decoded.message };
  return {
    ok: true,
    id,
    name,
    createdAt,
    updatedAt,
    value: decoded.value,
    ...(decoded.migratedFrom !== undefined ? { migratedFrom: decoded.migratedFrom } : {}),
  };
}

/**
 * The saved records of one kind (scenarios, decks or baselines). Reading validates and, where
 * needed, migrates each record; a record that cannot be read is listed with the reason, never
 * dropped or deleted. Writing validates first, so invalid data is never stored, and an import
 * always adds a new record: it never overwrites or deletes one.
 */
export class Collection<T> {
  constructor(
    readonly kind: RecordKind<T>,
    private readonly host: CollectionHost,
  ) {}

  /** Every record, newest first; unreadable ones have `ok: false` and a message. */
  async list(): Promise<LoadedRecord<T>[]> {
    const all = await this.host.read((b) => b.getAll(this.kind.store));
    return all
      .map((stored) => load(this.kind, stored))
      .sort((a, b) => (b.ok ? b.updatedAt : '').localeCompare(a.ok ? a.updatedAt : ''));
  }

  async get(id: string): Promise<LoadedRecord<T> | undefined> {
    const stored = await this.host.read((b) => b.get(this.kind.store, id));
    return stored === undefined ? undefined : load(this.kind, stored);
  }

  /**
   * Saves a value under `id` (a new id when omitted), in the current data version.
   * Throws InvalidRecordError, and writes nothing, when the feature's validator rejects it.
   */
  async save(input: { id?: string; name: string; value: T }): Promise<{ id: string }> {
    const checked = validateJson(this.kind, input.value);
    if (!checked.ok) throw new InvalidRecordError(checked.message);
    const id = input.id ?? newId();
    const now = this.host.now();
    let createdAt = now;
    if (input.id !== undefined) {
      const previous = checkEnvelope(await this.host.read((b) => b.get(this.kind.store, id)));
      if (previous.ok) createdAt = previous.value.createdAt;
    }
    const envelope: Envelope = {
      id,
      name: input.name.slice(0, MAX_NAME_LENGTH),
      schemaVersion: this.kind.version,
      createdAt,
      updatedAt: now,
      data: checked.json,
    };
    await this.host.write((b) => b.put(this.kind.store, envelope));
    return { id };
  }

  async remove(id: string): Promise<void> {
    await this.host.write((b) => b.delete(this.kind.store, id));
  }

  /**
   * Imports one file's text as a new record. `version` is the data version the file is in
   * (default: the current one); older data is migrated. Any problem — not JSON, a failed
   * migration or validation — comes back as a message, and nothing is written.
   */
  async importJson(
    text: string,
    options: { name: string; version?: number },
  ): Promise<ImportOutcome<T>> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      return { ok: false, message: `not valid JSON: ${err instanceof Error ? err.message : ''}` };
    }
    const decoded = decodeData(this.kind, options.version ?? this.kind.version, json);
    if (!decoded.ok) return { ok: false, message: decoded.message };
    const { id } = await this.save({ name: options.name, value: decoded.value });
    const record = await this.get(id);
    if (!record?.ok) return { ok: false, message: record?.message ?? 'the record vanished' };
    return { ok: true, record };
  }
}

/** Validates what will actually be stored: the JSON form of the value (no Dates, no undefined). */
function validateJson<T>(
  kind: RecordKind<T>,
  value: T,
): { ok: true; json: unknown } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(JSON.stringify(value)) as unknown;
  } catch (err) {
    return { ok: false, message: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  let result: Validation<T>;
  try {
    result = kind.validate(json);
  } catch (err) {
    result = { ok: false, message: `validator failed: ${err instanceof Error ? err.message : ''}` };
  }
  return result.ok ? { ok: true, json } : result;
}
