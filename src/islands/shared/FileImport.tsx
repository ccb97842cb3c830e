interface Props {
  label: string;
  disabled?: boolean;
  /** Called as soon as a choice is made (or cancelled), before the file is read. */
  onPick?: () => void;
  /** The chosen file's text. */
  onText: (text: string) => void;
}

/**
 * A button that reads a JSON file the visitor chooses. The input is cleared at once, so choosing
 * the same file again (after fixing it) reads it again.
 */
export function FileImport({ label, disabled, onPick, onText }: Props) {
  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    onPick?.();
    if (file) onText(await file.text());
  };
  return (
    <label class="button button--secondary file-button">
      {label}
      <input
        type="file"
        accept="application/json,.json"
        class="sr-only"
        disabled={disabled}
        onChange={onChange}
      />
    </label>
  );
}
