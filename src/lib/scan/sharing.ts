import * as v from 'valibot';
import { int } from '../core/codec-parts';
import { decodeShare, type ShareProblem } from '../core/share-code';
import { fragmentProblem, fragmentValue, thenFragment, type Fragment } from '../core/fragment';
import type { ScanResult } from './scoring';
import { isSoundResult } from './profile';
import { resultSchema, scanResultFormat } from './codec';

/** A result leaving or entering the device: as a JSON file, or in a share link's fragment. */

export const FILE_APP = 'vertrouwenswijzer';
export const FILE_KIND = 'scan-resultaat';
export const FILE_FORMAT = 1;

/** One result as a JSON file to download. */
export const resultFile = (result: ScanResult): string =>
  JSON.stringify(
    { app: FILE_APP, kind: FILE_KIND, format: FILE_FORMAT, result: v.parse(resultSchema, result) },
    null,
    2,
  );

const fileSchema = v.object({
  app: v.literal(FILE_APP),
  kind: v.literal(FILE_KIND),
  format: int,
  result: v.unknown(),
});

export type FileProblem =
  'too-large' | 'not-json' | 'not-ours' | 'too-new' | 'invalid' | 'unknown-instrument';

/** Checks a downloaded result file completely before anything is kept. */
export function parseResultFile(
  text: string,
  instrumentIds: readonly string[],
): { ok: true; result: ScanResult } | { ok: false; problem: FileProblem } {
  if (text.length > 100_000) return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const file = v.safeParse(fileSchema, json);
  if (!file.success) return { ok: false, problem: 'not-ours' };
  if (file.output.format > FILE_FORMAT) return { ok: false, problem: 'too-new' };
  const result = v.safeParse(resultSchema, file.output.result);
  if (!result.success) return { ok: false, problem: 'invalid' };
  if (!instrumentIds.includes(result.output.instrument)) return { ok: false, problem: 'unknown-instrument' };
  if (!isSoundResult(result.output, instrumentIds)) return { ok: false, problem: 'invalid' };
  return { ok: true, result: result.output };
}

export type LinkProblem = ShareProblem | 'unknown-instrument';

/** Reads a result from the page's URL fragment: none when it holds no result, else the result or what is wrong. */
export function readSharedResult(
  hash: string,
  instrumentIds: readonly string[],
): Fragment<ScanResult, LinkProblem> {
  return thenFragment(decodeShare(scanResultFormat, hash), (result) => {
    if (!instrumentIds.includes(result.instrument)) return fragmentProblem('unknown-instrument');
    if (!isSoundResult(result, instrumentIds)) return fragmentProblem('invalid');
    return fragmentValue(result);
  });
}
