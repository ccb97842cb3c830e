import fc from 'fast-check';
import * as v from 'valibot';
import {
  decode,
  encode,
  MAX_BYTES,
  MemoryStore,
  SiteStorage,
  type Codec,
  type KeyValueStore,
} from '../../../src/lib/core/storage';

interface Notes {
  items: string[];
}
const codec: Codec<Notes> = {
  key: 'vw:proef',
  version: 2,
  schema: v.object({ items: v.array(v.string()) }),
  empty: () => ({ items: [] }),
  // Version 1 stored a single string.
  migrate: (from, data) => (from === 1 && typeof data === 'string' ? { items: [data] } : undefined),
};

describe('the storage envelope', () => {
  it('round-trips any valid value', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 50 }), (items) => {
        const loaded = decode(codec, encode(codec, { items }));
        expect(loaded).toEqual({ value: { items }, status: 'ok', migrated: false });
      }),
    );
  });

  it('upgrades an old version it knows, and refuses one it does not', () => {
    expect(decode(codec, JSON.stringify({ v: 1, data: 'oud' }))).toEqual({
      value: { items: ['oud'] },
      status: 'ok',
      migrated: true,
    });
    expect(decode(codec, JSON.stringify({ v: 0, data: 'ouder' })).status).toBe('too-old');
  });

  it('leaves data from a newer version alone', () => {
    expect(decode(codec, JSON.stringify({ v: 3, data: { items: [] } })).status).toBe('too-new');
  });

  it('turns garbage into the default with a reason, never an exception', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const loaded = decode(codec, raw);
        expect(['ok', 'corrupt', 'invalid', 'too-old', 'too-new']).toContain(loaded.status);
        if (loaded.status !== 'ok') expect(loaded.value).toEqual({ items: [] });
      }),
    );
    expect(decode(codec, '{niet json').status).toBe('corrupt');
    expect(decode(codec, JSON.stringify({ data: {} })).status).toBe('corrupt');
    expect(decode(codec, JSON.stringify({ v: 2, data: { items: [1, 2] } })).status).toBe('invalid');
    expect(decode(codec, null).status).toBe('empty');
  });

  it('refuses oversized data both ways', () => {
    const huge = { items: ['x'.repeat(MAX_BYTES)] };
    expect(() => encode(codec, huge)).toThrow(/more than/);
    expect(decode(codec, JSON.stringify({ v: 2, data: huge })).status).toBe('too-large');
  });
});

