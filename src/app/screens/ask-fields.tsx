// The form's fields: label, hint and error tied together for screen readers.
import { useT } from '../../i18n/use-t';

export function FieldError({ id, problem }: { id: string; problem?: string }) {
  const { t } = useT();
  return (
    <p id={`error-${id}`} class="field-error" aria-live="polite">
      {problem ? t(`ask.errors.${problem}`) : ''}
    </p>
  );
}

export function TextField(props: {
  field: string;
  label: string;
  value: string;
  hint?: string;
  problem?: string;
  type?: 'text' | 'tel' | 'email';
  multiline?: boolean;
  autoComplete?: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
}) {
  const id = `field-${props.field}`;
  const describedBy = [props.hint && `hint-${props.field}`, `error-${props.field}`].filter(Boolean).join(' ');
  const common = {
    id,
    value: props.value,
    'aria-invalid': props.problem ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
    onBlur: props.onBlur,
  };
  return (
    <div class={`field${props.problem ? ' has-error' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p id={`hint-${props.field}`} class="hint">
          {props.hint}
        </p>
      )}
      {props.multiline ? <textarea rows={4} {...common} /> : <input type={(props.type ?? 'text') as 'text'} autoComplete={props.autoComplete} {...common} />}
      <FieldError id={props.field} problem={props.problem} />
    </div>
  );
}

export function Choice(props: {
  type: 'radio' | 'checkbox';
  name: string;
  label: string;
  checked: boolean;
  describedBy?: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class="choice">
      <input type={props.type} name={props.name} checked={props.checked} aria-describedby={props.describedBy} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <span>{props.label}</span>
    </label>
  );
}
