import * as v from 'valibot';
import { fragmentProblem, fragmentValue, noFragment, type Fragment } from './fragment';

/**
 * State carried in a URL fragment (`#<prefix>=<version>.<base64url JSON>`), which browsers never
 * send to a server. Versioned and validated like stored data: a broken or tampered link yields a
 * reason, never an exception and never a half-read value.
 */

export const MAX_SHARE_CHARS = 6000;

export type ShareProblem = 'malformed' | 'too-long' | 'unknown-version' | 'invalid';

export type Decoded<T> = Fragment<T, ShareProblem>;

export interface ShareFormat<T> {
  /** The fragment's name, e.g. "relatie" in #relatie=1.… */
  prefix: string;
  version: number;
  schema: v.GenericSchema<T>;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(code)) throw new Error('not base64url');
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The fragment (without "#") that carries a value. */
export function encodeShare<T>(format: ShareFormat<T>, value: T): string {
  const checked = v.parse(format.schema, value);
  return `${format.prefix}=${format.version}.${toBase64Url(JSON.stringify(checked))}`;
}

/** Reads a value from a URL hash ("#…" or without "#"); other fragments count as none. */
export function decodeShare<T>(format: ShareFormat<T>, hash: string): Decoded<T> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(`${format.prefix}=`)) return noFragment;
  if (fragment.length > MAX_SHARE_CHARS) return fragmentProblem('too-long');
  const body = fragment.slice(format.prefix.length + 1);
  const m = body.match(/^(\d+)\.(.*)$/s);
  if (!m) return fragmentProblem('malformed');
  if (Number(m[1]) !== format.version) return fragmentProblem('unknown-version');
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(m[2]!));
  } catch {
    return fragmentProblem('malformed');
  }
  const result = v.safeParse(format.schema, json);
  return result.success ? fragmentValue(result.output) : fragmentProblem('invalid');
}
