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
  /**
   * For unreadable stored data: whether a copy was set aside, or the original had to stay where it
   * is (no room for a copy, or saving refused), in which case nothing overwrites it.
   */
  kept?: 'aside' | 'in-place';
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

/** Whether a store can be read at all (some browsers throw on any access when storage is off). */
export function isReadable(store: KeyValueStore | undefined): store is KeyValueStore {
  if (!store) return false;
  try {
    store.getItem(`${KEY_PREFIX}probe`);
    return store.length >= 0;
  } catch {
    return false;
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

/**
 * What became of a save: stored; kept in memory because the browser has no usable storage at all
 * (`memory`), or refused this write (`unsaved`: quota, saving switched off); kept in memory because
 * unreadable data that could not be set aside is still stored under the key (`held`); or refused
 * for its size.
 */
export type SaveOutcome = 'saved' | 'memory' | 'unsaved' | 'held' | 'too-large';

/**
 * Storage with a fallback: when the browser's storage is missing, refuses or is full, values are
 * kept in memory for this page view and the caller is told, so it can tell the visitor. Storage
 * that can be read but not written still shows what it holds.
 */
export class SiteStorage {
  readonly memory = new MemoryStore();
  private persistent: KeyValueStore | undefined;
  private writable: boolean;
  /** Keys whose stored value is unreadable and has no copy elsewhere, with that value. */
  private held = new Map<string, string>();

  constructor(backing: KeyValueStore | undefined) {
    this.persistent = isReadable(backing) ? backing : undefined;
    this.writable = isUsable(backing);
  }

  /** `read-only`: what is stored can be read, but the browser refuses to store anything new. */
  get mode(): 'persistent' | 'read-only' | 'memory' {
    if (!this.persistent) return 'memory';
    return this.writable ? 'persistent' : 'read-only';
  }

  read(key: string): string | null {
    const fromMemory = this.memory.getItem(key);
    if (fromMemory !== null) return fromMemory;
    return this.readStored(key);
  }

  /** What the browser's storage holds under a key, ignoring changes kept in memory. */
  readStored(key: string): string | null {
    try {
      return this.persistent?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  load<T>(codec: Codec<T>): Loaded<T> {
    // A hold ends once what is stored changed (deleted or replaced by the visitor, maybe in another tab).
    if (this.held.has(codec.key) && this.held.get(codec.key) !== this.readStored(codec.key))
      this.held.delete(codec.key);
    const raw = this.read(codec.key);
    const loaded = decode(codec, raw);
    if (raw === null || loaded.status === 'ok') return loaded;
    if (this.setAside(codec.key, raw)) return { ...loaded, kept: 'aside' };
    this.held.set(codec.key, raw);
    return { ...loaded, kept: 'in-place' };
  }

  save<T>(codec: Codec<T>, value: T): SaveOutcome {
    let raw: string;
    try {
      raw = encode(codec, value);
    } catch (error) {
      if (error instanceof TooLargeError) return 'too-large';
      throw error;
    }
    if (this.held.has(codec.key)) {
      this.memory.setItem(codec.key, raw);
      return 'held';
    }
    return this.writeRaw(codec.key, raw);
  }

  /** Writes an already checked envelope as it is (used by import, which replaces a held value). */
  writeRaw(key: string, raw: string): SaveOutcome {
    if (this.persistent && this.writable) {
      try {
        this.persistent.setItem(key, raw);
        this.memory.removeItem(key);
        this.held.delete(key);
        return 'saved';
      } catch {
        /* quota or refused: fall through to memory */
      }
    }
    this.memory.setItem(key, raw);
    return this.persistent ? 'unsaved' : 'memory';
  }

  remove(key: string) {
    this.memory.removeItem(key);
    try {
      this.persistent?.removeItem(key);
      if (this.readStored(key) === null) this.held.delete(key);
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

  /**
   * Keeps an unreadable original under `<key>:onleesbaar`, and says whether a copy of it is now
   * there. Only a copy in the browser's storage counts: one in memory would vanish with the page
   * while the original is overwritten. Without browser storage there is nothing stored to lose.
   */
  private setAside(key: string, raw: string): boolean {
    if (!this.persistent) return true;
    const aside = key + SET_ASIDE_SUFFIX;
    const existing = this.readStored(aside);
    if (existing !== null) return existing === raw;
    if (!this.writable) return false;
    try {
      this.persistent.setItem(aside, raw);
      return this.readStored(aside) === raw;
    } catch {
      return false;
    }
  }
}
