// Authoring helpers for the demo directory: every text is written as [English, Spanish] and
// expanded into the model's `texts` map, so one record reads like a card a city would print.
// The other languages come from the catalogs in translations/.
import type { NeedId } from '../shared/needs';
import type { Organization, PhonePurpose, RightsCard, Schedule, Service, ViolenceRole } from '../shared/directory';
import { translateFields } from './translations/catalog';
import { catalogs } from './translations';

export type Bi = readonly [en: string, es: string];
export const CITY = 'Valdemar';
export const TIME_ZONE = 'Europe/Madrid';

const texts = <T extends Record<string, Bi | readonly Bi[]>>(fields: T) => {
  const pickLang = (i: 0 | 1) =>
    Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, typeof v[0] === 'string' ? (v as Bi)[i] : (v as Bi[]).map((b) => b[i])]),
    );
  const en = pickLang(0);
  const translated = Object.entries(catalogs).map(([lang, catalog]) => [lang, translateFields(en, catalog)]);
  return { en, es: pickLang(1), ...Object.fromEntries(translated) };
};

export const FREE: Bi = ['Free of charge.', 'Gratuito.'];

/** Public holidays of Valdemar in the demo period: every service with set hours closes on them. */
export const CITY_HOLIDAYS: Schedule['closures'] = [
  { valid_from: '2026-12-08', valid_to: '2026-12-08' },
  { valid_from: '2026-12-25', valid_to: '2026-12-25' },
  { valid_from: '2027-01-01', valid_to: '2027-01-01' },
  { valid_from: '2027-01-06', valid_to: '2027-01-06' },
  { valid_from: '2027-04-01', valid_to: '2027-04-02' },
  { valid_from: '2027-05-01', valid_to: '2027-05-01' },
];

type Hours = readonly (readonly [byday: string, opens: string, closes: string])[];
export const WEEKDAYS = 'MO,TU,WE,TH,FR';

export interface ServiceDraft {
  id: string;
  org: string;
  needs: NeedId[];
  name: Bi;
  description: Bi;
  who: Bi;
  how: Bi;
  docs: readonly Bi[];
  fees?: Bi;
  /** Whether a time must be booked before being seen (see `appointment_required`): decided from `how`. */
  appointment: boolean;
  access: Bi;
  phones?: readonly (readonly [number: string, purpose: PhonePurpose, sms?: boolean])[];
  whatsapp?: string;
  email?: string;
  url?: string;
  at: readonly [street: string, postalCode: string, latitude: number, longitude: number];
  /** Weekly hours; omit for "by appointment"; 'always' for round-the-clock lines. */
  hours?: Hours | 'always';
  /** Extra closures beyond the city's public holidays. */
  closures?: Schedule['closures'];
  languages?: string[];
  responseHours?: number;
  checked?: string;
  /** Order within some of its needs: 1 comes first (the 24-hour lines in the safety need). */
  rank?: Partial<Record<NeedId, number>>;
  /** `specialist`: helps people facing violence or abuse; `unsafe_if_violence`: never first for them. */
  violence?: ViolenceRole;
  /** The kinds of danger it answers first (`danger_kinds` of the search vocabulary): "partner", "self-harm". */
  dangerKinds?: string[];
}

export function service(d: ServiceDraft): Service {
  return {
    id: d.id,
    organization_id: d.org,
    needs: d.needs,
    languages: d.languages ?? ['es'],
    phones: (d.phones ?? []).map(([number, purpose, sms]) => ({ number, purpose, sms: sms ?? false })),
    ...(d.whatsapp ? { whatsapp: d.whatsapp } : {}),
    ...(d.email ? { email: d.email } : {}),
    ...(d.url ? { url: d.url } : {}),
    address: { address_1: d.at[0], postal_code: d.at[1], city: CITY, latitude: d.at[2], longitude: d.at[3] },
    schedule: {
      timezone: TIME_ZONE,
      ...(d.hours === 'always' ? { always_open: true } : {}),
      hours: d.hours && d.hours !== 'always' ? d.hours.map(([byday, opens_at, closes_at]) => ({ byday, opens_at, closes_at })) : [],
      closures: d.hours === 'always' ? [] : [...CITY_HOLIDAYS, ...(d.closures ?? [])],
    },
    free: !d.fees || d.fees === FREE,
    appointment_required: d.appointment,
    response_hours: d.responseHours ?? 72,
    assured_date: d.checked ?? '2026-10-01',
    ...(d.rank ? { need_rank: d.rank } : {}),
    ...(d.violence ? { violence: d.violence } : {}),
    ...(d.dangerKinds ? { danger_kinds: d.dangerKinds } : {}),
    texts: texts({
      name: d.name,
      description: d.description,
      eligibility_description: d.who,
      application_process: d.how,
      required_documents: d.docs,
      fees_description: d.fees ?? FREE,
      accessibility: d.access,
    }) as Service['texts'],
  };
}

export function organization(id: string, name: Bi, description: Bi, url?: string, email?: string): Organization {
  return { id, ...(url ? { url } : {}), ...(email ? { email } : {}), texts: texts({ name, description }) as Organization['texts'] };
}

export interface RightsDraft {
  id: string;
  needs: NeedId[];
  services: string[];
  title: Bi;
  summary: Bi;
  who: Bi;
  how: Bi;
  bring: readonly Bi[];
}

export function rightsCard(d: RightsDraft): RightsCard {
  return {
    id: d.id,
    needs: d.needs,
    service_ids: d.services,
    texts: texts({ title: d.title, summary: d.summary, who: d.who, how: d.how, bring: d.bring }) as RightsCard['texts'],
  };
}

/** Documents and access notes that many services share, written once. */
export const DOC = {
  id: ['Identity document: DNI, NIE or passport (any of them, even expired).', 'Documento de identidad: DNI, NIE o pasaporte (cualquiera, aunque esté caducado).'],
  census: ['Certificate of registration in Valdemar (empadronamiento), if you have it.', 'Certificado de empadronamiento en Valdemar, si lo tienes.'],
  income: ['Proof of the household\'s income in the last three months (payslips, benefit letters).', 'Justificantes de ingresos del hogar de los últimos tres meses (nóminas, cartas de prestaciones).'],
  rent: ['Rental contract and the last rent receipts.', 'Contrato de alquiler y los últimos recibos.'],
  health: ['Health card, if you have one.', 'Tarjeta sanitaria, si la tienes.'],
  none: ['Nothing. Come as you are.', 'Nada. Ven tal como estés.'],
  letters: ['Any letters or papers about your problem.', 'Cualquier carta o papel sobre tu problema.'],
  family: ['Family book or children\'s birth certificates.', 'Libro de familia o certificados de nacimiento de los niños.'],
} satisfies Record<string, Bi>;

export const ACCESS = {
  full: ['Step-free entrance, lift, accessible toilet and hearing loop at the desk.', 'Entrada sin escalones, ascensor, aseo adaptado y bucle magnético en el mostrador.'],
  stepFree: ['Step-free entrance and accessible toilet.', 'Entrada sin escalones y aseo adaptado.'],
  ramp: ['Entrance by a ramp on the side door; ring the bell and staff will open.', 'Entrada por rampa en la puerta lateral; toca el timbre y el personal abrirá.'],
  stairs: ['First floor without a lift. Staff can meet you on the ground floor: ask when you call.', 'Primer piso sin ascensor. El personal puede atenderte en la planta baja: pídelo al llamar.'],
  phoneOnly: ['Telephone service; text relay and SMS available.', 'Atención telefónica; disponible por SMS y servicio de retransmisión de texto.'],
} satisfies Record<string, Bi>;
