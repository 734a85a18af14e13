// A service or rights card as printed: one A5 page with what a person needs to go there
// (what it is, who it is for, how to get it, hours, phone, address) and a QR code that opens
// the card in Ponte. Written in the language and reading mode (easy read) of the screen now.
// On a card's page it is hidden on screen and is all that prints (print.css); on a need's
// print page the cards are the page.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { getOrganization, servicesByIds } from '../../data/directory';
import type { RightsCard, Service } from '../../shared/directory';
import { weeklyTimetable } from '../../shared/hours';
import { noHoursKey } from './opening-hours';
import { pick } from '../../shared/localized';
import { formatClock, formatDate, formatList, unbroken, weekdayName } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useLive } from '../use-live';
import { Localized, otherLanguage, useContent } from './localized';
import { OwnNameLine, SentenceWithName } from './own-name';
import { Pictogram, type PictogramName } from './pictogram';
import { PostalAddress } from './postal-address';
import { QrCode } from './qr-code';
import { useDeviceValue } from '../served-page';
import { cardUrl } from './share-actions';
import './print.css';

let sheetsShown = 0;
/** While a screen holds printed sheets, printing prints those sheets only (print.css). */
export function usePrintSheets(): void {
  useEffect(() => {
    const root = document.documentElement;
    sheetsShown += 1;
    root.dataset.printSheets = '';
    return () => {
      sheetsShown -= 1;
      if (sheetsShown === 0) delete root.dataset.printSheets;
    };
  }, []);
}

/** hidden: kept off the screen (a card's own page), printed all the same. */
export function ServicePrintCard({ service, hidden = false }: { service: Service; hidden?: boolean }) {
  const { t, lang } = useT();
  const organization = useLive(() => getOrganization(service.organization_id), [service.organization_id]);
  const content = useContent(service.texts, lang);
  const name = content('name');
  const orgName = organization ? pick(organization.texts, 'name', lang) : undefined;
  // The name on the door beside a translated one, and who runs it, as on the service's page.
  const subtitle = (
    <>
      <OwnNameLine as="p" class="print-card-subtitle" texts={service.texts} shown={name} />
      {organization && orgName && (
        <p class="print-card-subtitle">
          <SentenceWithName sentence={(n) => t('service.runBy', { organization: n })} texts={organization.texts} shown={orgName} uiLang={lang} />
        </p>
      )}
    </>
  );
  return (
    <Sheet hidden={hidden} path={`/service/${service.id}`} title={name} subtitle={subtitle}>
      {/* An imported directory may lack a text: no heading over nothing. */}
      {content('description') && (
        <Part icon="what" heading={t('service.what')}>
          <Localized as="p" text={content('description')} uiLang={lang} />
        </Part>
      )}
      {content('eligibility_description') && (
        <Part icon="who" heading={t('service.who')}>
          <Localized as="p" text={content('eligibility_description')} uiLang={lang} />
        </Part>
      )}
      {content('application_process') && (
        <Part icon="how" heading={t('service.how')}>
          <Localized as="p" text={content('application_process')} uiLang={lang} />
        </Part>
      )}
      <Part icon="hours" heading={t('service.hours')}>
        <HoursLines schedule={service.schedule} appointment={service.appointment_required} />
      </Part>
      <div class="print-card-reach">
        {service.phones.length > 0 && (
          <Part icon="contact" heading={t('service.contact')}>
            <ul class="print-card-lines">
              {service.phones.map((phone) => (
                <li key={phone.number}>
                  {`${t(`phone.${phone.purpose}`)}: `}
                  <bdi dir="ltr">{unbroken(phone.number)}</bdi>
                </li>
              ))}
            </ul>
          </Part>
        )}
        {service.address && (
          <Part icon="address" heading={t('service.address')}>
            <PostalAddress address={service.address} />
          </Part>
        )}
      </div>
      {service.assured_date && <p class="print-card-checked">{t('service.checked', { date: formatDate(service.assured_date, lang) })}</p>}
    </Sheet>
  );
}

