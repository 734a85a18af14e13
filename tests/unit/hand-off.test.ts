// The hand-off QR code: a delivered request goes from a library computer to the person's own
// phone with its id, service and reference only; a damaged code is refused, never half-added.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { followRequest, listOutbox } from '../../src/data/outbox';
import { handOffUrl, readHandOff, type HandedRequest } from '../../src/shared/hand-off';

const delivered: HandedRequest = {
  id: '0b7a9a4e-2f0c-4e63-9d52-9d1c6a0f3a11',
  service_id: 'free-legal-guidance',
  created_at: '2026-11-26T10:15:00.000Z',
  receipt: { reference: 'P9Y-TDJ', promised_response_hours: 72, received_at: '2026-11-26T10:15:00.000Z' },
};

beforeEach(() => db().outbox.clear());

describe('hand-off', () => {
  it('carries the request in the address\'s fragment (never sent to a server) and reads it back whole', () => {
    const url = handOffUrl('https://ponte.valdemar.example', delivered);
    expect(url.startsWith('https://ponte.valdemar.example/follow#')).toBe(true);
    expect(new URL(url).search).toBe('');
    expect(readHandOff(new URL(url).hash)).toEqual(delivered);
  });

  it.each([
    ['a missing reference', (p: URLSearchParams) => p.delete('r')],
    ['a reference of another shape', (p: URLSearchParams) => p.set('r', 'P9Y-TD')],
    ['an id that is not a UUID', (p: URLSearchParams) => p.set('i', '1234')],
    ['markup for a service', (p: URLSearchParams) => p.set('s', '<img src=x onerror=alert(1)>')],
    ['hours that are not a number', (p: URLSearchParams) => p.set('h', '24h')],
    ['a time that is not a time', (p: URLSearchParams) => p.set('t', 'yesterday')],
  ])('refuses a code with %s', (_, spoil) => {
    const params = new URLSearchParams(new URL(handOffUrl('https://p.example', delivered)).hash.slice(1));
    spoil(params);
    expect(readHandOff(`#${params}`)).toBeNull();
  });

  it('adds the request to "My requests" as delivered, with nothing to send, once', async () => {
    await followRequest(delivered);
    await followRequest(delivered); // scanned twice
    const list = await listOutbox();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: delivered.id, status: 'delivered', body: '', receipt: { reference: 'P9Y-TDJ' } });
  });
});
