// A request's state, its receipt time and due marks in words (never by colour alone): shared by the inbox's table
// and cards and the request page.
import type { Outcome, RequestState } from './types';
import { useStaffT } from '../i18n';
import { absoluteTime, relativeTime } from './time';

export function StateWords({ state, outcome }: { state: RequestState; outcome: Outcome | null }) {
  const { t } = useStaffT();
  if (state === 'closed' && outcome) return <span class={`state-words state-closed outcome-${outcome}`}>{t('inbox.closedWith', { outcome: t(`request.outcome.${outcome}`) })}</span>;
  return <span class={`state-words state-${state}`}>{t(`inbox.state.${state}`)}</span>;
}

/** "Late" and "Due within 4 hours": a word in a box with a sign before it, so it reads without colour. */
export function DueMarks({ late, dueSoon }: { late: boolean; dueSoon: boolean }) {
  const { t } = useStaffT();
  if (late) return <strong class="due-mark due-late">{t('inbox.due.late')}</strong>;
  if (dueSoon) return <strong class="due-mark due-soon">{t('inbox.due.soon')}</strong>;
  return null;
}

/** "3 hours ago", and under it the moment itself. */
export function Received({ iso }: { iso: string }) {
  const { lang } = useStaffT();
  return (
    <>
      <span class="received-relative">{relativeTime(iso, new Date(), lang)}</span>{' '}
      <time class="received-absolute" dateTime={iso}>
        {absoluteTime(iso, lang)}
      </time>
    </>
  );
}
