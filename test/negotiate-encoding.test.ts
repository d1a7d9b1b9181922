// Accept-Encoding negotiation (RFC 9110 §12.5.3) used by /data, /tiles and the team layer downloads.
import { describe, expect, it } from 'vitest';
import { negotiateEncoding } from '../src/lib/server/http/negotiate-encoding';

describe('negotiateEncoding', () => {
  it('gives identity when the header is absent or empty', () => {
    expect(negotiateEncoding(null)).toBe('identity');
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding('')).toBe('identity');
  });

  it('prefers br, then gzip, when both are equally acceptable', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('x-gzip')).toBe('gzip');
    expect(negotiateEncoding('deflate, zstd')).toBe('identity');
    expect(negotiateEncoding('GZIP, BR')).toBe('br');
  });

  it('follows q-values over the server order', () => {
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('br;q=1.0, gzip;q=0.999')).toBe('br');
    expect(negotiateEncoding('gzip;q=0.5, identity')).toBe('identity');
    // Unnamed identity ranks at the lowest q-value given: below any named coding.
    expect(negotiateEncoding('br;q=0.1')).toBe('br');
    expect(negotiateEncoding('br ; q = 0.2 , gzip;q=0.1')).toBe('br');
  });

  it('never picks a coding with q=0', () => {
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(negotiateEncoding('br;q=0.000')).toBe('identity');
  });

  it('reads * as every coding the header does not name', () => {
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('br;q=0, *')).toBe('gzip');
    expect(negotiateEncoding('*;q=0.5, identity')).toBe('identity');
    expect(negotiateEncoding('gzip, *;q=0')).toBe('gzip');
  });

  it('treats identity as acceptable unless excluded, and falls back to it when nothing is', () => {
    expect(negotiateEncoding('identity')).toBe('identity');
    expect(negotiateEncoding('identity;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('identity;q=0, *;q=0')).toBe('identity');
    expect(negotiateEncoding('*;q=0')).toBe('identity');
  });

  it('skips malformed q-values and offers only what the caller has', () => {
    expect(negotiateEncoding('br;q=2, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=abc')).toBe('identity');
    expect(negotiateEncoding('br, gzip', ['gzip', 'identity'])).toBe('gzip');
    expect(negotiateEncoding('br', ['identity'])).toBe('identity');
  });
});
