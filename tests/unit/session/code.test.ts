import { base64UrlToBytes, bytesToBase64Url } from '../../../src/lib/session/bytes';
import {
  CODE_CHARS,
  dayNumber,
  makeParticipantCode,
  readParticipantCode,
  type CodeInput,
} from '../../../src/lib/session/code';
import { MAX_SCALES, PUBLIC_KEY_CHARS } from '../../../src/lib/session/limits';
import { base64UrlLength } from '../../../src/lib/session/bytes';
import { PUBLIC_KEY_BYTES } from '../../../src/lib/session/seal';
import { generateSessionKeys } from '../../../src/lib/session/seal';
import { newSessionId } from '../../../src/lib/session/link';
import { SCAN_LIMITS } from '../../../src/schemas/scan';
import { at } from '../../support/must';

// Real WebCrypto (Node's globalThis.crypto.subtle): the same calls the browser makes.
async function setup() {
  const keys = await generateSessionKeys();
  const id = newSessionId();
  const session = { id, instrumentVersion: 2, scaleCount: 7, privateKey: keys.privateKey };
  const input: CodeInput = {
    sessionId: id,
    publicKey: bytesToBase64Url(keys.publicKey),
    instrumentVersion: 2,
    resultId: 'resultaat-1',
    scores: [0, 100, null, 55, 38, 71, 90],
    date: new Date(2026, 11, 2, 23, 59),
  };
  return { keys, session, input };
}

/** Flips one character of the sealed part to another base64url character. */
const flip = (code: string, at: number) =>
  code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);

describe('participant codes', () => {
  it('round-trip the scale scores and the day, nothing finer', async () => {
    const { session, input } = await setup();
    const code = await makeParticipantCode(input);
    expect(code).toHaveLength(CODE_CHARS);
    expect(code).toMatch(/^vwc1\.[A-Za-z0-9_-]{12}\.[A-Za-z0-9_-]+$/);
    const read = await readParticipantCode(code, session);
    expect(read).toEqual({
      ok: true,
      code: {
        sub: expect.stringMatching(/^[A-Za-z0-9_-]{11}$/),
        day: dayNumber(new Date(2026, 11, 2)),
        instrumentVersion: 2,
        scores: input.scores,
      },
    });
  });

  it('are different every time, yet the same result keeps its submission id', async () => {
    const { session, input } = await setup();
    const a = await makeParticipantCode(input);
    const b = await makeParticipantCode(input);
    const c = await makeParticipantCode({ ...input, resultId: 'resultaat-2' });
    expect(a).not.toEqual(b);
    const reads = await Promise.all([a, b, c].map((x) => readParticipantCode(x, session)));
    const [ra, rb, rc] = [at(reads, 0, 'read'), at(reads, 1, 'read'), at(reads, 2, 'read')];
    expect(ra.ok && rb.ok && ra.code.sub === rb.code.sub).toBe(true);
    expect(ra.ok && rc.ok && ra.code.sub !== rc.code.sub).toBe(true);
  });

  it('hide the scores from anyone without the private key', async () => {
    const { input } = await setup();
    const code = await makeParticipantCode({ ...input, scores: [11, 11, 11, 11, 11, 11, 11] });
    const bytes = base64UrlToBytes(at(code.split('.'), 2, 'part of the code'))!;
    // Eleven as a byte would show seven times in a row if the scores were in the clear.
    expect(Buffer.from(bytes).includes(Buffer.from([11, 11, 11, 11, 11, 11, 11]))).toBe(false);
  });

  it('recognise a code from another session', async () => {
    const { session } = await setup();
    const other = await setup();
    const code = await makeParticipantCode(other.input);
    expect(await readParticipantCode(code, session)).toEqual({ ok: false, problem: 'other-session' });
  });

  it('detect a session id changed to pass as this session', async () => {
    const { session, input } = await setup();
    const other = newSessionId();
    const code = await makeParticipantCode({ ...input, sessionId: other });
    const forged = code.replace(other, session.id);
    expect(await readParticipantCode(forged, session)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('detect tampering with any part of the sealed bytes', async () => {
    const { session, input } = await setup();
    const code = await makeParticipantCode(input);
    const sealedStart = code.lastIndexOf('.') + 1;
    // In the ephemeral key, the IV, the ciphertext and the tag.
    for (const at of [sealedStart + 5, sealedStart + 90, sealedStart + 100, code.length - 3]) {
      expect(await readParticipantCode(flip(code, at), session), `changed at ${at}`).toEqual({
        ok: false,
        problem: 'damaged',
      });
    }
  });

  it('call a cut-off code truncated and a code of an unknown format so', async () => {
    const { session, input } = await setup();
    const code = await makeParticipantCode(input);
    expect(await readParticipantCode(code.slice(0, -10), session)).toEqual({
      ok: false,
      problem: 'truncated',
    });
    expect(await readParticipantCode(code.slice(0, 10), session)).toEqual({
      ok: false,
      problem: 'truncated',
    });
    expect(await readParticipantCode(code.replace(/^vwc1/, 'vwc2'), session)).toEqual({
      ok: false,
      problem: 'unknown-format',
    });
    expect(await readParticipantCode('<script>alert(1)</script>', session)).toEqual({
      ok: false,
      problem: 'unknown-format',
    });
    expect(await readParticipantCode(`${code}AAAA`, session)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuse a code made with another instrument version', async () => {
    const { session, input } = await setup();
    const code = await makeParticipantCode({ ...input, instrumentVersion: 1 });
    expect(await readParticipantCode(code, session)).toEqual({ ok: false, problem: 'other-version' });
  });

  it('fit the largest instrument the content allows', async () => {
    expect(MAX_SCALES).toBe(SCAN_LIMITS.scales[1]);
    expect(PUBLIC_KEY_CHARS).toBe(base64UrlLength(PUBLIC_KEY_BYTES));
    const { input } = await setup();
    await expect(makeParticipantCode({ ...input, scores: Array(MAX_SCALES + 1).fill(50) })).rejects.toThrow();
    await expect(makeParticipantCode({ ...input, scores: [101] })).rejects.toThrow();
  });
});
