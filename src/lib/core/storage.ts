import * as v from 'valibot';
import { int } from './codec-parts';

/**
 * The one way the site keeps data in the visitor's browser: per feature one key `vw:<feature>`
 * holding a versioned envelope `{ v, data }`, decoded with a schema. Anything unreadable,
 * too old, too new or too large gives the default *and* a reason to tell the visitor; the
 * unreadable original is kept aside, never silently thrown away.
 */

export const KEY_PREFIX = 'vw:';
/** Kept-aside copies of unreadable data live under `vw:<feature>:onleesbaar`. */
export const SET_ASIDE_SUFFIX = ':onleesbaar';
/** Per key; far above what any feature needs, well below every browser's quota. */
export const MAX_BYTES = 256 * 1024;

export interface Codec<T> {
  /** Full storage key, `vw:<feature>`. */
  key: string;
  version: number;
  schema: v.GenericSchema<T>;
  empty: () => T;
  /** Upgrades data stored under an older version, or returns undefined when it cannot. */
  migrate?: (fromVersion: number, data: unknown) => unknown;
}

export type LoadStatus = 'ok' | 'empty' | 'corrupt' | 'invalid' | 'too-new' | 'too-old' | 'too-large';

export interface Loaded<T> {
  value: T;
  status: LoadStatus;
  /** True when a stored record was upgraded from an older version. */
  migrated?: boolean;
}

const envelopeSchema = v.object({ v: int, data: v.unknown() });

export const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Decodes what is stored under a codec's key. Never throws. */
export function decode<T>(codec: Codec<T>, raw: string | null): Loaded<T> {
  if (raw === null) return { value: codec.empty(), status: 'empty' };
  if (byteLength(raw) > MAX_BYTES) return { value: codec.empty(), status: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { value: codec.empty(), status: 'corrupt' };
  }
  const envelope = v.safeParse(envelopeSchema, parsed);
  if (!envelope.success) return { value: codec.empty(), status: 'corrupt' };
  let { v: version, data } = envelope.output;
  let migrated = false;
  if (version > codec.version) return { value: codec.empty(), status: 'too-new' };
  if (version < codec.version) {
    const upgraded = codec.migrate?.(version, data);
    if (upgraded === undefined) return { value: codec.empty(), status: 'too-old' };
    data = upgraded;
    version = codec.version;
    migrated = true;
  }
  const result = v.safeParse(codec.schema, data);
  if (!result.success) return { value: codec.empty(), status: 'invalid' };
  return { value: result.output, status: 'ok', migrated };
}

export class TooLargeError extends Error {
  constructor(key: string, bytes: number) {
    super(`${key}: ${bytes} bytes is more than the ${MAX_BYTES} a feature may keep`);
  }
}

/** Encodes a value in its envelope; refuses values the schema rejects or that are too large. */
export function encode<T>(codec: Codec<T>, value: T): string {
  const checked = v.parse(codec.schema, value);
  const raw = JSON.stringify({ v: codec.version, data: checked });
  const bytes = byteLength(raw);
  if (bytes > MAX_BYTES) throw new TooLargeError(codec.key, bytes);
  return raw;
}

/** The part of Web Storage the site uses, so tests can hand in their own. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export class MemoryStore implements KeyValueStore {
  private map = new Map<string, string>();
  getItem(key: string) {
    return this.map.has(key) ? this.map.get(key)! : null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  get length() {
    return this.map.size;
  }
}

/** Whether a store really keeps what it is given (private modes may throw or refuse). */
export function isUsable(store: KeyValueStore | undefined): store is KeyValueStore {
  if (!store) return false;
  const probe = `${KEY_PREFIX}probe`;
  try {
    store.setItem(probe, '1');
    const ok = store.getItem(probe) === '1';
    store.removeItem(probe);
    return ok;
  } catch {
    return false;
  }
}

export type SaveOutcome = 'saved' | 'memory' | 'too-large';

/**
 * Storage with a fallback: when the browser's storage is missing, refuses or is full, values are
 * kept in memory for this page view and the caller is told, so it can tell the visitor.
 */
export class SiteStorage {
  readonly memory = new MemoryStore();
  private persistent: KeyValueStore | undefined;

  constructor(backing: KeyValueStore | undefined) {
    this.persistent = isUsable(backing) ? backing : undefined;
  }

  get mode(): 'persistent' | 'memory' {
    return this.persistent ? 'persistent' : 'memory';
  }

  read(key: string): string | null {
    const fromMemory = this.memory.getItem(key);
    if (fromMemory !== null || !this.persistent) return fromMemory;
    try {
      return this.persistent.getItem(key);
    } catch {
      return null;
    }
  }

  load<T>(codec: Codec<T>): Loaded<T> {
    const raw = this.read(codec.key);
    const loaded = decode(codec, raw);
    if (raw !== null && loaded.status !== 'ok') this.setAside(codec.key, raw);
    return loaded;
  }

  save<T>(codec: Codec<T>, value: T): SaveOutcome {
    let raw: string;
    try {
      raw = encode(codec, value);
    } catch (error) {
      if (error instanceof TooLargeError) return 'too-large';
      throw error;
    }
    if (this.persistent) {
      try {
        this.persistent.setItem(codec.key, raw);
        this.memory.removeItem(codec.key);
        return 'saved';
      } catch {
        /* quota or refused: fall through to memory */
      }
    }
    this.memory.setItem(codec.key, raw);
    return 'memory';
  }

  /** Writes an already checked envelope as it is (used by import). */
  writeRaw(key: string, raw: string): SaveOutcome {
    if (this.persistent) {
      try {
        this.persistent.setItem(key, raw);
        this.memory.removeItem(key);
        return 'saved';
      } catch {
        /* fall through to memory */
      }
    }
    this.memory.setItem(key, raw);
    return 'memory';
  }

  remove(key: string) {
    this.memory.removeItem(key);
    try {
      this.persistent?.removeItem(key);
    } catch {
      /* nothing to remove */
    }
  }

  /** Every site key present, kept-aside copies included. */
  keys(): string[] {
    const found = new Set<string>();
    for (const store of [this.memory, this.persistent]) {
      if (!store) continue;
      try {
        for (let i = 0; i < store.length; i++) {
          const k = store.key(i);
          if (k?.startsWith(KEY_PREFIX) && k !== `${KEY_PREFIX}probe`) found.add(k);
        }
      } catch {
        /* unreadable store: nothing to list */
      }
    }
    return [...found].sort();
  }

  /** Keeps an unreadable original under `<key>:onleesbaar` unless a copy is already there. */
  private setAside(key: string, raw: string) {
    const aside = key + SET_ASIDE_SUFFIX;
    if (this.read(aside) !== null) return;
    try {
      if (this.persistent) this.persistent.setItem(aside, raw);
      else this.memory.setItem(aside, raw);
    } catch {
      this.memory.setItem(aside, raw);
    }
  }
}
