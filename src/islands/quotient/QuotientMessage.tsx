/** Where the calculator answers the visitor: the form, the shared banner, the table or sharing. */
export type Place = 'form' | 'shared' | 'compare' | 'share';

export interface Message {
  text: string;
  at: Place;
  problem?: boolean | undefined;
}

/** The short message for one place; the element is always there so screen readers hear changes. */
export function QuotientMessage({ message, at }: { message: Message | null; at: Place }) {
  return (
    <p class={message?.problem ? 'qcalc__message is-problem' : 'qcalc__message'} role="status">
      {message?.at === at && message.text}
    </p>
  );
}
