import type { Element, Root } from 'hast';
import { rehypeSiteLinks } from '../../../src/markdown/rehype-site-links';

const el = (tagName: string, properties: Element['properties']): Element => ({
  type: 'element',
  tagName,
  properties,
  children: [],
});

function run(base: string, ...children: Element[]): Element[] {
  const tree: Root = { type: 'root', children: [el('p', {})] };
  (tree.children[0] as Element).children = children;
  rehypeSiteLinks({ base })(tree);
  return children;
}

describe('content links under the base', () => {
  it('puts root-relative links and images under the base', () => {
    const [a, img] = run('/vertrouwenswijzer/', el('a', { href: '/gids/x/#y' }), el('img', { src: '/icons/a.svg' }));
    expect(a?.properties.href).toBe('/vertrouwenswijzer/gids/x/#y');
    expect(img?.properties.src).toBe('/vertrouwenswijzer/icons/a.svg');
  });

  it('leaves other links as written', () => {
    const links = run(
      '/vertrouwenswijzer/',
      el('a', { href: 'https://example.org/' }),
      el('a', { href: '//cdn.example/x' }),
      el('a', { href: '#anker' }),
      el('a', { href: 'mailto:a@b.nl' }),
    );
    expect(links.map((l) => l.properties.href)).toEqual([
      'https://example.org/',
      '//cdn.example/x',
      '#anker',
      'mailto:a@b.nl',
    ]);
  });

  it('changes nothing under the root base', () => {
    const [a] = run('/', el('a', { href: '/herstelplan/' }));
    expect(a?.properties.href).toBe('/herstelplan/');
  });
});
