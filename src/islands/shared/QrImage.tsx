import { useEffect, useState } from 'preact/hooks';
import type * as EncoderModule from 'qrcode';

// The QR encoder loads when a code is first shown, not with the page.
type Encoder = typeof EncoderModule;
let encoder: Promise<Encoder> | undefined;
const loadEncoder = () =>
  (encoder ??= import('qrcode').catch((e) => {
    encoder = undefined;
    throw e;
  }));

/** The dark modules as one SVG path, row by row in runs: no markup from a string, ever. */
function pathOf(size: number, data: Uint8Array): string {
  let d = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      d += `M${start + 4} ${y + 4}h${x - start}v1h${start - x}z`;
    }
  }
  return d;
}

/**
 * A QR code for a text, drawn as SVG with the four-module quiet zone; black on white in both
 * themes, since cameras read dark on light best. Medium error correction, as the build's codes.
 */
export function QrImage({
  text,
  label,
  failed,
  onReady,
}: {
  text: string;
  label: string;
  failed: string;
  onReady?: () => void;
}) {
  const [qr, setQr] = useState<{ size: number; d: string }>();
  const [error, setError] = useState(false);
  useEffect(() => {
    let live = true;
    setQr(undefined);
    loadEncoder().then(
      (q) => {
        const { modules } = q.create(text, { errorCorrectionLevel: 'M' });
        if (live) setQr({ size: modules.size, d: pathOf(modules.size, modules.data) });
      },
      () => live && setError(true),
    );
    return () => {
      live = false;
    };
  }, [text]);
  useEffect(() => {
    if (qr) onReady?.();
  }, [qr]);
  if (error) return <p role="alert">{failed}</p>;
  if (!qr) return <div class="session-qr session-qr--loading" />;
  const full = qr.size + 8;
  return (
    <svg
      class="session-qr"
      viewBox={`0 0 ${full} ${full}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={full} height={full} fill="#ffffff" />
      <path d={qr.d} fill="#000000" />
    </svg>
  );
}
