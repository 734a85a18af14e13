// /staff/figures: per service, how many requests came, how many were answered within the
// service's promise and the median time to a first contact. No personal data. Every cell is
// written in words ("85%", "5.5 hours", "no requests yet"), so a screen reader reads what the
// eye reads. Administrators see every organisation's services, grouped under each organisation's
// name (ordered by name, as the server sends them), and can show one organisation
// (?organization=<id>, so the view can be bookmarked).
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { staffFetch, useSession } from '../api';
import { useStaffT } from '../i18n';
import { StaffPage } from '../page';
import { loadFigures } from './inbox-client';
import { LoadProblem } from './load-problem';
import { durationInWords, percentInWords } from './time';
import type { FiguresAnswer } from './types';
import './staff-inbox.css';
import './staff-figures.css';

type ServiceRow = FiguresAnswer['services'][number];
interface Group {
  id: string;
  /** Shown as the group's heading (administrators); absent for one organisation's own staff. */
  name?: string;
  services: ServiceRow[];
}

/** Consecutive services of one organisation form its group (the server orders them so). */
function groupsOf(services: ServiceRow[], named: boolean): Group[] {
  if (!named) return [{ id: 'own', services }];
  const groups: Group[] = [];
  for (const s of services) {
    const last = groups[groups.length - 1];
    if (last?.id === s.organization_id) last.services.push(s);
    else groups.push({ id: s.organization_id, name: s.organization_name ?? s.organization_id, services: [s] });
  }
  return groups;
}

export default function FiguresPage() {
  const { t, lang } = useStaffT();
  const { session } = useSession();
  const admin = session?.info.account.role === 'admin';
  const { query } = useLocation();
  const organization = admin ? (query.organization ?? '') : '';
  const [figures, setFigures] = useState<FiguresAnswer>();
  const [problem, setProblem] = useState<unknown>();

  useEffect(() => {
    let current = true;
    setFigures(undefined);
    setProblem(undefined);
    loadFigures(organization || undefined).then(
      (answer) => current && setFigures(answer),
      (error) => current && setProblem(error),
    );
    return () => void (current = false);
  }, [organization, lang]);

  const groups = figures ? groupsOf(figures.services, admin) : [];
  return (
    <StaffPage title={t('figures.title')} wide>
      <p>{t('figures.intro')}</p>
      {admin && <OrganizationFilter chosen={organization} />}
      {problem ? <LoadProblem error={problem} /> : null}
      {!figures && !problem && <p role="status">{t('inbox.loading')}</p>}
      {figures && figures.services.length === 0 && <p class="inbox-empty">{t('figures.empty')}</p>}
      {groups.map((group) =>
        group.name === undefined ? (
          <ServiceFigures key={group.id} services={group.services} caption={t('figures.caption')} cardHeading="h2" />
        ) : (
          <section key={group.id} class="figures-group" aria-labelledby={`figures-${group.id}`}>
            <h2 id={`figures-${group.id}`}>{group.name}</h2>
            {/* The heading shows the name; the caption, for a screen reader's list of tables, says it again. */}
            <ServiceFigures services={group.services} caption={t('figures.captionOf', { organization: group.name })} captionHidden cardHeading="h3" />
          </section>
        ),
      )}
    </StaffPage>
  );
}

/** The organisations to choose from, in the page's language, by name (GET /organizations). */
function OrganizationFilter({ chosen }: { chosen: string }) {
  const { t, lang } = useStaffT();
  const { route } = useLocation();
  const [organizations, setOrganizations] = useState<{ id: string; name: string }[]>([]);
  // The form's own value until "Show" is pressed: changing the select does not move the page
  // under a keyboard or screen reader user (as the inbox's filters).
  const [value, setValue] = useState(chosen);
  useEffect(() => setValue(chosen), [chosen]);
  useEffect(() => {
    let current = true;
    staffFetch<{ organizations: { id: string; name: string }[] }>('/organizations').then(
      (answer) => current && setOrganizations(answer.organizations),
      // Without the list the filter offers "All organisations" only; the figures still show.
      () => undefined,
    );
    return () => void (current = false);
  }, [lang]);
  return (
    <form
      class="inbox-filters figures-filter"
      action="/staff/figures"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        route(value ? `/staff/figures?organization=${encodeURIComponent(value)}` : '/staff/figures');
      }}
    >
      <div class="field">
        <label for="figures-organization">{t('figures.organization')}</label>
        <select id="figures-organization" name="organization" value={value} onChange={(e) => setValue(e.currentTarget.value)}>
          <option value="">{t('figures.allOrganizations')}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="staff-button">
        {t('inbox.filters.show')}
      </button>
    </form>
  );
}

/** One group's services: a table on a wide screen, cards on a narrow one (the same words). */
function ServiceFigures({ services, caption, captionHidden = false, cardHeading: Heading }: { services: ServiceRow[]; caption: string; captionHidden?: boolean; cardHeading: 'h2' | 'h3' }) {
  const { t, lang } = useStaffT();
  const number = (n: number) => new Intl.NumberFormat(lang).format(n);
  const within = (s: ServiceRow) => (s.answered_within_promise_pct === null ? t('figures.noneYet') : percentInWords(s.answered_within_promise_pct, lang));
  const median = (s: ServiceRow) => (s.median_hours_to_first_contact === null ? t('figures.noneYet') : durationInWords(s.median_hours_to_first_contact, lang));
  const captionId = `figures-caption-${services[0]?.organization_id ?? 'none'}`;
  return (
    <>
      <div class="table-scroll figures-wide" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table class="staff-table figures-table">
          <caption id={captionId} class={captionHidden ? 'visually-hidden' : undefined}>
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.service')}</th>
              <th scope="col">{t('figures.received')}</th>
              <th scope="col">{t('figures.withinPromise')}</th>
              <th scope="col">{t('figures.median')}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((s) => (
              <tr key={`${s.organization_id}/${s.service_id}`}>
                <th scope="row">{s.service_name}</th>
                <td>{number(s.received)}</td>
                <td>{within(s)}</td>
                <td>{median(s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* The same figures on a narrow screen: one card per service, each figure with its label. */}
      <ul class="inbox-cards figures-cards">
        {services.map((s) => (
          <li key={`${s.organization_id}/${s.service_id}`} class="inbox-card">
            <Heading class="figures-card-title">{s.service_name}</Heading>
            <dl>
              <dt>{t('figures.received')}</dt>
              <dd>{number(s.received)}</dd>
              <dt>{t('figures.withinPromise')}</dt>
              <dd>{within(s)}</dd>
              <dt>{t('figures.median')}</dt>
              <dd>{median(s)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
