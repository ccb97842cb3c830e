import { bytesToBase64Url } from '../../../src/lib/session/bytes';
import {
  newSessionId,
  readSessionLink,
  sessionFragment,
  type SessionLink,
} from '../../../src/lib/session/link';
import { generateSessionKeys } from '../../../src/lib/session/seal';

const instruments = [{ id: 'vertrouwen-om-mij-heen', version: 3 }];

async function link(extra: Partial<SessionLink> = {}): Promise<SessionLink> {
  const { publicKey } = await generateSessionKeys();
  return { s: newSessionId(), i: 'vertrouwen-om-mij-heen', v: 3, k: bytesToBase64Url(publicKey), ...extra };
}

describe('session links', () => {
  it('round-trip, with and without a public label', async () => {
    for (const l of [await link(), await link({ n: 'Teamdag <b>Inkoop</b>' })]) {
      const fragment = sessionFragment(l);
      expect(fragment).toMatch(/^sessie=1\.[A-Za-z0-9_-]+$/);
      expect(readSessionLink(`#${fragment}`, instruments)).toEqual({ kind: 'ok', value: l });
    }
  });

  it('explain a damaged, cut-off or outdated link', async () => {
    const good = sessionFragment(await link());
    expect(readSessionLink('#vertrouwen-om-mij-heen', instruments)).toEqual({ kind: 'none' });
    expect(readSessionLink(`#${good.slice(0, 60)}`, instruments)).toMatchObject({ kind: 'problem' });
    expect(readSessionLink(`#${good.replace('sessie=1.', 'sessie=9.')}`, instruments)).toEqual({
      kind: 'problem',
      problem: 'unknown-version',
    });
    expect(readSessionLink(`#${sessionFragment(await link({ i: 'bestaat-niet' }))}`, instruments)).toEqual({
      kind: 'problem',
      problem: 'unknown-instrument',
    });
    expect(readSessionLink(`#${sessionFragment(await link({ v: 2 }))}`, instruments)).toEqual({
      kind: 'problem',
      problem: 'other-version',
    });
    const badKey = `sessie=1.${btoa(JSON.stringify({ s: newSessionId(), i: 'vertrouwen-om-mij-heen', v: 3, k: 'kort' })).replace(/=+$/, '')}`;
    expect(readSessionLink(`#${badKey}`, instruments)).toEqual({ kind: 'problem', problem: 'invalid' });
    const long = { ...(await link()), n: 'x'.repeat(41) };
    expect(() => sessionFragment(long)).toThrow();
  });

  it('make session ids of twelve characters that do not repeat', () => {
    const ids = new Set(Array.from({ length: 200 }, newSessionId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });
});
