import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface CopyTexts {
  copy: string;
  copied: string;
  copyFailed: string;
  showQr: string;
  hideQr: string;
}

interface Props {
  id: string;
  label: string;
  /** What is copied, shown read-only: one line, or a text area of this many rows. */
  text: string;
  rows?: number;
  fieldClass: string;
  texts: CopyTexts;
  /** Tells the visitor whether copying worked. */
  say: (message: string) => void;
  /** More buttons in the row, before and after the QR code's toggle. */
  before?: ComponentChildren;
  after?: ComponentChildren;
  /** The QR code as it shows while open. */
  qr: ComponentChildren;
}

/**
 * A text to hand over (a session link, a participant code): a field that selects itself, a copy
 * button, and a toggle for the same text as a QR code.
 */
export function CopyPanel({ id, label, text, rows, fieldClass, texts, say, before, after, qr }: Props) {
  const [open, setOpen] = useState(false);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => say(texts.copied),
      () => say(texts.copyFailed),
    );
  const field = { id, class: fieldClass, readOnly: true, value: text };

  return (
    <>
      <label for={id}>{label}</label>
      {rows ? (
        <textarea {...field} rows={rows} onFocus={(e) => e.currentTarget.select()} />
      ) : (
        <input type="text" {...field} onFocus={(e) => e.currentTarget.select()} />
      )}
      <p class="button-row">
        <button type="button" class="button" onClick={copy}>
          {texts.copy}
        </button>
        {before}
        <button
          type="button"
          class="button button--secondary"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? texts.hideQr : texts.showQr}
        </button>
        {after}
      </p>
      {open && qr}
    </>
  );
}
