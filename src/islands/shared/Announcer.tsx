import { useRef, useState } from 'preact/hooks';

/**
 * What an island tells screen-reader users, politely. A message the same as the last one is
 * cleared first and set again a frame later, or it would not be heard a second time.
 */
export function useAnnouncer(): [said: string, announce: (text: string) => void] {
  const [said, setSaid] = useState('');
  const last = useRef('');
  const announce = (text: string) => {
    const again = text === last.current;
    last.current = text;
    if (!again) return setSaid(text);
    setSaid('');
    requestAnimationFrame(() => setSaid(text));
  };
  return [said, announce];
}

/** The live region that speaks what `useAnnouncer` says. */
export function Announcer({ said }: { said: string }) {
  return (
    <p class="sr-only" aria-live="polite">
      {said}
    </p>
  );
}
