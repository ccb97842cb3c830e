import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, nextIndex } from '../../../src/lib/search/results';

describe('excerptParts', () => {
  it('keeps marks and plain text apart', () => {
    expect(excerptParts('Wat <mark>vertrouwen</mark> is')).toEqual([
      { text: 'Wat ', mark: false },
      { text: 'vertrouwen', mark: true },
      { text: ' is', mark: false },
    ]);
  });
  it('decodes escaped text and never returns markup', () => {
    const parts = excerptParts('a &lt;script&gt; &amp; <b>b</b> <img src=x onerror=alert(1)> &#x27;c&#39;');
    expect(parts.map((p) => p.text).join('')).toBe("a <script> & b  'c'");
    expect(parts.every((p) => !p.mark)).toBe(true);
  });
  it('leaves unknown entities alone', () => {
    expect(decodeEntities('&foo; &#0;')).toBe('&foo; &#0;');
  });
});

describe('nextIndex', () => {
  it('enters the list from the field and returns to it', () => {
    expect(nextIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextIndex(0, 'ArrowUp', 3)).toBe(-1);
    expect(nextIndex(2, 'ArrowDown', 3)).toBe(2);
    expect(nextIndex(1, 'End', 3)).toBe(2);
    expect(nextIndex(2, 'Home', 3)).toBe(0);
    expect(nextIndex(-1, 'ArrowDown', 0)).toBe(-1);
  });
});
