// Invitations made and not used yet (nor expired): whom for, which role, until when the link
// works, and "Cancel invitation", which asks first. A cancelled link stops working at once (the
// invitation page then says an administrator cancelled it). The list is asked again after each
// new invitation (`round`), so the one just made shows here too.
import { useEffect, useRef, useState } from 'preact/hooks';
import { StaffApiError, staffFetch } from '../api';
import { formatMoment, useStaffT } from '../i18n';
import { ConfirmStep } from './confirm-step';

export interface PendingInvitation {
  id: string;
  email: string;
  role: 'admin' | 'staff';
  organization_id: string | null;
  created_at: string;
  expires_at: string;
  invited_by: string | null;
}

/** `organizationId` null: the city's administrators (invitations with the admin role). */
export function PendingInvitations({ organizationId, round }: { organizationId: string | null; round: number }) {
  const { t } = useStaffT();
  const [invitations, setInvitations] = useState<PendingInvitation[]>();
  const [problem, setProblem] = useState<string>();
  const [cancelled, setCancelled] = useState<string>();
  const [reloads, setReloads] = useState(0);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let current = true;
    staffFetch<{ invitations: PendingInvitation[] }>(organizationId ? `/invitations?organization_id=${encodeURIComponent(organizationId)}` : '/invitations').then(
      (answer) => current && (setInvitations(answer.invitations.filter((i) => (organizationId ? true : i.role === 'admin'))), setProblem(undefined)),
      (error) => current && setProblem(error instanceof StaffApiError ? error.message : t('common.failed')),
    );
    return () => void (current = false);
  }, [organizationId, round, reloads]);

  return (
    <section aria-labelledby="pending-title" class="pending-invitations">
      <h2 id="pending-title">{t('team.pending.title')}</h2>
      {cancelled && (
        <p ref={status} class="staff-notice" role="status" tabIndex={-1}>
          {t('team.pending.done', { email: cancelled })}
        </p>
      )}
      {problem && <p class="staff-error-text" role="alert">{problem}</p>}
      {!invitations && !problem && <p role="status">{t('frame.loading')}</p>}
      {invitations?.length === 0 && <p>{t('team.pending.none')}</p>}
      {invitations && invitations.length > 0 && (
        <ul class="account-list">
          {invitations.map((i) => (
            <InvitationCard
              key={i.id}
              invitation={i}
              onCancelled={() => {
                setCancelled(i.email);
                setReloads((n) => n + 1);
                requestAnimationFrame(() => status.current?.focus());
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function InvitationCard({ invitation, onCancelled }: { invitation: PendingInvitation; onCancelled: () => void }) {
  const { t, lang } = useStaffT();
  return (
    <li class="account-card">
      <p class="account-card-email">
        <bdi>{invitation.email}</bdi>
      </p>
      <p class="field-hint">
        {t(`audit.role.${invitation.role}`)} · {t('team.pending.until', { time: formatMoment(invitation.expires_at, lang) })}
      </p>
      <ConfirmStep
        label={t('team.pending.cancel')}
        labelFor={invitation.email}
        question={t('team.pending.question', { email: invitation.email })}
        confirm={t('team.pending.confirm')}
        keep={t('team.pending.keep')}
        act={async () => {
          await staffFetch(`/invitations/${encodeURIComponent(invitation.id)}/cancel`, { method: 'POST' });
          onCancelled();
        }}
      />
    </li>
  );
}
