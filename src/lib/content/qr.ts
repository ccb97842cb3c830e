import QRCode from 'qrcode';

/**
 * A QR code as an SVG string, made at build time so pages need no script. Medium error
 * correction survives a photocopied handout; the four-module quiet zone the standard asks for is part of the image.
 */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', '<svg focusable="false" aria-hidden="true" ');
}
