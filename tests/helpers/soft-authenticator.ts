// A passkey authenticator in software, for server tests: it answers WebAuthn registration and
// sign-in options the way a browser with a platform authenticator would (attestation "none", an
// ES256 key, a discoverable credential), so the server's passkey routes are tested without a
// browser. (The browser side is proven in Chromium with its virtual authenticator.)
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

const b64url = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

interface Credential {
  id: Buffer;
  privateKey: KeyObject;
  userHandle: string;
  counter: number;
}

export class SoftAuthenticator {
  private readonly credentials: Credential[] = [];

  /** `origin`: the page's origin, as the browser would put it in clientDataJSON. */
  constructor(private readonly origin: string) {}

  /** What startRegistration({optionsJSON}) would give back. */
  register(options: { challenge: string; rp: { id?: string }; user: { id: string } }, credentialId: Buffer = randomBytes(16)) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const cose = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
      [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
    ]);
    const credential: Credential = { id: credentialId, privateKey, userHandle: options.user.id, counter: 0 };
    this.credentials.push(credential);
    const attested = Buffer.concat([Buffer.alloc(16), Buffer.from([0, credential.id.length]), credential.id, Buffer.from(isoCBOR.encode(cose))]);
    // Flags: user present, user verified, attested credential data.
    const authData = Buffer.concat([sha256(options.rp.id!), Buffer.from([0x01 | 0x04 | 0x40]), Buffer.alloc(4), attested]);
    const attestationObject = isoCBOR.encode(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', new Uint8Array(authData)]]) as never);
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key',
      response: { clientDataJSON: this.clientData('webauthn.create', options.challenge), attestationObject: b64url(attestationObject), transports: ['internal'] },
      clientExtensionResults: {},
    };
  }

  /** What startAuthentication({optionsJSON}) would give back, with the first (or given) credential. */
  signIn(options: { challenge: string; rpId?: string }, which = 0) {
    const credential = this.credentials[which];
    credential.counter += 1;
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(credential.counter);
    const authData = Buffer.concat([sha256(options.rpId!), Buffer.from([0x01 | 0x04]), counter]);
    const clientDataJSON = this.clientData('webauthn.get', options.challenge);
    const signature = sign('sha256', Buffer.concat([authData, sha256(Buffer.from(clientDataJSON, 'base64url'))]), credential.privateKey);
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key',
      response: { clientDataJSON, authenticatorData: b64url(authData), signature: b64url(signature), userHandle: credential.userHandle },
      clientExtensionResults: {},
    };
  }

  private clientData(type: string, challenge: string) {
    return b64url(Buffer.from(JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false })));
  }
}
