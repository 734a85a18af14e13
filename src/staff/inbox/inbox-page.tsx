// /staff: an organisation's requests, newest first. Counts at the top (one wrapping row of links,
// each to its state's view), filters (service, state) in a form whose choices go into the
// address, folded into a disclosure on a phone, the requests as a table on a desktop and as a
// list of cards on a phone (the same words; a 5-column table does not fit 320 px), pages of 25.
// On a 320×640 phone the first request is on the first screen: counts and filters stay small.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { StaffPage } from '../page';
import { ExportButton } from './export-button';
import { listRequests } from './inbox-client';
import { inboxHref, pageNumbers, viewFromQuery, type InboxView } from './inbox-query';
import { LoadProblem } from './load-problem';
import { DueMarks, Received, StateWords } from './request-words';
import { absoluteTime } from './time';
import { LIST_STATES, type InboxItem, type InboxPage as InboxAnswer } from './types';
import { useStaffT } from '../i18n';
import './staff-inbox.css';

export default function InboxPage() {
  const { t } = useStaffT();
  const location = useLocation();
  const view = viewFromQuery(location.query);
  const [answer, setAnswer] = useState<InboxAnswer>();
  const [problem, setProblem] = useState<unknown>();
  const results = useRef<HTMLHeadingElement>(null);
  // Set when the person changed the view (filters, a page): once it has loaded, focus goes to
  // the results' heading, which says which page this is. Not on arrival.
  const moved = useRef(false);

  useEffect(() => {
    let current = true;
    setProblem(undefined);
    listRequests(view).then(
      (next) => {
        if (!current) return;
        setAnswer(next);
        if (moved.current) results.current?.focus();
        moved.current = false;
      },
      (error) => current && setProblem(error),
    );
    return () => void (current = false);
  }, [view.service, view.state, view.page]);

  const go = (next: InboxView) => {
    moved.current = true;
    location.route(inboxHref(next));
  };

  return (
    <StaffPage title={t('inbox.title')} wide>
      {answer && <Counts counts={answer.counts} view={view} onMove={() => (moved.current = true)} />}
      <Filters view={view} services={answer?.services ?? []} onChange={go} />
      {problem ? <LoadProblem error={problem} /> : null}
      {answer && (
        <section aria-labelledby="inbox-results">
          <h2 id="inbox-results" class="inbox-results-heading" ref={results} tabIndex={-1}>
            {answer.pages > 1 ? t('inbox.resultsPage', { page: answer.page, pages: answer.pages }) : t('inbox.results')}
          </h2>
          {answer.items.length === 0 ? (
            <p class="inbox-empty">
              {view.page > answer.pages ? (
                // A bookmarked page that no longer exists (requests were closed or erased since).
                <a href={inboxHref({ ...view, page: answer.pages })}>{t('inbox.pageGone', { pages: answer.pages })}</a>
              ) : view.service || view.state ? (
                t('inbox.emptyFiltered')
              ) : (
                t('inbox.empty')
              )}
            </p>
          ) : (
            <>
              <RequestTable items={answer.items} page={answer.page} pages={answer.pages} />
              <RequestCards items={answer.items} />
            </>
          )}
          <Pagination view={view} pages={answer.pages} onMove={() => (moved.current = true)} />
        </section>
      )}
      {answer && answer.counts.all > 0 && <ExportButton />}
      {!answer && !problem && <p role="status">{t('inbox.loading')}</p>}
    </StaffPage>
  );
}

/** The counts as links: "All 60 · New 20 · Opened 10 · …", each showing its state's requests (in
 *  the service chosen, as the counts are), the one shown marked as current. Small and in one
 *  wrapping row, so that on a phone they leave room for the requests themselves. */
