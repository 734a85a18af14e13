// The library staff's code (KIOSK_EXIT_CODE), checked by the server: it turns kiosk mode on and
// off, so nobody else can make a person's own phone a kiosk (a link with ?kiosk=1) or free a
// library computer from it.
import { useState } from 'preact/hooks';
import { API_BASE } from '../../shared/api';
import { useT } from '../../i18n/use-t';

type Problem = 'wrong_code' | 'kiosk_exit_disabled' | 'too_many_attempts' | 'offline';
const KNOWN: Problem[] = ['wrong_code', 'kiosk_exit_disabled', 'too_many_attempts'];

async function checkCode(code: string): Promise<Problem | null> {
  let res: Response;
  try {
    res = await fetch(`${API_BASE}/kiosk/staff-code`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
  } catch {
    return 'offline';
  }
  if (res.ok) return null;
  const error = ((await res.json().catch(() => null)) as { error?: { code?: Problem } } | null)?.error?.code;
  return error && KNOWN.includes(error) ? error : 'wrong_code';
}

export function StaffCodeForm({ submit, onAccepted }: { submit: string; onAccepted: () => void | Promise<void> }) {
  const { t } = useT();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<Problem>();
  return (
    <form
      class="kiosk-staff-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const found = await checkCode(code);
        setProblem(found ?? undefined);
        if (!found) await onAccepted();
      }}
    >
      <label for="kiosk-code">{t('kiosk.code')}</label>
      <input id="kiosk-code" type="password" autoComplete="off" value={code} aria-describedby={problem ? 'kiosk-code-problem' : undefined} onInput={(e) => setCode(e.currentTarget.value)} />
      {problem && (
        <p id="kiosk-code-problem" class="field-error" role="alert">
          {t(`kiosk.exitProblems.${problem}`)}
        </p>
      )}
      <button type="submit" class="button small">
        {submit}
      </button>
    </form>
  );
}
