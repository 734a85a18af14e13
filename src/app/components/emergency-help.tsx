// "In danger now?": the emergency number and the round-the-clock violence lines, with call
// buttons, at the top of the safety need (and, shorter, above search results for words about
// danger). Both come from the directory, not from code: the phones its services give with
// purpose `emergency` (112 in the demo), then the helplines of its violence specialists that
// are always open, in the need's order. Loaded with those screens only, never at first paint.
// On a kiosk the call buttons, like every link that leaves Ponte, become QR codes (LeavingLink).
import type { Service } from '../../shared/directory';
import { pick } from '../../shared/localized';
import { dialable as dial } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { LeavingLink } from '../kiosk/kiosk-link';
import { Localized } from './localized';
import { WithNumber } from './phone-number';
import './emergency-help.css';

export interface UrgentContacts {
  /** Emergency numbers (police, ambulance, fire brigade), each once. */
  emergency: string[];
  /** Round-the-clock violence lines: the service and the number to call. */
  lines: { service: Service; number: string; sms: boolean }[];
}

/** The urgent contacts among the safety need's services, in its order. */
export function urgentContacts(services: Iterable<Service>): UrgentContacts {
  const rank = (s: Service) => s.need_rank?.safety ?? Infinity;
  const safety = [...services].filter((s) => s.needs.includes('safety')).sort((a, b) => rank(a) - rank(b));
  const emergency = [...new Set(safety.flatMap((s) => s.phones.filter((p) => p.purpose === 'emergency').map((p) => p.number)))];
  const lines = safety.flatMap((service) => {
    const phone = service.phones.find((p) => p.purpose === 'helpline');
    return service.violence === 'specialist' && service.schedule.always_open && phone ? [{ service, number: phone.number, sms: phone.sms }] : [];
  });
  return { emergency, lines };
}

function CallEmergency({ number }: { number: string }) {
  const { t } = useT();
  return (
    <LeavingLink class="button urgent" href={`tel:${dial(number)}`}>
      <WithNumber sentence={(marker) => t('service.call', { number: marker })} number={number} />
    </LeavingLink>
  );
}

/** The whole box, for the top of the safety need. */
export function EmergencyHelp({ contacts }: { contacts: UrgentContacts }) {
  const { t, lang } = useT();
  const [number] = contacts.emergency;
  if (!number && !contacts.lines.length) return null;
  return (
    <section class="emergency" aria-labelledby="emergency-title">
      <h2 id="emergency-title">{t('emergency.title')}</h2>
      {number && (
        <>
          <p>
            <WithNumber sentence={(marker) => t('emergency.text', { number: marker })} number={number} />
          </p>
          <p class="actions">
            <CallEmergency number={number} />
          </p>
        </>
      )}
      {contacts.lines.length > 0 && (
        <ul class="emergency-lines">
          {contacts.lines.map(({ service, number: line, sms }) => (
            <li key={service.id}>
              <span class="emergency-line-name">
                <a href={`/service/${service.id}`}>
                  <Localized text={pick(service.texts, 'name', lang)} uiLang={lang} />
                </a>
                {` · ${t('hours.always')}`}
              </span>
              <LeavingLink class="button" href={`tel:${dial(line)}`}>
                <WithNumber sentence={(marker) => t('service.call', { number: marker })} number={line} />
              </LeavingLink>
              {sms && (
                <LeavingLink class="button secondary" href={`sms:${dial(line)}`}>
                  <WithNumber sentence={(marker) => t('service.sms', { number: marker })} number={line} />
                </LeavingLink>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One line above search results for words about danger: the emergency number and its button. */
export function EmergencyLine({ contacts }: { contacts: UrgentContacts }) {
  const { t } = useT();
  const [number] = contacts.emergency;
  if (!number) return null;
  return (
    <p class="emergency emergency-line">
      <span>{t('emergency.title')}</span> <CallEmergency number={number} />
    </p>
  );
}