function Counts({ counts, view, onMove }: { counts: InboxAnswer['counts']; view: InboxView; onMove: () => void }) {
  const { t, lang } = useStaffT();
  const number = (n: number) => new Intl.NumberFormat(lang).format(n);
  const entries: [InboxView['state'], number][] = [
    ['', counts.all],
    ['new', counts.new],
    ['opened', counts.opened],
    ['contacted', counts.contacted],
    ['closed', counts.closed],
    ['late', counts.late],
    ['due_soon', counts.due_soon],
  ];
  return (
    <section aria-labelledby="inbox-counts">
      <h2 id="inbox-counts" class="visually-hidden">
        {t('inbox.counts.heading')}
      </h2>
      <ul class="inbox-counts">
        {entries.map(([state, value]) => (
          <li key={state || 'all'} class={`count-${state || 'all'}${value > 0 && (state === 'late' || state === 'due_soon') ? ' count-alert' : ''}`}>
            <a href={inboxHref({ service: view.service, state, page: 1 })} aria-current={view.state === state ? 'page' : undefined} onClick={onMove}>
              <span class="count-label">{t(`inbox.counts.${state || 'all'}`)}</span> <span class="count-number">{number(value)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Filters({ view, services, onChange }: { view: InboxView; services: { id: string; name: string }[]; onChange: (view: InboxView) => void }) {
  const { t } = useStaffT();
  // The form's own values until "Show" is pressed: changing a select does not move the page
  // under a keyboard or screen reader user.
  const [service, setService] = useState(view.service);
  const [state, setState] = useState(view.state);
  useEffect(() => {
    setService(view.service);
    setState(view.state);
  }, [view.service, view.state]);
  // Folded on a phone (the counts already filter by state), unfolded on a wide screen or when a
  // service is chosen; decided once, then the person's own choice stays.
  const [unfolded] = useState(() => Boolean(view.service) || wideScreen());
  // The summary names a chosen service (the state shown is marked among the counts).
  const serviceName = services.find((s) => s.id === view.service)?.name;
  return (
    <details class="staff-details inbox-filter-box" open={unfolded}>
      <summary>{serviceName ? t('inbox.filters.headingWith', { service: serviceName }) : t('inbox.filters.heading')}</summary>
      <form
        class="inbox-filters"
        action="/staff"
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ service, state, page: 1 });
        }}
      >
        <div class="field">
          <label for="filter-service">{t('inbox.filters.service')}</label>
          <select id="filter-service" name="service" value={service} onChange={(e) => setService(e.currentTarget.value)}>
            <option value="">{t('inbox.filters.allServices')}</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-state">{t('inbox.filters.state')}</label>
          <select id="filter-state" name="state" value={state} onChange={(e) => setState(e.currentTarget.value as InboxView['state'])}>
            <option value="">{t('inbox.filters.allStates')}</option>
            {LIST_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`inbox.filters.states.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="staff-button">
          {t('inbox.filters.show')}
        </button>
      </form>
    </details>
  );
}

/** As wide as the table's layout (staff-inbox.css, 48em): where the filters have room. */
const wideScreen = () => typeof matchMedia === 'function' && matchMedia('(min-width: 48em)').matches;

const requestHref = (item: InboxItem) => `/staff/requests/${encodeURIComponent(item.id)}`;

function RequestTable({ items, page, pages }: { items: InboxItem[]; page: number; pages: number }) {
  const { t, lang } = useStaffT();
  return (
    <table class="staff-table inbox-table">
      <caption>{t('inbox.table.caption', { page, pages })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('inbox.table.reference')}</th>
          <th scope="col">{t('inbox.table.service')}</th>
          <th scope="col">{t('inbox.table.received')}</th>
          <th scope="col">{t('inbox.table.state')}</th>
          <th scope="col">{t('inbox.table.due')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-request-id={item.id}>
            <th scope="row">
              <a class="reference-link" href={requestHref(item)}>
                {item.reference}
              </a>
            </th>
            <td>{item.service_name}</td>
            <td>
              <Received iso={item.received_at} />
            </td>
            <td>
              <StateWords state={item.state} outcome={item.outcome} />
            </td>
            <td>
              <time dateTime={item.due_at}>{absoluteTime(item.due_at, lang)}</time> <DueMarks late={item.late} dueSoon={item.due_soon} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The same requests for a narrow screen: one card each, every value with its label. */
function RequestCards({ items }: { items: InboxItem[] }) {
  const { t, lang } = useStaffT();
  return (
    <ul class="inbox-cards">
      {items.map((item) => (
        <li key={item.id} class="inbox-card" data-request-id={item.id}>
          <a class="reference-link" href={requestHref(item)}>
            <span class="visually-hidden">{t('inbox.table.reference')} </span>
            {item.reference}
          </a>
          <dl>
            <dt>{t('inbox.table.service')}</dt>
            <dd>{item.service_name}</dd>
            <dt>{t('inbox.table.received')}</dt>
            <dd>
              <Received iso={item.received_at} />
            </dd>
            <dt>{t('inbox.table.state')}</dt>
            <dd>
              <StateWords state={item.state} outcome={item.outcome} />
            </dd>
            <dt>{t('inbox.table.due')}</dt>
            <dd>
              <time dateTime={item.due_at}>{absoluteTime(item.due_at, lang)}</time> <DueMarks late={item.late} dueSoon={item.due_soon} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

function Pagination({ view, pages, onMove }: { view: InboxView; pages: number; onMove: () => void }) {
  const { t, lang } = useStaffT();
  if (pages <= 1) return null;
  const number = (n: number) => new Intl.NumberFormat(lang).format(n);
  const page = Math.min(view.page, pages);
  return (
    <nav class="pagination" aria-label={t('inbox.pagination.label')}>
      <ul>
        {page > 1 && (
          <li>
            <a class="staff-button staff-button-secondary" href={inboxHref({ ...view, page: page - 1 })} rel="prev" onClick={onMove}>
              {t('inbox.pagination.previous')}
            </a>
          </li>
        )}
        {pageNumbers(page, pages).map((n, index) =>
          n === null ? (
            <li key={`gap${index}`} class="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <a
                class={n === page ? 'staff-button' : 'staff-button staff-button-secondary'}
                href={inboxHref({ ...view, page: n })}
                aria-current={n === page ? 'page' : undefined}
                aria-label={t('inbox.pagination.page', { page: number(n) })}
                onClick={onMove}
              >
                {number(n)}
              </a>
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <a class="staff-button staff-button-secondary" href={inboxHref({ ...view, page: page + 1 })} rel="next" onClick={onMove}>
              {t('inbox.pagination.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
