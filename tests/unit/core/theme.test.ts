import { applyTheme, saveTheme, THEME_KEY } from '../../../src/lib/core/theme';
import { themeCodec } from '../../../src/lib/core/theme-codec';
import { decode } from '../../../src/lib/core/storage';

describe('the theme preference', () => {
  it('what the page script saves is what the storage module reads back', () => {
    const store = new Map<string, string>();
    const storage = {
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    saveTheme(storage, 'dark');
    expect(decode(themeCodec, store.get(THEME_KEY) ?? null)).toMatchObject({ status: 'ok', value: 'dark' });
    saveTheme(storage, null);
    expect(store.has(THEME_KEY)).toBe(false);
  });

  it('shows a choice on the root element and clears it for "follow the system"', () => {
    const dataset: Record<string, string | undefined> = {};
    applyTheme(dataset, 'light');
    expect(dataset.theme).toBe('light');
    applyTheme(dataset, null);
    expect('theme' in dataset).toBe(false);
  });

  it('an unknown stored value is not a theme', () => {
    expect(decode(themeCodec, JSON.stringify({ v: 1, data: 'purple' })).status).toBe('invalid');
  });
});
