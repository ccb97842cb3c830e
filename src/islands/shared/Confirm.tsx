import type { ComponentChildren } from 'preact';

interface Props {
  /** What the visitor is asked. */
  question: ComponentChildren;
  /** Names the group; without it, give `questionId` and the question names it. */
  label?: string;
  questionId?: string;
  /** The question in bold, where it stands above more text. */
  strong?: boolean;
  yes: string;
  cancel: string;
  onYes: () => void;
  onCancel: () => void;
  /** More about what "yes" does, between the question and the buttons. */
  children?: ComponentChildren;
  /** "Yes" removes something: styled as a destructive action. */
  destructive?: boolean;
  /** An id for the "yes" button, so focus can be put on it. */
  yesId?: string;
}

/** Asks before something that cannot be undone: the question, then "yes" and "cancel". */
export function Confirm({
  question,
  label,
  questionId,
  strong,
  yes,
  cancel,
  onYes,
  onCancel,
  children,
  destructive,
  yesId,
}: Props) {
  return (
    <div class="confirm" role="group" aria-label={label} aria-labelledby={label ? undefined : questionId}>
      <p id={questionId}>{strong ? <strong>{question}</strong> : question}</p>
      {children}
      <p class="button-row">
        <button
          type="button"
          id={yesId}
          class={destructive ? 'button button--danger' : 'button'}
          onClick={onYes}
        >
          {yes}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {cancel}
        </button>
      </p>
    </div>
  );
}
