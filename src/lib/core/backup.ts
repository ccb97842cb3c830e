import * as v from 'valibot';
import { int } from './codec-parts';
import { decode, KEY_PREFIX, type Codec } from './storage';
import { findUnsafeKey } from './unsafe-keys';

/** A download of everything the site keeps on this device, and the check of such a file on import. */
export const BACKUP_APP = 'vertrouwenswijzer';
export const BACKUP_FORMAT = 1;
export const MAX_BACKUP_BYTES = 2 * 1024 * 1024;

const backupSchema = v.object({
  app: v.literal(BACKUP_APP),
  format: int,
  exportedAt: v.string(),
  data: v.record(v.string(), v.unknown()),
});

/** The name of a backup download made on `date` (YYYY-MM-DD). */
export const backupFileName = (date: string) => `vertrouwenswijzer-gegevens-${date}.json`;

/** The name of a download of what is stored under one key, exactly as it is (it may be unreadable). */
export const originalFileName = (key: string, date: string) => `${key.replace(/:/g, '-')}-${date}.txt`;

/** Builds the backup file from the raw stored envelopes (each kept as the JSON it is). */
export function buildBackup(entries: Array<{ key: string; raw: string }>, now: Date): string {
  const data: Record<string, unknown> = {};
  for (const { key, raw } of entries) {
    try {
      data[key] = JSON.parse(raw);
    } catch {
      data[key] = raw; // an unreadable copy travels as text, so nothing is lost
    }
  }
  return JSON.stringify(
    { app: BACKUP_APP, format: BACKUP_FORMAT, exportedAt: now.toISOString(), data },
    null,
    2,
  );
}

export type BackupProblem =
  | { reason: 'too-large' }
  | { reason: 'not-json' }
  | { reason: 'not-ours' }
  | { reason: 'too-new' }
  | { reason: 'unknown-key'; key: string }
  | { reason: 'unsafe-key'; key: string }
  | { reason: 'bad-entry'; key: string; status: string };

export type ParsedBackup =
  | { ok: true; exportedAt: string; entries: Array<{ key: string; raw: string }> }
  | { ok: false; problem: BackupProblem };

/**
 * Checks a backup file completely before anything is written: every entry must belong to a known
 * feature and decode with its schema. One bad entry rejects the whole file, so an import either
 * restores everything it holds or changes nothing.
 */
export function parseBackup(text: string, codecs: ReadonlyArray<Codec<unknown>>): ParsedBackup {
  if (new TextEncoder().encode(text).length > MAX_BACKUP_BYTES)
    return { ok: false, problem: { reason: 'too-large' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { reason: 'not-json' } };
  }
  const unsafe = findUnsafeKey(json);
  if (unsafe !== undefined) return { ok: false, problem: { reason: 'unsafe-key', key: unsafe } };
  const backup = v.safeParse(backupSchema, json);
  if (!backup.success) return { ok: false, problem: { reason: 'not-ours' } };
  if (backup.output.format > BACKUP_FORMAT) return { ok: false, problem: { reason: 'too-new' } };
  const entries: Array<{ key: string; raw: string }> = [];
  for (const [key, envelope] of Object.entries(backup.output.data)) {
    if (!key.startsWith(KEY_PREFIX)) return { ok: false, problem: { reason: 'unknown-key', key } };
    if (key.endsWith(':onleesbaar')) continue; // kept-aside copies are for the visitor, not for restoring
    const codec = codecs.find((c) => c.key === key);
    if (!codec) return { ok: false, problem: { reason: 'unknown-key', key } };
    const raw = JSON.stringify(envelope);
    const loaded = decode(codec, raw);
    if (loaded.status !== 'ok')
      return { ok: false, problem: { reason: 'bad-entry', key, status: loaded.status } };
    entries.push({ key, raw });
  }
  return { ok: true, exportedAt: backup.output.exportedAt, entries };
}
