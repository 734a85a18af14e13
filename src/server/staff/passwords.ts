// Passwords, for staff whose device has no passkey: at least 12 characters, not one that
// guessers try first, hashed with argon2id. Checking one always costs one argon2 verification,
// also for an address that has no account or no password, so the time an answer takes does not
// tell which addresses have accounts.
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
/** Longer is pointless and only makes hashing costly for whoever sends it. */
export const MAX_PASSWORD_LENGTH = 256;

/** argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's minimum). */
const ARGON2ID = 2; // Algorithm.Argon2id: a const enum, which isolatedModules cannot read.

/** The same text whatever keyboard typed it (é as one character or as e + accent). */
const normalize = (password: string) => password.normalize('NFC');

export async function hashPassword(password: string): Promise<string> {
  return hash(normalize(password), { algorithm: ARGON2ID });
}

let decoy: Promise<string> | undefined;
/**
 * True when `password` matches `passwordHash`. Without a hash (no such account, or a passkey-only
 * one) a decoy hash is verified instead and the answer is false: the same work either way.
 */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  decoy ??= hashPassword('ponte-decoy-password-never-matches');
  const matches = await verify(passwordHash ?? (await decoy), normalize(password)).catch(() => false);
  return Boolean(passwordHash) && matches;
}

export interface PasswordProblem {
  code: 'password_too_short' | 'password_common';
  message: string;
}

let common: Set<string> | undefined;
/** The most used passwords of public leaks (zxcvbn's list, ~50,000), lower-cased. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '$': 's', '5': 's', '7': 't' };
const unleet = (text: string) => text.replace(/[@43105$7!]/g, (ch) => LEET[ch]);
/** "Password2024!" is "password" with what people add to pass a rule: digits and symbols at the ends. */
const core = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
/** The shortest piece the text repeats ("abcabcabcabc" → "abc"), or the text itself. */
function repeatedUnit(text: string): string {
  for (let size = 1; size <= text.length / 2; size++) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) return text.slice(0, size);
  }
  return text;
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  const candidates = new Set([lower, core(lower), unleet(lower), core(unleet(lower))].filter((c) => c.length >= 4));
  for (const candidate of candidates) {
    const unit = repeatedUnit(candidate);
    if (list.has(candidate) || list.has(unit) || (unit !== candidate && unit.length <= 3)) return true;
  }
  return false;
}

/**
 * What remains of the password once the things anyone knows about the account are taken out:
 * the e-mail address, its name part, its domain's name, and "ponte". Too little left (fewer than
 * five different characters: "ponte2026!!!", "maria.lopez12") means it is easy to guess.
 */
function guessableFromAccount(password: string, email: string): boolean {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  const known = [email.toLowerCase(), local, domain.split('.')[0] ?? '', 'ponte', ...local.split(/[^\p{L}\p{N}]+/u)].filter((w) => w.length >= 3);
  const words = [...known, ...known.map(unleet)].sort((a, b) => b.length - a.length);
  const lower = password.toLowerCase();
  return [lower, unleet(lower)].some((form) => {
    let rest = form;
    for (const word of words) rest = rest.split(word).join('');
    return new Set(rest).size < 5;
  });
}

const CHOOSE_ANOTHER = 'Choose another: three or four unrelated words together make a password that is long, hard to guess and easy to remember.';

/** Why this password cannot be used, or undefined when it can. */
export function passwordProblem(password: string, email: string): PasswordProblem | undefined {
  const text = normalize(password);
  if ([...text].length < MIN_PASSWORD_LENGTH) {
    return { code: 'password_too_short', message: `A password needs at least ${MIN_PASSWORD_LENGTH} characters; this one has ${[...text].length}. ${CHOOSE_ANOTHER}` };
  }
  if (isCommon(text)) {
    return { code: 'password_common', message: `This password is one of the most used ones, so it is among the first that someone guessing would try. ${CHOOSE_ANOTHER}` };
  }
  if (guessableFromAccount(text, email)) {
    return { code: 'password_common', message: `This password is mostly your e-mail address, the name Ponte or a few repeated characters, so it is easy to guess. ${CHOOSE_ANOTHER}` };
  }
  return undefined;
}
