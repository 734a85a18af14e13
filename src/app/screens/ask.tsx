// "Ask them to contact me": checked as the person fills it in, sealed and put in the outbox
// on Send, online or not. What is typed stays on screen after a mistake; nothing is stored
// in plain text. What is typed is kept in memory only (never in storage) while the person reads
// the privacy page or the service's address and comes back; Send forgets it. In practice mode
// the request is made as a practice one: answered on the device, never sent.
import { useLocation, useRoute } from 'preact-iso';
import { useRef, useState } from 'preact/hooks';
import { getOrganization, getService } from '../../data/directory';
import { composeRequest, NoServerKeyError } from '../../data/outbox';
import { MESSAGE_MAX, OFFERED_METHODS, REACH_TIMES, validateContactDetails, type ContactDetails, type ContactField } from '../../shared/contact-request';
import type { Service } from '../../shared/directory';
import { text } from '../../shared/localized';
import { languageName } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { MissingItem } from '../components/missing-item';
import { Page } from '../components/page';
import { isKiosk } from '../kiosk/kiosk-mode';
import { useAboutSafety } from '../session/about-safety';
import { useLive } from '../use-live';
import { sendNow } from '../outbox-start';
import { isPractice } from '../practice/practice-flag';
import { Choice, FieldError, TextField } from './ask-fields';

/** What was typed, in this page's memory only: kept while the person looks at the privacy page
 *  or the service's address and comes back; gone with the page (a kiosk session's end reloads). */
let draft: { serviceId: string; values: ContactDetails } | undefined;

export default function AskScreen() {
  const { params } = useRoute();
  const { t } = useT();
  const service = useLive(() => getService(params.id), [params.id]);
  if (service === undefined) return <p>{t('common.loading')}</p>;
  if (service === null) return <MissingItem kind="service" id={params.id} />;
  return <AskForm service={service} />;
}

