import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionInstrument } from '../../data/session';
import type { ScaleAggregate } from '../../lib/session/aggregate';
import { groupText as t } from '../../i18n/session/facilitator';
import { ScaleCard } from './ScaleCard';

type Shown = Extract<ScaleAggregate, { shown: true }>;

/**
 * For a projector: one scale per screen in large type. Arrow keys step, Escape returns; focus stays
 * inside while it is open and goes back to the button that opened it.
 */
export function Presentation({
  scales,
  ins,
  onClose,
}: {
  scales: Shown[];
  ins: SessionInstrument;
  onClose: () => void;
}) {
  const [n, setN] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  // Opened only with at least one scale shown, and `go` keeps n within the list.
  const scale = scales[n]!;
  const go = (to: number) => setN(Math.max(0, Math.min(scales.length - 1, to)));

  useEffect(() => {
    root.current?.querySelector<HTMLElement>('[data-focus]')?.focus();
  }, [n]);
  useEffect(() => {
    document.documentElement.classList.add('is-presenting');
    return () => document.documentElement.classList.remove('is-presenting');
  }, []);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return (e.preventDefault(), onClose());
    if (e.key === 'ArrowRight' || e.key === 'PageDown') return (e.preventDefault(), go(n + 1));
    if (e.key === 'ArrowLeft' || e.key === 'PageUp') return (e.preventDefault(), go(n - 1));
    if (e.key === 'Tab') {
      const items = [...root.current!.querySelectorAll<HTMLElement>('button:not([disabled]), a[href]')];
      const [first, last] = [items[0], items[items.length - 1]];
      if (!first || !last) return;
      if (e.shiftKey && document.activeElement === first) return (e.preventDefault(), last.focus());
      if (!e.shiftKey && document.activeElement === last) return (e.preventDefault(), first.focus());
    }
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a dialog takes its arrow keys and Escape
    <div
      class="session-present"
      role="dialog"
      aria-modal="true"
      aria-label={t.presentTitle}
      ref={root}
      onKeyDown={onKey}
    >
      <p class="session-present__where">
        <span>{t.presentOf(n + 1, scales.length)}</span>{' '}
        <span class="session-present__hint">{t.presentHint}</span>
      </p>
      <ScaleCard key={scale.id} scale={scale} ins={ins} large />
      <p class="button-row session-present__nav">
        <button type="button" class="button button--secondary" onClick={() => go(n - 1)} disabled={n === 0}>
          {t.previous}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => go(n + 1)}
          disabled={n === scales.length - 1}
        >
          {t.next}
        </button>
        <button type="button" class="button" onClick={onClose}>
          {t.closePresentation}
        </button>
      </p>
    </div>
  );
}
