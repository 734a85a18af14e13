// A service page's view: everything a person needs to decide and to get there. Pure: the
// device's screen (screens/service.tsx) gives it data from IndexedDB, the server's render
// (src/server/pages/) data from the database.
import type { ComponentChildren } from 'preact';
import type { Organization, RightsCard, Service } from '../../shared/directory';
import { pick } from '../../shared/localized';
import { formatDate, formatList, languageName } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { FallbackNotice } from '../components/fallback-notice';
import { FavouriteButton } from '../components/favourite-button';
import { ItemList, RightsItem } from '../components/item-lists';
import { Localized, otherLanguage, useContent } from '../components/localized';
import { OpeningLine, WeeklyHours } from '../components/opening-hours';
import { OwnNameLine, SentenceWithName, sameName } from '../components/own-name';
import { Page } from '../components/page';
import { Pictogram, type PictogramName } from '../components/pictogram';
import { ReportMistake } from '../components/report-mistake';
import { ServicePrintCard } from '../components/print-card';
import { ShareActions } from '../components/share-actions';
import { ContactSection } from '../screens/service-contact';

/** `organization` and `rights` are undefined while the device still reads them. */
export function ServiceView({ service, organization, rights }: { service: Service; organization: Organization | null | undefined; rights: RightsCard[] | undefined }) {
  const { t, lang } = useT();
  const content = useContent(service.texts, lang);
  const name = content('name');
  // A section only when there is something to say: an imported directory may lack any text.
  const section = (id: PictogramName | 'related-rights', heading: string, body: ComponentChildren, shown = true) => shown ? (
    <section aria-labelledby={id}>
      <h2 id={id}>
        <Pictogram name={id === 'related-rights' ? 'rights' : id} keyIdea />
        {heading}
      </h2>
      {body}
    </section>
  ) : null;
  const documents = content('required_documents');
  const orgName = organization ? pick(organization.texts, 'name', lang) : undefined;
  // "Run by" only says something when the organisation has another name than the service.
  const runBy = organization && orgName && !(name && sameName({ texts: organization.texts, shown: orgName }, { texts: service.texts, shown: name })) ? orgName : undefined;
  const responseDays = service.response_hours % 24 === 0 && service.response_hours >= 48;
  return (
    <Page
      title={String(name?.value ?? '')}
      lang={name && name.lang !== lang ? name.lang : undefined}
      subtitle={
        <>
          <OwnNameLine as="p" class="page-own-name" texts={service.texts} shown={name} />
          {organization && runBy && (
            <p class="subtitle">
              <SentenceWithName sentence={(name) => t('service.runBy', { organization: name })} texts={organization.texts} shown={runBy} uiLang={lang} />
            </p>
          )}
        </>
      }
    >
      <FallbackNotice shownLang={content('description')?.lang} />
      <p class="hours-summary">
        <OpeningLine schedule={service.schedule} appointment={service.appointment_required} />
      </p>
      <p class="actions">
        <a class="button" href={`/service/${service.id}/ask`}>
          {t('ask.button')}
        </a>
        <FavouriteButton kind="service" id={service.id} />
      </p>
      {section('what', t('service.what'), <Localized as="p" text={content('description')} uiLang={lang} />, !!content('description'))}
      {section('who', t('service.who'), <Localized as="p" text={content('eligibility_description')} uiLang={lang} />, !!content('eligibility_description'))}
      {section('how', t('service.how'), <Localized as="p" text={content('application_process')} uiLang={lang} />, !!content('application_process'))}
      {documents &&
        section(
          'bring',
          t('service.bring'),
          <ul {...otherLanguage(documents.lang, lang)}>
            {documents.value.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>,
        )}
      {section('cost', t('service.cost'), <Localized as="p" text={content('fees_description')} uiLang={lang} />, !!content('fees_description'))}
      <ContactSection service={service} />
      {section('hours', t('service.hours'), <WeeklyHours schedule={service.schedule} appointment={service.appointment_required} />)}
      {section(
        'languages',
        t('service.languages'),
        <p>{formatList(service.languages.map((code) => languageName(code, lang)), lang)}</p>,
        service.languages.length > 0,
      )}
      {section('accessibility', t('service.accessibility'), <Localized as="p" text={content('accessibility')} uiLang={lang} />, !!content('accessibility'))}
      {section(
        'response',
        t('service.response'),
        <p>
          {responseDays
            ? t('service.responseDays', { count: service.response_hours / 24 })
            : t('service.responseHours', { count: service.response_hours })}
        </p>,
      )}
      {rights && rights.length > 0 &&
        section('related-rights', t('service.relatedRights'), <ItemList>{rights.map((r) => <RightsItem key={r.id} card={r} />)}</ItemList>)}
      {service.assured_date && <p class="checked">{t('service.checked', { date: formatDate(service.assured_date, lang) })}</p>}
      <ReportMistake serviceId={service.id} />
      <ShareActions path={`/service/${service.id}`} title={String(name?.value ?? '')} />
      <ServicePrintCard service={service} hidden />
    </Page>
  );
}
