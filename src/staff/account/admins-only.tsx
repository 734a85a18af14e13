// What an organisation's staff member sees on an administrators' page (the server refuses them
// the data anyway: 403 admins_only).
import { useStaffT } from '../i18n';
import { StaffPage } from '../page';

export function AdminsOnly() {
  const { t } = useStaffT();
  return (
    <StaffPage title={t('common.adminsOnly.title')}>
      <p>{t('common.adminsOnly.text')}</p>
      <p>
        <a href="/staff">{t('frame.nav.inbox')}</a>
      </p>
    </StaffPage>
  );
}
