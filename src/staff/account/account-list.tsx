// An organisation's accounts as a list of cards (one column fits 320 px): the address, how the
// person signs in, when the account was made, and "Remove", which asks first.
import { useRef, useState } from 'preact/hooks';
import { staffFetch, useSession } from '../api';
import { formatMoment, useStaffT } from '../i18n';
import { ConfirmStep } from './confirm-step';

export interface Account {
  id: string;
  email: string;
  role: 'admin' | 'staff';
  organization_id: string | null;
  created_at: string;
  passkeys: number;
  has_password: boolean;
}

export function AccountList({ accounts, onRemoved }: { accounts: Account[]; onRemoved: () => void }) {
  const { t } = useStaffT();
  const [removed, setRemoved] = useState<string>();
  const status = useRef<HTMLParagraphElement>(null);
  return (
    <>
      {removed && (
        <p ref={status} class="staff-notice" role="status" tabIndex={-1}>
          {t('team.remove.done', { email: removed })}
        </p>
      )}
      {accounts.length === 0 ? (
        <p>{t('team.noAccounts')}</p>
      ) : (
        <ul class="account-list">
          {accounts.map((a) => (
            <AccountCard
              key={a.id}
              account={a}
              onRemoved={() => {
                setRemoved(a.email);
                onRemoved();
                requestAnimationFrame(() => status.current?.focus());
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function AccountCard({ account, onRemoved }: { account: Account; onRemoved: () => void }) {
  const { t, lang } = useStaffT();
  const { session } = useSession();
  const self = session?.info.account.account_id === account.id;
  const methods = [account.passkeys > 0 && t('team.method.passkey', { count: account.passkeys }), account.has_password && t('team.method.password')].filter(Boolean).join(' · ');

  return (
    <li class="account-card">
      <p class="account-card-email">
        <bdi>{account.email}</bdi>
        {self && <span class="account-card-you"> {t('team.you')}</span>}
      </p>
      <p class="field-hint">
        {methods || t('team.method.none')} · {t('team.added', { time: formatMoment(account.created_at, lang) })}
      </p>
      {!self && (
        <ConfirmStep
          label={t('team.remove.button')}
          labelFor={account.email}
          question={t('team.remove.question', { email: account.email })}
          confirm={t('team.remove.confirm')}
          keep={t('common.cancel')}
          act={async () => {
            await staffFetch(`/accounts/${encodeURIComponent(account.id)}/remove`, { method: 'POST' });
            onRemoved();
          }}
        />
      )}
    </li>
  );
}
