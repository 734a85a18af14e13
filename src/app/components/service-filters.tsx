// Filters for a list of services (a need, search results): open now, a language spoken, free of
// charge, no appointment needed. Plain form controls, worked on the device (offline too), with
// the number of services left announced as it changes.
//
// The filters are kept in the history entry's state, never in the address: an address goes into
// the browser's list of visited pages, beyond the reach of "Clear my information", and a
// language filter says something about the person (where they may come from) that the next
// user of a shared device should not read. The entry's state still brings them back with Back
// (from a service to its list) and on reload, and goes when the session's history is forgotten.
import { useState } from 'preact/hooks';
import type { Service } from '../../shared/directory';
import { openingStatus } from '../../shared/hours';
import { languageName, compareIn } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import './item-lists.css';

export interface ServiceFilters {
  openNow: boolean;
  free: boolean;
  noAppointment: boolean;
  /** An ISO 639 code, or '' for any language. */
  language: string;
}

export const NO_FILTERS: ServiceFilters = { openNow: false, free: false, noAppointment: false, language: '' };
export const anyFilter = (f: ServiceFilters) => f.openNow || f.free || f.noAppointment || f.language !== '';

export function isOpenNow(service: Service, now: Date): boolean {
  const { state } = openingStatus(service.schedule, now);
  return state === 'open' || state === 'always';
}

/** The services that pass every filter that is on, in the order given. A service that does not
 *  say whether it needs an appointment is not listed as needing none. */
/** Without `now` (the server's page, before the device's clock is read) "open now" keeps all. */
export function filterServices(services: Service[], f: ServiceFilters, now: Date | undefined): Service[] {
  return services.filter(
    (s) =>
      (!f.openNow || !now || isOpenNow(s, now)) &&
      (!f.free || s.free) &&
      (!f.noAppointment || s.appointment_required === false) &&
      (!f.language || s.languages.includes(f.language)),
  );
}

/** The languages the services declare, named in the reader's language and in its order. */
export function spokenLanguages(services: Iterable<Service>, lang: string): string[] {
  const codes = new Set<string>();
  for (const s of services) for (const code of s.languages) codes.add(code);
  const compare = compareIn(lang);
  return [...codes].sort((a, b) => compare(languageName(a, lang), languageName(b, lang)));
}

const STATE_KEY = 'ponteFilters';

/** The filters this history entry holds; anything else found there counts as no filter. */
function storedFilters(): ServiceFilters {
  if (typeof history === 'undefined') return NO_FILTERS; // the server's page
  const stored = (history.state as Record<string, unknown> | null)?.[STATE_KEY] as Partial<ServiceFilters> | undefined;
  if (!stored || typeof stored !== 'object') return NO_FILTERS;
  const flag = (v: unknown) => v === true;
  return {
    openNow: flag(stored.openNow),
    free: flag(stored.free),
    noAppointment: flag(stored.noAppointment),
    language: typeof stored.language === 'string' && /^[a-z]{2,3}$/.test(stored.language) ? stored.language : '',
  };
}

export function useServiceFilters(): [ServiceFilters, (next: ServiceFilters) => void] {
  const [filters, setFilters] = useState(storedFilters);
  const update = (next: ServiceFilters) => {
    setFilters(next);
    history.replaceState({ ...(history.state as Record<string, unknown> | null), [STATE_KEY]: next }, '');
  };
  return [filters, update];
}

export function ServiceFilterControls({
  filters,
  onChange,
  languages,
}: {
  filters: ServiceFilters;
  onChange: (next: ServiceFilters) => void;
  languages: string[];
}) {
  const { t, lang } = useT();
  const check = (key: 'openNow' | 'free' | 'noAppointment', label: string) => (
    <label class="filter-check">
      <input type="checkbox" checked={filters[key]} onChange={(e) => onChange({ ...filters, [key]: e.currentTarget.checked })} />
      <span>{label}</span>
    </label>
  );
  const offered = filters.language && !languages.includes(filters.language) ? [...languages, filters.language] : languages;
  return (
    <fieldset class="filters">
      <legend>{t('filters.legend')}</legend>
      <div class="filter-options">
        {check('openNow', t('filters.openNow'))}
        {check('free', t('filters.free'))}
        {check('noAppointment', t('filters.noAppointment'))}
      </div>
      <label class="filter-language">
        <span>{t('filters.language')}</span>
        <select value={filters.language} onChange={(e) => onChange({ ...filters, language: e.currentTarget.value })}>
          <option value="">{t('filters.anyLanguage')}</option>
          {offered.map((code) => (
            <option key={code} value={code}>
              {languageName(code, lang)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

/** "12 services", or, when the filters leave none, what to do about it; announced politely. */
export function FilteredCount({ count, filters, onChange }: { count: number; filters: ServiceFilters; onChange: (next: ServiceFilters) => void }) {
  const { t } = useT();
  const none = count === 0 && anyFilter(filters);
  return (
    <>
      <p role="status" class="filter-count">
        {none ? t('filters.none') : t('need.count', { count })}
      </p>
      {none && (
        <p class="actions">
          <button type="button" class="button secondary" onClick={() => onChange(NO_FILTERS)}>
            {t('filters.clear')}
          </button>
        </p>
      )}
    </>
  );
}
