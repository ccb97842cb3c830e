import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export const Y4M_WIDTH = 640;
export const Y4M_HEIGHT = 480;

/**
 * A Y4M video for Chromium's fake camera, written by hand (no ffmpeg): the PNG (e.g. a screenshot
 * of a QR code) centred on white in the luma plane, colour planes neutral, repeated for a second.
 * Without a PNG the frames are plain white: a camera looking at nothing.
 */
export function writeY4m(file: string, png?: Buffer, frames = 10) {
  const y = Buffer.alloc(Y4M_WIDTH * Y4M_HEIGHT, 235);
  if (png) {
    const image = PNG.sync.read(png);
    const scale = Math.min(1, (Y4M_HEIGHT - 20) / image.height, (Y4M_WIDTH - 20) / image.width);
    const w = Math.floor(image.width * scale);
    const h = Math.floor(image.height * scale);
    const left = Math.floor((Y4M_WIDTH - w) / 2);
    const top = Math.floor((Y4M_HEIGHT - h) / 2);
    for (let row = 0; row < h; row++) {
      for (let col = 0; col < w; col++) {
        const i = (Math.floor(row / scale) * image.width + Math.floor(col / scale)) * 4;
        const [r = 0, g = 0, b = 0] = image.data.subarray(i, i + 3);
        const luma = 0.299 * r + 0.587 * g + 0.114 * b;
        y[(top + row) * Y4M_WIDTH + left + col] = Math.round(16 + (luma / 255) * 219);
      }
    }
  }
  const chroma = Buffer.alloc((Y4M_WIDTH / 2) * (Y4M_HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${Y4M_WIDTH} H${Y4M_HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
