// The name in the header: the staff member's organisation (from GET /organizations, which
// answers staff with their own only), or "City administration" for an administrator.
import { useEffect, useState } from 'preact/hooks';
import { staffFetch, type StaffAccount } from '../api';
import { useStaffT } from '../i18n';

/** By language and id: the server names the organisation in the language the page asks in. */
const names = new Map<string, string>();

export function useOrganizationName(account: StaffAccount | undefined): string | undefined {
  const { t, lang } = useStaffT();
  const id = account?.organization_id ?? undefined;
  const key = `${lang}/${id}`;
  const [name, setName] = useState(id ? names.get(key) : undefined);
  useEffect(() => {
    if (!id || names.has(key)) return setName(id ? names.get(key) : undefined);
    let current = true;
    staffFetch<{ organizations: { id: string; name: string }[] }>('/organizations')
      .then(({ organizations }) => {
        const found = organizations.find((o) => o.id === id);
        if (found) names.set(key, found.name);
        if (current) setName(found?.name);
      })
      // The header then shows the site's name: nothing a person needs is lost.
      .catch(() => undefined);
    return () => void (current = false);
  }, [key]);
  if (!account) return undefined;
  return account.role === 'admin' ? t('frame.cityAdministration') : name;
}
