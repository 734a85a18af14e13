// @vitest-environment node
// WebCrypto (HPKE) in Node; jsdom's typed arrays belong to another realm. Browsers: see e2e.
import { describe, expect, it } from 'vitest';
import { validateContactDetails } from '../../src/shared/contact-request';
import { generateKeyPair, open, seal } from '../../src/shared/sealing';

const offer = { whatsapp: false, languages: ['es', 'en'] };
const good = {
  method: 'call',
  name: '  Amina Haddad ',
  phone: '+34 611 22 33 44',
  email: '',
  reach_times: ['morning'],
  language: 'es',
  message: 'Necesito ayuda con el alquiler.',
  consent: true,
};

describe('contact request validation (form, outbox and server alike)', () => {
  it('accepts a complete request and trims what people type', () => {
    const result = validateContactDetails(good, offer);
    expect(result).toEqual({ ok: true, value: { ...good, name: 'Amina Haddad', method: 'call' } });
  });
  it.each([
    [{ name: '' }, { name: 'required' }],
    [{ name: 'x'.repeat(101) }, { name: 'too_long' }],
    [{ phone: '' }, { phone: 'required' }],
    [{ phone: 'call me' }, { phone: 'invalid_phone' }],
    [{ phone: '12' }, { phone: 'invalid_phone' }],
    [{ method: 'email', phone: '' }, { email: 'required' }],
    [{ method: 'email', email: 'amina@', phone: '' }, { email: 'invalid_email' }],
    [{ method: 'whatsapp' }, { method: 'not_offered' }],
    [{ method: 'fax' }, { method: 'required' }],
    [{ reach_times: [] }, { reach_times: 'choose_time' }],
    [{ language: 'ar' }, { language: 'not_offered' }],
    [{ message: 'x'.repeat(1001) }, { message: 'too_long' }],
    [{ consent: false }, { consent: 'consent_required' }],
    [{ consent: 'yes' }, { consent: 'consent_required' }],
    // Controls and bidi overrides/isolates: shown as "Amina", or reversed, to whoever reads it.
    [{ name: 'Amina\u202e44 33 22 116' }, { name: 'hidden_characters' }],
    [{ name: '\u2067Amina\u2069' }, { name: 'hidden_characters' }],
    [{ name: 'Amina\nHaddad' }, { name: 'hidden_characters' }],
    [{ name: 'Amina\u0000' }, { name: 'hidden_characters' }],
    [{ name: 'Amina\u0085Haddad' }, { name: 'hidden_characters' }],
    [{ name: 'Amina\u2028Haddad' }, { name: 'hidden_characters' }],
    [{ name: 'Ami\u200bna' }, { name: 'hidden_characters' }],
    [{ name: 'Ami\ufeffna' }, { name: 'hidden_characters' }],
    [{ name: 'Amina\ufff9x\ufffay\ufffb' }, { name: 'hidden_characters' }],
    [{ name: 'Amina\u{e0041}\u{e0042}' }, { name: 'hidden_characters' }],
    [{ name: '\u200f\u200d\u3164' }, { name: 'required' }],
    [{ method: 'email', phone: '', email: 'amina\u202d@example.org' }, { email: 'hidden_characters' }],
    [{ message: 'Hola\u0007' }, { message: 'hidden_characters' }],
    [{ message: 'Pago \u202e0001\u202c euros' }, { message: 'hidden_characters' }],
  ])('refuses %j with %j', (change, problems) => {
    expect(validateContactDetails({ ...good, ...change }, offer)).toEqual({ ok: false, problems });
  });
  it('accepts what people really type: lines and tabs in a message, the marks and joiners of their scripts', () => {
    for (const change of [
      { message: 'Hola,\n\tnecesito ayuda.\r\nGracias' },
      { name: 'أمينة\u200f حداد' }, // right-to-left mark
      { name: 'مریم\u200cزاده' }, // zero-width non-joiner (Persian)
      { name: 'Ολυμπία Παπαδοπούλου' },
    ]) {
      expect(validateContactDetails({ ...good, ...change }, offer).ok).toBe(true);
    }
  });
  it('needs no phone or time for "I will visit", and WhatsApp where the service offers it', () => {
    expect(validateContactDetails({ ...good, method: 'visit', phone: '', reach_times: [] }, offer).ok).toBe(true);
    expect(validateContactDetails({ ...good, method: 'whatsapp' }, { ...offer, whatsapp: true }).ok).toBe(true);
  });
  it('refuses garbage whole, naming every field', () => {
    const result = validateContactDetails('not an object', offer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.problems).sort()).toEqual(['consent', 'language', 'method', 'name', 'reach_times']);
  });
});

describe('sealing (HPKE)', () => {
  it('opens only with the private key and the same context', async () => {
    const keys = await generateKeyPair();
    const other = await generateKeyPair();
    const sealed = await seal(keys.publicKey, 'k1', 'Amina +34 611', 'ctx-1');
    expect(sealed.ct).not.toContain('Amina');
    expect(await open(keys.privateKey, sealed, 'ctx-1')).toBe('Amina +34 611');
    await expect(open(other.privateKey, sealed, 'ctx-1')).rejects.toThrow();
    await expect(open(keys.privateKey, sealed, 'ctx-2')).rejects.toThrow();
    await expect(open(keys.privateKey, { ...sealed, ct: sealed.ct.slice(0, -4) + 'AAAA' }, 'ctx-1')).rejects.toThrow();
  });
  it('seals the same text differently each time', async () => {
    const keys = await generateKeyPair();
    const a = await seal(keys.publicKey, 'k1', 'same', 'ctx');
    const b = await seal(keys.publicKey, 'k1', 'same', 'ctx');
    expect(a.ct).not.toBe(b.ct);
  });
});
