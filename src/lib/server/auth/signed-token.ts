// Signed cookie values: `<token>.<HMAC-SHA256(token)>` in base64url, checked in constant time, so
// a cookie the server did not issue is refused before any database lookup.
import { createHmac, timingSafeEqual } from 'node:crypto';

const mac = (token: string, secret: string) =>
  createHmac('sha256', secret).update(token).digest('base64url');

export const signToken = (token: string, secret: string): string =>
  `${token}.${mac(token, secret)}`;

/** The token, or null when the signature does not match. */
export function unsignToken(value: string, secret: string): string | null {
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(mac(token, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
