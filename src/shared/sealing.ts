// Sealing personal details for the server (HPKE, RFC 9180: DHKEM P-256, HKDF-SHA256, AES-128-GCM)
// through @hpke/core: the device can seal but never open again; only the server's private key opens.
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';

const suite = new CipherSuite({ kem: new DhkemP256HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes128Gcm() });
const INFO = new TextEncoder().encode('ponte contact request v1');

export interface Sealed {
  key_id: string;
  enc: string;
  ct: string;
}

export function toBase64url(bytes: ArrayBuffer | Uint8Array): string {
  let binary = '';
  for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function seal(publicKey: string, keyId: string, plaintext: string, context: string): Promise<Sealed> {
  const recipientPublicKey = await suite.kem.deserializePublicKey(fromBase64url(publicKey));
  const { ct, enc } = await suite.seal({ recipientPublicKey, info: INFO }, new TextEncoder().encode(plaintext), new TextEncoder().encode(context));
  return { key_id: keyId, enc: toBase64url(enc), ct: toBase64url(ct) };
}

export const importPrivateKey = (privateKey: string): Promise<CryptoKey> => suite.kem.deserializePrivateKey(fromBase64url(privateKey));

/** Throws when the bytes were not sealed for this key and context. */
export async function open(privateKey: string | CryptoKey, sealed: Sealed, context: string): Promise<string> {
  const recipientKey = typeof privateKey === 'string' ? await importPrivateKey(privateKey) : privateKey;
  const plain = await suite.open({ recipientKey, enc: fromBase64url(sealed.enc), info: INFO }, fromBase64url(sealed.ct), new TextEncoder().encode(context));
  return new TextDecoder().decode(plain);
}

export async function generateKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = await suite.kem.generateKeyPair();
  return {
    publicKey: toBase64url(await suite.kem.serializePublicKey(pair.publicKey)),
    privateKey: toBase64url(await suite.kem.serializePrivateKey(pair.privateKey)),
  };
}
