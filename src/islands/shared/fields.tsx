import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';

/**
 * A form's values in one state. `bind(field)` gives a field component what it shows and where
 * what the visitor enters goes (`value` and `onValue`).
 */
export function useFields<V extends Record<string, unknown>>(initial: V) {
  const [values, setValues] = useState<V>(initial);
  const bind = <K extends keyof V>(field: K) => ({
    value: values[field],
    onValue: (value: V[K]) => setValues((now) => ({ ...now, [field]: value })),
  });
  return [values, bind, setValues] as const;
}

/** What every labelled field has: its control's id, its label and an optional hint. */
interface FieldProps {
  id: string;
  label: string;
  /** Shown below the control and tied to it with aria-describedby, so it is read with the label. */
  hint?: ComponentChildren;
}

const hintId = (id: string) => `${id}-uitleg`;

/** The site's field layout: label, control, hint. */
function Field({ id, label, hint, children }: FieldProps & { children: ComponentChildren }) {
  return (
    <p class="field">
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <span id={hintId(id)} class="field__hint">
          {hint}
        </span>
      )}
    </p>
  );
}

type InputAttributes = Omit<
  JSX.InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onInput' | 'onChange' | 'aria-describedby'
>;

/** A one-line input (text unless `type` says otherwise) that reports every keystroke. */
export function InputField({
  id,
  label,
  hint,
  value,
  onValue,
  ...attributes
}: FieldProps & InputAttributes & { value: string; onValue: (value: string) => void }) {
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        id={id}
        type="text"
        {...attributes}
        aria-describedby={hint ? hintId(id) : undefined}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </Field>
  );
}

/** A multi-line text field of a fixed height and length. */
export function TextAreaField({
  id,
  label,
  rows,
  maxLength,
  describedBy,
  value,
  onValue,
}: FieldProps & {
  rows: number;
  maxLength: number;
  /** An element outside the field that speaks of it, such as the form's problem message. */
  describedBy?: string | undefined;
  value: string;
  onValue: (value: string) => void;
}) {
  return (
    <Field id={id} label={label}>
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        aria-describedby={describedBy}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </Field>
  );
}

/** A date picker; the value is `YYYY-MM-DD`, or empty when the visitor clears it. */
export function DateField({
  id,
  label,
  value,
  onValue,
}: FieldProps & { value: string; onValue: (value: string) => void }) {
  return (
    <Field id={id} label={label}>
      <input id={id} type="date" value={value} onChange={(e) => onValue(e.currentTarget.value)} />
    </Field>
  );
}

/** A choice from a fixed list, each option shown by its name. */
export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  names,
  onValue,
}: FieldProps & {
  value: T;
  options: readonly T[];
  names: Record<T, string>;
  onValue: (value: T) => void;
}) {
  return (
    <Field id={id} label={label}>
      <select id={id} value={value} onChange={(e) => onValue(e.currentTarget.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {names[o]}
          </option>
        ))}
      </select>
    </Field>
  );
}
