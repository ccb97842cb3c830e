import { buildBackup, parseBackup } from '../../../src/lib/core/backup';
import { backupFileName, originalFileName } from '../../../src/lib/core/file-names';
import { progressCodec } from '../../../src/lib/quiz/progress';
import { themeCodec } from '../../../src/lib/core/theme-codec';
import { encode, type Codec } from '../../../src/lib/core/storage';

const codecs = [progressCodec, themeCodec] as Codec<unknown>[];
const progressRaw = encode(progressCodec, { chapters: { h1: { readAt: '2026-01-01T00:00:00.000Z' } } });
const themeRaw = encode(themeCodec, 'dark');
const now = new Date('2026-02-03T04:05:06Z');

describe('backup files', () => {
  it('round-trip every stored envelope', () => {
    const file = buildBackup(
      [
        { key: 'vw:voortgang', raw: progressRaw },
        { key: 'vw:theme', raw: themeRaw },
      ],
      now,
    );
    const parsed = parseBackup(file, codecs);
    expect(parsed).toEqual({
      ok: true,
      exportedAt: now.toISOString(),
      entries: [
        { key: 'vw:voortgang', raw: progressRaw },
        { key: 'vw:theme', raw: themeRaw },
      ],
    });
  });

  it('carry unreadable set-aside copies for the visitor, but never restore them', () => {
    const file = buildBackup([{ key: 'vw:voortgang:onleesbaar', raw: '{kapot' }], now);
    expect(JSON.parse(file).data['vw:voortgang:onleesbaar']).toBe('{kapot');
    expect(parseBackup(file, codecs)).toMatchObject({ ok: true, entries: [] });
  });

  it.each([
    ['not JSON', 'hallo', 'not-json'],
    ['another app', JSON.stringify({ app: 'iets-anders', format: 1, exportedAt: 'x', data: {} }), 'not-ours'],
    [
      'a newer format',
      JSON.stringify({ app: 'vertrouwenswijzer', format: 9, exportedAt: 'x', data: {} }),
      'too-new',
    ],
    [
      'an unknown key',
      JSON.stringify({
        app: 'vertrouwenswijzer',
        format: 1,
        exportedAt: 'x',
        data: { 'vw:x': { v: 1, data: 1 } },
      }),
      'unknown-key',
    ],
    [
      'a foreign key',
      JSON.stringify({ app: 'vertrouwenswijzer', format: 1, exportedAt: 'x', data: { token: 'x' } }),
      'unknown-key',
    ],
    [
      'a damaged entry',
      JSON.stringify({
        app: 'vertrouwenswijzer',
        format: 1,
        exportedAt: 'x',
        data: { 'vw:voortgang': { v: 1, data: { chapters: 3 } } },
      }),
      'bad-entry',
    ],
    ['an oversized file', ' '.repeat(3 * 1024 * 1024), 'too-large'],
  ])('reject %s as a whole', (_, text, reason) => {
    const parsed = parseBackup(text, codecs);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.reason).toBe(reason);
  });

  it('reject the whole file when one entry of several is bad', () => {
    const file = JSON.stringify({
      app: 'vertrouwenswijzer',
      format: 1,
      exportedAt: now.toISOString(),
      data: {
        'vw:theme': JSON.parse(themeRaw),
        'vw:voortgang': { v: 1, data: { chapters: { h1: { readAt: 5 } } } },
      },
    });
    expect(parseBackup(file, codecs)).toMatchObject({
      ok: false,
      problem: { reason: 'bad-entry', key: 'vw:voortgang' },
    });
  });

  const withData = (data: string) =>
    `{"app":"vertrouwenswijzer","format":1,"exportedAt":"${now.toISOString()}","data":${data}}`;

  it.each([
    [
      'a __proto__ key beside the entries',
      `{"vw:theme":${themeRaw},"__proto__":{"vw:theme":1}}`,
      '__proto__',
    ],
    ['__proto__ inside an envelope', '{"vw:theme":{"v":1,"data":"dark","__proto__":{"x":1}}}', '__proto__'],
    [
      'constructor inside the data',
      '{"vw:voortgang":{"v":1,"data":{"chapters":{},"constructor":{}}}}',
      'constructor',
    ],
    ['a prototype key', '{"prototype":{"v":1,"data":"dark"}}', 'prototype'],
  ])('reject %s by name, instead of dropping or storing it', (_, data, key) => {
    expect(parseBackup(withData(data), codecs)).toEqual({
      ok: false,
      problem: { reason: 'unsafe-key', key },
    });
  });

  it('name downloads by date, an unreadable original after its key', () => {
    expect(backupFileName('2026-02-03')).toBe('vertrouwenswijzer-gegevens-2026-02-03.json');
    expect(originalFileName('vw:voortgang:onleesbaar', '2026-02-03')).toBe(
      'vw-voortgang-onleesbaar-2026-02-03.txt',
    );
  });
});