describe('SiteStorage', () => {
  it('saves to the browser storage when it works', () => {
    const backing = new MemoryStore();
    const storage = new SiteStorage(backing);
    expect(storage.mode).toBe('persistent');
    expect(storage.save(codec, { items: ['a'] })).toBe('saved');
    expect(JSON.parse(backing.getItem('vw:proef')!)).toEqual({ v: 2, data: { items: ['a'] } });
    expect(new SiteStorage(backing).load(codec).value).toEqual({ items: ['a'] });
  });

  it('falls back to memory when storage is unavailable', () => {
    const unreadable: KeyValueStore = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => undefined,
      key: () => null,
      length: 0,
    };
    for (const backing of [undefined, unreadable]) {
      const storage = new SiteStorage(backing);
      expect(storage.mode).toBe('memory');
      expect(storage.save(codec, { items: ['b'] })).toBe('memory');
      expect(storage.load(codec).value).toEqual({ items: ['b'] });
    }
  });

  it('still reads what is stored when saving is refused, and keeps changes in memory', () => {
    const backing = new MemoryStore();
    backing.setItem('vw:proef', encode(codec, { items: ['bewaard'] }));
    backing.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const storage = new SiteStorage(backing);
    expect(storage.mode).toBe('read-only');
    expect(storage.load(codec)).toMatchObject({ status: 'ok', value: { items: ['bewaard'] } });
    expect(storage.save(codec, { items: ['bewaard', 'nieuw'] })).toBe('unsaved');
    expect(storage.load(codec).value).toEqual({ items: ['bewaard', 'nieuw'] });
    expect(storage.readStored('vw:proef')).toBe(encode(codec, { items: ['bewaard'] }));
  });

  it('keeps working in memory when the quota is full', () => {
    const backing = new MemoryStore();
    const storage = new SiteStorage(backing);
    backing.setItem = (key: string) => {
      if (key !== 'vw:probe') throw new DOMException('full', 'QuotaExceededError');
    };
    expect(storage.save(codec, { items: ['c'] })).toBe('unsaved');
    expect(storage.load(codec).value).toEqual({ items: ['c'] });
  });

  it('sets unreadable data aside instead of losing it', () => {
    const backing = new MemoryStore();
    backing.setItem('vw:proef', '{kapot');
    const storage = new SiteStorage(backing);
    const loaded = storage.load(codec);
    expect(loaded.status).toBe('corrupt');
    expect(backing.getItem('vw:proef:onleesbaar')).toBe('{kapot');
    storage.save(codec, { items: ['nieuw'] });
    expect(backing.getItem('vw:proef:onleesbaar')).toBe('{kapot');
    expect(storage.keys()).toEqual(['vw:proef', 'vw:proef:onleesbaar']);
  });

  it('says where unreadable data is kept: a copy aside, or in place when no copy fits', () => {
    const roomy = new MemoryStore();
    roomy.setItem('vw:proef', '{kapot');
    expect(new SiteStorage(roomy).load(codec).kept).toBe('aside');

    const full = new MemoryStore();
    full.setItem('vw:proef', '{kapot');
    full.setItem = (key: string) => {
      if (key !== 'vw:probe') throw new DOMException('full', 'QuotaExceededError');
    };
    const storage = new SiteStorage(full);
    expect(storage.load(codec)).toMatchObject({ status: 'corrupt', kept: 'in-place' });
    expect(storage.keys()).toEqual(['vw:proef']);
  });

  it('never overwrites unreadable data it could not set aside, until the visitor removes or replaces it', () => {
    const backing = new MemoryStore();
    const huge = JSON.stringify({ v: 2, data: { items: ['x'.repeat(MAX_BYTES)] } });
    backing.setItem('vw:proef', huge);
    const setItem = backing.setItem.bind(backing);
    // Room for small values only, as a nearly full quota leaves.
    backing.setItem = (key: string, value: string) => {
      if (value.length > 1000) throw new DOMException('full', 'QuotaExceededError');
      setItem(key, value);
    };
    const storage = new SiteStorage(backing);
    expect(storage.load(codec)).toMatchObject({ status: 'too-large', kept: 'in-place' });
    expect(storage.save(codec, { items: ['nieuw'] })).toBe('held');
    expect(backing.getItem('vw:proef')).toBe(huge);
    // Reading again (another tab, an import elsewhere) keeps the hold while the original is there.
    expect(storage.load(codec).value).toEqual({ items: ['nieuw'] });
    expect(storage.save(codec, { items: ['nog een'] })).toBe('held');
    expect(backing.getItem('vw:proef')).toBe(huge);

    storage.remove('vw:proef');
    expect(storage.save(codec, { items: ['daarna'] })).toBe('saved');
    expect(backing.getItem('vw:proef')).toBe(encode(codec, { items: ['daarna'] }));
  });

  it('holds unreadable data rather than overwrite it when an older, different copy is already aside', () => {
    const backing = new MemoryStore();
    backing.setItem('vw:proef:onleesbaar', '{ouder');
    backing.setItem('vw:proef', '{nieuwer');
    const storage = new SiteStorage(backing);
    expect(storage.load(codec).kept).toBe('in-place');
    expect(storage.save(codec, { items: [] })).toBe('held');
    expect(backing.getItem('vw:proef')).toBe('{nieuwer');
  });

  it('ends a hold when an import writes over the held key', () => {
    const backing = new MemoryStore();
    backing.setItem('vw:proef:onleesbaar', '{ouder');
    backing.setItem('vw:proef', '{nieuwer');
    const storage = new SiteStorage(backing);
    storage.load(codec);
    expect(storage.writeRaw('vw:proef', encode(codec, { items: ['terug'] }))).toBe('saved');
    expect(storage.save(codec, { items: ['verder'] })).toBe('saved');
  });

  it('reports a save that is too large instead of throwing, and keeps the old value', () => {
    const storage = new SiteStorage(new MemoryStore());
    storage.save(codec, { items: ['klein'] });
    expect(storage.save(codec, { items: ['x'.repeat(MAX_BYTES)] })).toBe('too-large');
    expect(storage.load(codec).value).toEqual({ items: ['klein'] });
  });
});
