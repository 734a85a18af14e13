// What counts as the answer asked for: OK, and of the content type expected. A captive
// portal's "200 OK" HTML page is neither a language file nor the directory.
import { describe, expect, it } from 'vitest';
import { isExpectedResponse } from '../../src/shared/expected-response';

const answer = (status: number, type?: string) => new Response(status === 204 ? null : 'x', { status, headers: type ? { 'Content-Type': type } : {} });

describe('isExpectedResponse', () => {
  it.each([
    ['text/javascript; charset=utf-8', 'javascript'],
    ['application/javascript', 'javascript'],
    ['Text/JavaScript', 'javascript'],
    ['application/json; charset=utf-8', 'json'],
    ['application/problem+json', 'json'],
  ] as const)('accepts 200 %s as %s', (type, expected) => {
    expect(isExpectedResponse(answer(200, type), expected)).toBe(true);
  });

  it.each([
    [200, 'text/html; charset=utf-8', 'javascript'],
    [200, 'text/html', 'json'],
    [200, 'text/plain', 'json'],
    [200, undefined, 'javascript'],
    [200, 'application/json', 'javascript'],
    [404, 'text/javascript', 'javascript'],
    [503, 'application/json', 'json'],
  ] as const)('refuses %s %s as %s', (status, type, expected) => {
    expect(isExpectedResponse(answer(status, type), expected)).toBe(false);
  });
});
