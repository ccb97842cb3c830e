import { readFileSync } from 'node:fs';
import { maskableSvg } from '../../../src/lib/offline/app-icons';

const logo = readFileSync('public/favicon.svg', 'utf8');

describe('maskableSvg', () => {
  it('fills the whole square with the logo background and keeps the logo inside the safe zone', () => {
    const svg = maskableSvg(logo, 0.72);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0a6a61"\/>/,
    );
    expect(svg).toContain('<g transform="translate(4.48 4.48) scale(0.72)">');
    expect(svg).toContain('<circle cx="16" cy="9.5" r="2.4" fill="#f2c14e"/>');
  });

  it('refuses a logo it cannot make maskable', () => {
    expect(() => maskableSvg('<svg viewBox="0 0 32 16"><rect fill="#000"/></svg>')).toThrow(/square/);
    expect(() => maskableSvg('<svg viewBox="0 0 32 32"><path d="M0 0"/></svg>')).toThrow(/filled background/);
  });
});
