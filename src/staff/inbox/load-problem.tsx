// What went wrong, in words, where a page could not load or an action failed. A request that is
// not the organisation's answers 404 like one that does not exist, and the page says only "not
// found": nobody learns whether it exists.
import { StaffApiError } from '../api';
import { useStaffT } from '../i18n';

export function problemWords(error: unknown, t: (key: string) => string): string {
  if (!(error instanceof StaffApiError)) return t('inbox.problem.other');
  if (error.status === 404) return t('inbox.problem.notFound');
  if (error.code === 'not_staff_of_organization') return t('inbox.problem.admin');
  if (error.code === 'offline') return t('inbox.problem.offline');
  if (error.code === 'closed') return t('inbox.problem.closed');
  // The server's own message says what to do (in English: it is the API's language).
  return error.message;
}

export function LoadProblem({ error }: { error: unknown }) {
  const { t } = useStaffT();
  return (
    <p class="staff-notice staff-problem" role="alert">
      {problemWords(error, t)}
    </p>
  );
}
