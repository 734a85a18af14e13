// The demo city's page addresses are printed: on posters, on cards handed out at workshops, in
// QR codes. Moving the demo from TypeScript to an HSDS package must not change one of them, and
// nor may a later edit of the package: every address that was ever printed keeps working.
import { describe, expect, it } from 'vitest';
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';

const demo = await loadDemoDirectory();

/** The ids of Valdemar as they were when the demo was TypeScript (November 2026), in that order. */
const PRINTED = {
  organizations: [
    'city-social-services', 'housing-agency', 'tenants-association', 'el-refugio-shelter', 'food-bank',
    'san-martin-kitchen', 'el-muelle-neighbours', 'consumer-office', 'energy-point', 'benefits-office',
    'employment-office', 'la-brujula-youth', 'puerto-nuevo-training', 'mareas-adult-school',
    'el-puerto-health', 'faro-association', 'mente-abierta', 'legal-guidance', 'las-dunas-family',
    'los-pinos-children', 'la-atalaya-elders', 'cuidados-norte', 'puentes-inclusion', 'deaf-association',
    'acogida-valdemar', 'mar-abierto', 'womens-centre', 'arcoiris', 'library-network', 'conecta',
    'citizen-office', 'red-solidaria',
  ],
  services: [
    'housing-advice-office', 'rent-grant', 'eviction-support', 'night-shelter', 'day-centre-refugio',
    'food-bank-distribution', 'san-martin-meals', 'el-muelle-pantry', 'school-meals-grant',
    'social-services-centre-centro', 'social-services-centre-sur', 'emergency-social-grant',
    'minimum-income-help', 'debt-advice', 'energy-bills-help', 'clothes-bank', 'job-seeker-registration',
    'employment-guidance', 'youth-compass', 'vocational-courses', 'literacy-and-spanish', 'job-club-library',
    'health-centre-el-puerto', 'health-card-help', 'addiction-support', 'mental-health-listening',
    'mental-health-groups', 'free-legal-guidance', 'immigration-legal-advice', 'workers-rights-advice',
    'consumer-complaints', 'sexual-health-clinic', 'family-support-las-dunas', 'family-mediation',
    'early-childhood-group', 'los-pinos-afterschool', 'homework-help-el-muelle', 'lgbti-support',
    'la-atalaya-centre', 'home-help', 'telecare', 'loneliness-phone-friends', 'carers-support',
    'dependency-assessment', 'easy-read-advice', 'supported-employment', 'sign-language-interpreting',
    'disability-certificate-help', 'newcomers-welcome', 'asylum-reception', 'ukraine-help-desk',
    'registration-help', 'interpreting-volunteers', 'violence-24h-line', 'womens-centre-advice',
    'emergency-social-service', 'child-protection-line', 'hate-crime-support', 'library-computers',
    'digital-skills-course', 'donated-devices', 'online-procedures-help', 'scam-help', 'youth-digital-lab',
  ],
  rights: [
    'right-to-register', 'right-to-health-care', 'right-to-minimum-income', 'right-to-emergency-help',
    'right-to-rent-help', 'right-against-eviction', 'right-to-energy-discount', 'right-to-free-lawyer',
    'right-to-interpreter', 'right-to-school', 'right-to-school-meals', 'right-to-unemployment-benefit',
    'right-to-fair-pay', 'right-to-dependency-care', 'right-to-telecare', 'right-to-disability-certificate',
    'right-to-protection-from-violence', 'right-to-asylum', 'right-to-residence-through-roots',
    'right-to-digital-help', 'right-to-food', 'right-to-child-protection',
  ],
};

describe('the demo city as data keeps every printed address', () => {
  it.each(Object.keys(PRINTED) as (keyof typeof PRINTED)[])('%s: the same ids, none lost, none renamed', (collection) => {
    // The package lists them as an export does (by id); the order of a list is not an address.
    expect(demo[collection].map((item) => item.id).sort()).toEqual([...PRINTED[collection]].sort());
  });
});
