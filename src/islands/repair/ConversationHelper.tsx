import { composeMessage, messageHints, PARTS } from '../../lib/repair/conversation';
import { LIMITS } from '../../lib/repair/plan';
import { conversationText as c, hintText } from '../../i18n/repair/steps';
import type { StepProps } from './shared';

/** Templates for the conversation: an I-message and SBI feedback, filled in by the visitor. */
export function ConversationHelper({ plan, update, links }: StepProps) {
  return (
    <section class="conversation hp-card" aria-labelledby="gesprekshulp">
      <h4 id="gesprekshulp">{c.title}</h4>
      <p>{c.intro}</p>
      <div class="conversation__grid">
        {(['ik', 'sbi'] as const).map((kind) => {
          const message = plan.conversation[kind] as Record<string, string>;
          const composed = composeMessage(kind, plan.conversation[kind]);
          const hints = composed
            ? messageHints(kind, plan.conversation[kind]).filter((h) => h !== 'leeg')
            : [];
          const parts = c[kind].parts as Readonly<
            Record<(typeof PARTS)[typeof kind][number], { label: string; example: string }>
          >;
          return (
            <fieldset class="message" key={kind}>
              <legend>{c[kind].legend}</legend>
              {PARTS[kind].map((part) => {
                const id = `${plan.id}-${kind}-${part}`;
                return (
                  <p class="field" key={part}>
                    <label for={id}>{parts[part].label}</label>
                    <span class="field__hint" id={`${id}-vb`}>
                      {c.examplePrefix} {parts[part].example}
                    </span>
                    <textarea
                      id={id}
                      rows={2}
                      maxLength={LIMITS.part}
                      value={message[part]}
                      aria-describedby={`${id}-vb`}
                      onInput={(e) => {
                        const value = e.currentTarget.value;
                        update((p) => ({
                          ...p,
                          conversation: {
                            ...p.conversation,
                            [kind]: { ...p.conversation[kind], [part]: value },
                          },
                        }));
                      }}
                    />
                  </p>
                );
              })}
              <div class="message__preview">
                <p class="message__preview-title">{c.preview}</p>
                <p class="message__text">{composed || c.empty}</p>
                {hints.length > 0 && (
                  <ul class="message__hints">
                    {hints.map((h) => (
                      <li key={h}>{hintText[h]}</li>
                    ))}
                  </ul>
                )}
              </div>
              <p class="message__more">
                <a href={links[kind]}>{c[kind].more}</a>
              </p>
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
