// GOV.UK's error pattern for the staff forms: a summary at the top ("There is a problem") that
// takes focus and links to each field in error, and the same message above the field itself,
// tied to it (aria-describedby, aria-invalid). A problem that is no field's (a lock, a refused
// passkey) is in the summary alone.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useStaffT } from '../i18n';

export interface FormProblem {
  /** The field's id, or undefined for the form as a whole. */
  field?: string;
  message: string;
}

export function ErrorSummary({ problems }: { problems: FormProblem[] }) {
  const { t } = useStaffT();
  const box = useRef<HTMLDivElement>(null);
  // Each new set of problems is read out and reached at once, as after a page load.
  useEffect(() => {
    if (problems.length) box.current?.focus();
  }, [problems]);
  if (!problems.length) return null;
  return (
    <div ref={box} class="error-summary" tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 id="error-summary-title">{t('common.problem')}</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.message}>
            {p.field ? (
              <a
                href={`#${p.field}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(p.field!)?.focus();
                }}
              >
                {p.message}
              </a>
            ) : (
              p.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface InputProps {
  type: 'text' | 'email' | 'password';
  autocomplete?: string;
  spellcheck?: boolean;
  autocapitalize?: 'off' | 'none';
  value: string;
  onValue: (value: string) => void;
}

/** A labelled input with its hint and its error above it. */
export function Field({ id, label, hint, error, onValue, ...input }: { id: string; label: ComponentChildren; hint?: ComponentChildren; error?: string } & InputProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <div id={`${id}-hint`} class="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error-text">
          {error}
        </p>
      )}
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={described} onInput={(e) => onValue(e.currentTarget.value)} {...(input as object)} />
    </div>
  );
}

export const errorFor = (problems: FormProblem[], field: string) => problems.find((p) => p.field === field)?.message;