export function RightsPrintCard({ card, hidden = false }: { card: RightsCard; hidden?: boolean }) {
  const { t, lang } = useT();
  const content = useContent(card.texts, lang);
  const services = useLive(() => servicesByIds(card.service_ids), [card.service_ids.join()]);
  const bring = content('bring');
  return (
    <Sheet hidden={hidden} path={`/rights/${card.id}`} title={content('title')} subtitle={<p class="print-card-subtitle">{t('rights.label')}</p>}>
      <Localized as="p" class="print-card-lead" text={content('summary')} uiLang={lang} />
      <Part icon="who" heading={t('rights.who')}>
        <Localized as="p" text={content('who')} uiLang={lang} />
      </Part>
      <Part icon="how" heading={t('rights.how')}>
        <Localized as="p" text={content('how')} uiLang={lang} />
      </Part>
      {bring && (
        <Part icon="bring" heading={t('rights.bring')}>
          <ul class="print-card-bring" {...otherLanguage(bring.lang, lang)}>
            {bring.value.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </Part>
      )}
      {services && services.length > 0 && (
        <Part icon="services" heading={t('rights.services')}>
          <ul class="print-card-lines">
            {services.map((s) => (
              <li key={s.id}>
                <Localized text={pick(s.texts, 'name', lang)} uiLang={lang} />
                {s.phones[0] && (
                  <>
                    {': '}
                    <bdi dir="ltr">{unbroken(s.phones[0].number)}</bdi>
                  </>
                )}
              </li>
            ))}
          </ul>
        </Part>
      )}
    </Sheet>
  );
}

type Text = { value: unknown; lang: string } | undefined;

function Sheet({ path, title, subtitle, hidden, children }: { path: string; title: Text; subtitle: ComponentChildren; hidden: boolean; children: ComponentChildren }) {
  const { t, lang } = useT();
  usePrintSheets();
  // The full address is the device's (its origin); the server's page has the path until then.
  const url = useDeviceValue(() => cardUrl(path), path);
  return (
    <article class="print-sheet print-card" hidden={hidden} data-testid="print-card">
      <header class="print-card-head">
        <Localized as="h2" class="print-card-title" text={title} uiLang={lang} />
        {subtitle}
      </header>
      <div class="print-card-body">{children}</div>
      <footer class="print-card-qr">
        {/* Made once the device knows its full address (not in the server's page, nor in taking it
            over: the code would be of the bare path, and it costs a phone's processor). */}
        {url !== path && <QrCode text={url} label={t('print.qrLabel')} size={112} />}
        <p>
          {t('print.scan')}
          <br />
          <span class="print-card-url" dir="ltr">
            {url.replace(/^https?:\/\//, '')}
          </span>
        </p>
      </footer>
    </article>
  );
}

function Part({ icon, heading, children }: { icon: PictogramName; heading: string; children: ComponentChildren }) {
  return (
    <section class="print-card-part">
      <h3>
        <Pictogram name={icon} size={20} keyIdea />
        {heading}
      </h3>
      {children}
    </section>
  );
}

/** The week in a few lines: days with the same hours together ("Monday – Friday: 9:00 to
 *  14:00"), closed days left out; a printed card has no room for a seven-row table. */
function HoursLines({ schedule, appointment }: { schedule: Service['schedule']; appointment: boolean | undefined }) {
  const { t, lang } = useT();
  if (schedule.always_open) return <p>{t('hours.always')}</p>;
  if (schedule.hours.length === 0) return <p>{t(noHoursKey(appointment))}</p>;
  const runs: { from: number; to: number; periods: string }[] = [];
  for (const { day, periods } of weeklyTimetable(schedule)) {
    if (periods.length === 0) continue;
    const text = formatList(periods.map(([from, to]) => t('hours.period', { from: formatClock(from, lang), to: formatClock(to, lang) })), lang);
    const last = runs.at(-1);
    if (last && last.to === day - 1 && last.periods === text) last.to = day;
    else runs.push({ from: day, to: day, periods: text });
  }
  return (
    <ul class="print-card-lines">
      {runs.map((run) => (
        <li key={run.from}>
          {/* One text: the server's HTML cannot tell side-by-side texts apart (hydration). */}
          {`${weekdayName(run.from, lang)}${run.to > run.from ? ` – ${weekdayName(run.to, lang)}` : ''}: ${run.periods}`}
        </li>
      ))}
    </ul>
  );
}
