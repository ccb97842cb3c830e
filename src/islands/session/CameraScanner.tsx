import { useEffect, useRef, useState } from 'preact/hooks';
import { facilitatorText as t } from '../../i18n/session/facilitator';
import type { Report } from './receipts';

type Decode = (video: HTMLVideoElement) => Promise<string | undefined>;

/**
 * Reads QR codes from the camera: the browser's BarcodeDetector where it exists, otherwise jsQR,
 * which loads only now (about 46 KB gzip, so never with the page).
 */
async function decoder(): Promise<Decode> {
  const Detector = (
    globalThis as {
      BarcodeDetector?: new (o: { formats: string[] }) => {
        detect: (s: HTMLVideoElement) => Promise<{ rawValue: string }[]>;
      };
    }
  ).BarcodeDetector;
  if (Detector) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  return async (video) => {
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    if (!canvas.width) return undefined;
    context.drawImage(video, 0, 0);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;
  };
}

function problemOf(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return t.cameraDenied;
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NoCamera')
    return t.cameraAbsent;
  return t.cameraFailed;
}

/** The camera view; every code read is handed on once, and Escape or the button stops the camera. */
export function CameraScanner({
  onText,
  onClose,
}: {
  onText: (text: string) => Promise<Report>;
  onClose: () => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'starting' | 'on' | string>('starting');

  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    let last = '';
    const run = async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw { name: 'NoCamera' };
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
        if (stopped) return;
        const el = video.current!;
        el.srcObject = stream;
        await el.play();
        const decode = await decoder();
        setState('on');
        while (!stopped) {
          const text = await decode(el).catch(() => undefined);
          // The same code stays in view for a while: hand it on once.
          if (text && text !== last) {
            last = text;
            await onText(text);
          }
          await new Promise((r) => setTimeout(r, 200));
        }
      } catch (error) {
        if (!stopped) setState(problemOf(error));
      }
    };
    void run();
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    // Escape stops the camera from anywhere inside it, as in a dialog.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the container handles Escape only
    <section
      class="session-camera"
      aria-labelledby="sessie-camera"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h3 id="sessie-camera">{t.cameraTitle}</h3>
      {state === 'starting' && <p role="status">{t.cameraStarting}</p>}
      {state === 'on' && <p>{t.cameraHint}</p>}
      {state !== 'starting' && state !== 'on' && (
        <p class="session-problem" role="alert">
          {state}
        </p>
      )}
      <video
        ref={video}
        class="session-camera__video"
        muted
        playsInline
        aria-label={t.cameraVideo}
        hidden={state !== 'on' && state !== 'starting'}
      />
      <p>
        <button type="button" class="button button--secondary" onClick={onClose}>
          {t.cameraStop}
        </button>
      </p>
    </section>
  );
}
