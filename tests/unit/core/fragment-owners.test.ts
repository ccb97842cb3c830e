import {
  FRAGMENT_OWNERS,
  foreignTool,
  fragmentKey,
  fragmentOwner,
} from '../../../src/lib/core/fragment-owners';
import { encodeShare } from '../../../src/lib/core/share-code';
import { scanHandoffFormat } from '../../../src/lib/scan/handoff';
import { scanResultFormat } from '../../../src/lib/scan/codec';
import { relationshipsShare } from '../../../src/lib/quotient/share';
import { sessionLinkFormat } from '../../../src/lib/session/link';

describe('which tool a URL fragment belongs to', () => {
  it('knows every share format the tools read, and nothing else', () => {
    const formats = {
      [scanResultFormat.prefix]: 'scan',
      [sessionLinkFormat.prefix]: 'scan',
      [relationshipsShare.prefix]: 'quotient',
      [scanHandoffFormat.prefix]: 'herstelplan',
    };
    expect(FRAGMENT_OWNERS).toEqual(formats);
  });

  it('reads the key of a fragment, with or without "#"', () => {
    expect(fragmentKey('#relaties=1.abc')).toBe('relaties');
    expect(fragmentKey('vanuit-scan=1.abc')).toBe('vanuit-scan');
    expect(fragmentKey('#kennischeck')).toBeUndefined();
    expect(fragmentKey('')).toBeUndefined();
  });

  it('names the owner of a real link', () => {
    const link = `#${encodeShare(scanHandoffFormat, { instrument: 'rond-mij', scales: ['open'] })}`;
    expect(fragmentOwner(link)).toBe('herstelplan');
  });

  it('says nothing for headings, unknown keys or names every object has', () => {
    for (const hash of ['#kennischeck', '#onbekend=1.x', '#constructor=1.x', '#__proto__=1', '#toString=1'])
      expect(fragmentOwner(hash)).toBeUndefined();
  });

  it('calls a link foreign only on another tool', () => {
    expect(foreignTool('#relaties=1.x', 'scan')).toBe('quotient');
    expect(foreignTool('#relaties=1.x', 'quotient')).toBeUndefined();
    expect(foreignTool('#sessie=1.x', 'scan')).toBeUndefined();
    expect(foreignTool('#sessie=1.x')).toBe('scan');
    expect(foreignTool('#vanuit-scan=1.x', 'quotient')).toBe('herstelplan');
    expect(foreignTool('#scan-resultaat=1.x', 'herstelplan')).toBe('scan');
  });
});
