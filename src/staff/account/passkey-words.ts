// What went wrong with a passkey, in the staff pages' words: the browser's errors (cancelled,
// timed out, no passkey on this device) and the server's (unknown passkey, refused answer).
import { StaffApiError } from '../api';
import type { Vars } from '../i18n';

export function passkeyProblem(error: unknown, t: (key: string, vars?: Vars) => string): string {
  if (error instanceof StaffApiError) {
    if (error.code === 'passkey_unknown') return t('signIn.errors.passkeyUnknown');
    if (error.code === 'offline') return t('common.offline');
    return error.message;
  }
  const name = (error as { name?: string; cause?: { name?: string } })?.name;
  // NotAllowedError: the person cancelled, or the browser's own time ran out.
  if (name === 'NotAllowedError' || (error as { cause?: { name?: string } })?.cause?.name === 'NotAllowedError') return t('common.passkeyCancelled');
  return t('common.passkeyFailed');
}