function AskForm({ service }: { service: Service }) {
  const { t, lang } = useT();
  const { route } = useLocation();
  const organization = useLive(() => getOrganization(service.organization_id), [service.organization_id]);
  useAboutSafety(service.needs.includes('safety'));
  const offer = { whatsapp: Boolean(service.whatsapp), languages: service.languages };
  const [values, setValues] = useState<ContactDetails>(() => (draft?.serviceId === service.id ? draft.values : {
    method: 'call',
    name: '',
    phone: '',
    email: '',
    reach_times: [],
    language: service.languages.includes(lang) ? lang : service.languages[0],
    message: '',
    consent: false,
  }));
  draft = { serviceId: service.id, values };
  const [touched, setTouched] = useState<Set<ContactField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);

  const result = validateContactDetails(values, offer);
  const problems = result.ok ? {} : result.problems;
  const shown = (field: ContactField) => (submitted || touched.has(field) ? problems[field] : undefined);
  const set = <K extends ContactField>(field: K, value: ContactDetails[K]) => setValues((v) => ({ ...v, [field]: value }));
  const touch = (field: ContactField) => setTouched((s) => new Set(s).add(field));
  const needsPhone = values.method === 'call' || values.method === 'sms' || values.method === 'whatsapp';
  const serviceName = String(text(service.texts, 'name', lang));
  const orgName = organization ? String(text(organization.texts, 'name', lang)) : serviceName;
  // A public computer must not offer the next person what this one typed.
  const remembered = (hint: string) => (isKiosk() ? 'off' : hint);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (!result.ok) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    try {
      const id = await composeRequest(service.id, result.value, new Date(), { practice: isPractice() });
      draft = undefined;
      void sendNow();
      route(`/requests?sent=${id}`);
    } catch (error) {
      setFailure(error instanceof NoServerKeyError ? t('ask.noKey') : String(error));
    }
  };

  const problemList = Object.entries(problems) as [ContactField, string][];
  const labels: Partial<Record<ContactField, string>> = {
    method: t('ask.how'),
    name: t('ask.name'),
    phone: t('ask.phone'),
    email: t('ask.email'),
    reach_times: t('ask.when'),
    language: t('ask.language'),
    message: t('ask.message'),
    consent: t('ask.consentShort'),
  };
  return (
    <Page title={t('ask.title')}>
      <p class="lead">{t('ask.intro', { service: serviceName })}</p>
      {/* Going there is not a way for them to reach you: the service's page has its address and hours. */}
      <p>
        <a href={`/service/${service.id}`}>{t('ask.goThere')}</a>
      </p>
      {submitted && problemList.length > 0 && (
        <div class="error-summary" tabIndex={-1} ref={summary} role="alert">
          <p>{t('ask.errorsTitle', { count: problemList.length })}</p>
          <ul>
            {problemList.map(([field, problem]) => (
              <li key={field}>
                <a href={`#field-${field}`}>
                  {labels[field]}: {t(`ask.errors.${problem}`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form class="ask-form" noValidate onSubmit={submit}>
        <fieldset id="field-method">
          <legend>{t('ask.how')}</legend>
          {OFFERED_METHODS.filter((m) => m !== 'whatsapp' || offer.whatsapp).map((m) => (
            <Choice key={m} type="radio" name="method" checked={values.method === m} label={t(`ask.method.${m}`)} onChange={() => set('method', m)} />
          ))}
          <FieldError id="method" problem={shown('method')} />
        </fieldset>
        <TextField field="name" label={t('ask.name')} value={values.name} autoComplete={remembered('name')} problem={shown('name')} onInput={(v) => set('name', v)} onBlur={() => touch('name')} />
        {(needsPhone || values.phone) && (
          <TextField field="phone" type="tel" label={t('ask.phone')} hint={t('ask.phoneHint')} value={values.phone} autoComplete={remembered('tel')} problem={shown('phone')} onInput={(v) => set('phone', v)} onBlur={() => touch('phone')} />
        )}
        {(values.method === 'email' || values.email) && (
          <TextField field="email" type="email" label={t('ask.email')} value={values.email} autoComplete={remembered('email')} problem={shown('email')} onInput={(v) => set('email', v)} onBlur={() => touch('email')} />
        )}
        <fieldset id="field-reach_times">
          <legend>{t('ask.when')}</legend>
          {REACH_TIMES.map((time) => (
            <Choice
              key={time}
              type="checkbox"
              name="reach_times"
              checked={values.reach_times.includes(time)}
              label={t(`ask.times.${time}`)}
              onChange={(on) => {
                touch('reach_times');
                set('reach_times', on ? [...values.reach_times, time] : values.reach_times.filter((x) => x !== time));
              }}
            />
          ))}
          <FieldError id="reach_times" problem={shown('reach_times')} />
        </fieldset>
        <div class="field">
          <label for="field-language">{t('ask.language')}</label>
          <select id="field-language" value={values.language} onChange={(e) => set('language', e.currentTarget.value)}>
            {service.languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, lang)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          field="message"
          multiline
          label={t('ask.message')}
          hint={t('ask.messageCount', { count: values.message.length, max: MESSAGE_MAX })}
          value={values.message}
          problem={shown('message')}
          onInput={(v) => {
            touch('message');
            set('message', v);
          }}
        />
        <div class="field consent" id="field-consent">
          <Choice type="checkbox" name="consent" checked={values.consent} label={t('ask.consent', { organization: orgName })} onChange={(on) => { touch('consent'); set('consent', on); }} describedBy="error-consent" />
          <FieldError id="consent" problem={shown('consent')} />
        </div>
        <p class="hint">
          {t(isKiosk() ? 'ask.privacyKiosk' : 'ask.privacy')} <a class="text-link" href="/privacy">{t('ask.privacyLink')}</a>
        </p>
        {/* Beside Send, not only in the banner: a phone left in practice mode (a workshop's link)
            must not let a person believe a real request has gone. */}
        {isPractice() && <p class="notice practice-warning">{t('ask.practiceWarning')}</p>}
        {failure && <p class="notice" role="alert">{failure}</p>}
        <p class="actions">
          <button type="submit" class="button">{t('ask.send')}</button>
        </p>
      </form>
    </Page>
  );
}
