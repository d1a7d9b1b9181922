// The districts API input checks: accepted and rejected bodies, the JSON body reader's limits, and
// the bundled municipio codes the checks use.
import { describe, expect, test } from 'vitest';
import { readJsonBody } from '../src/lib/server/json-api';
import { municipioCodes } from '../src/lib/server/municipio-codes';
import { validateCreate, validatePatch } from '../src/lib/server/store/validate-district';

// 300 made-up known codes: 05001…05300.
const KNOWN = new Set(Array.from({ length: 300 }, (_, i) => `05${String(i + 1).padStart(3, '0')}`));
const create = (body: unknown) => validateCreate(body, KNOWN);
const patch = (body: unknown) => validatePatch(body, KNOWN);
const error = (r: { ok: boolean; error?: string }) => (r.ok ? 'aceptado' : r.error);

describe('validateCreate accepts', () => {
  test('a name (trimmed, NFC) and municipios, without settings', () => {
    const r = create({ nombre: '  Sur de Boli\u0301var ', municipios: ['05001', '05002'] });
    expect(r).toEqual({
      ok: true,
      value: { name: 'Sur de Bolívar', municipios: ['05001', '05002'] }
    });
  });

  test('120 characters with accents and 200 municipios', () => {
    const codes = [...KNOWN].slice(0, 200);
    const r = create({ nombre: 'ñ'.repeat(120), municipios: codes });
    expect(r.ok && r.value.municipios).toHaveLength(200);
  });

  test('settings at the ends of their ranges, layers and criteria', () => {
    const ajustes = {
      buffer_km: 100,
      sliver_ha: 0,
      sliver_pct: 100,
      layers: ['pdet', 'pdet', 'zrc'],
      criteria: [{ a: 1 }]
    };
    const r = create({ nombre: 'D', municipios: ['05001'], ajustes });
    expect(r.ok && r.value.settings).toEqual({ ...ajustes, layers: ['pdet', 'zrc'] });
  });
});

describe('validateCreate rejects', () => {
  test.each([null, [], 'texto', 42])('a body that is not an object: %j', (body) => {
    expect(error(create(body))).toBe('El cuerpo debe ser un objeto JSON.');
  });

  test.each([
    [{ municipios: ['05001'] }, /nombre debe ser texto/],
    [{ nombre: '   ', municipios: ['05001'] }, /vacío/],
    [{ nombre: 'a'.repeat(121), municipios: ['05001'] }, /más de 120/],
    [{ nombre: 7, municipios: ['05001'] }, /texto/],
    [{ nombre: 'a\u0000b', municipios: ['05001'] }, /control/],
    [{ nombre: 'D' }, /lista de códigos/],
    [{ nombre: 'D', municipios: '05001' }, /lista de códigos/],
    [{ nombre: 'D', municipios: [] }, /al menos un municipio/],
    [{ nombre: 'D', municipios: [...KNOWN].slice(0, 201) }, /hasta 200/],
    [{ nombre: 'D', municipios: ['5001'] }, /«5001» no es un código DANE/],
    [{ nombre: 'D', municipios: [5001] }, /no es un código DANE/],
    [{ nombre: 'D', municipios: ['05001 '] }, /no es un código DANE/],
    [{ nombre: 'D', municipios: ['05001', '05002', '05001'] }, /05001 está repetido/],
    [{ nombre: 'D', municipios: ['05999'] }, /05999 no es un municipio/],
    [{ nombre: 'D', municipios: ['05001'], nombres: 'x' }, /Campo desconocido «nombres»/]
  ])('%j', (body, message) => {
    expect(error(create(body))).toMatch(message);
  });

  test.each([
    [{ buffer_km: -1 }, /buffer_km.*entre 0 y 100/],
    [{ buffer_km: 100.5 }, /buffer_km/],
    [{ buffer_km: '5' }, /buffer_km/],
    [{ buffer_km: Infinity }, /buffer_km/],
    [{ sliver_ha: 10_001 }, /sliver_ha.*entre 0 y 10000/],
    [{ sliver_pct: 101 }, /sliver_pct/],
    [{ layers: 'pdet' }, /layers/],
    [{ layers: [''] }, /layers/],
    [{ layers: [3] }, /layers/],
    [{ criteria: {} }, /criteria/],
    [{ borde_ha: 3 }, /Campo desconocido «borde_ha» en «ajustes»/],
    [[], /«ajustes» debe ser un objeto/]
  ])('ajustes %j', (ajustes, message) => {
    expect(error(create({ nombre: 'D', municipios: ['05001'], ajustes }))).toMatch(message);
  });
});

describe('validatePatch', () => {
  test('accepts a partial change with a version; an empty text removes a justification', () => {
    const r = patch({ justificaciones: { '05001': 'x'.repeat(5000), '05002': '' }, version: 3 });
    expect(r).toEqual({
      ok: true,
      value: { patch: { justifications: { '05001': 'x'.repeat(5000), '05002': '' } }, version: 3 }
    });
  });

  test('accepts a change without a version', () => {
    expect(patch({ nombre: 'Nuevo nombre' })).toEqual({
      ok: true,
      value: { patch: { name: 'Nuevo nombre' } }
    });
  });

  test.each([
    [{}, /nada que cambiar/],
    [{ version: 2 }, /nada que cambiar/],
    [{ nombre: 'D', version: 0 }, /entero positivo/],
    [{ nombre: 'D', version: 1.5 }, /entero positivo/],
    [{ nombre: 'D', version: '2' }, /entero positivo/],
    [{ municipios: [] }, /al menos un municipio/],
    [{ justificaciones: { '05001': 'x'.repeat(5001) } }, /más de 5000/],
    [{ justificaciones: { '123': 'x' } }, /«123» no es un código DANE/],
    [{ justificaciones: { '05999': 'x' } }, /05999 no es un municipio/],
    [{ justificaciones: { '05001': 5 } }, /debe ser texto/],
    [{ justificaciones: ['x'] }, /código → texto/],
    [{ id: 'otro', nombre: 'D' }, /Campo desconocido «id»/]
  ])('rejects %j', (body, message) => {
    expect(error(patch(body))).toMatch(message);
  });
});

describe('readJsonBody', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request('http://localhost/api/distritos', {
      method: 'POST',
      body,
      headers,
      duplex: 'half'
    } as RequestInit);

  test('parses a JSON body', async () => {
    expect(await readJsonBody(post('{"nombre":"Ñ"}'))).toEqual({
      ok: true,
      value: { nombre: 'Ñ' }
    });
  });

  test('answers 400 with a Spanish error for malformed JSON', async () => {
    const r = await readJsonBody(post('{"nombre":'));
    expect(r.ok ? 0 : r.response.status).toBe(400);
    expect(r.ok ? null : await r.response.json()).toEqual({
      error: 'El cuerpo no es JSON válido.'
    });
  });

  test('answers 413 past the limit, whether or not the length is declared', async () => {
    const big = JSON.stringify({ nombre: 'x'.repeat(64 * 1024) });
    const declared = await readJsonBody(post(big));
    expect(declared.ok ? 0 : declared.response.status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode(' '.repeat(8 * 1024)));
        c.close();
      }
    });
    const streamed = await readJsonBody(post(stream));
    expect(streamed.ok ? 0 : streamed.response.status).toBe(413);
  });

  test('reads a body of exactly 64 kB and refuses a huge one', async () => {
    const exact = JSON.stringify({ nombre: 'x'.repeat(64 * 1024 - 13) });
    expect(new TextEncoder().encode(exact).byteLength).toBe(64 * 1024);
    expect((await readJsonBody(post(exact))).ok).toBe(true);
    const huge = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new Uint8Array(64 * 1024).fill(32));
      }
    });
    const r = await readJsonBody(post(huge));
    expect(r.ok ? 0 : r.response.status).toBe(413);
  });
});

test('the bundled municipio codes are the 1,122 of the MGN, as 5-character text', () => {
  const codes = municipioCodes();
  expect(codes.size).toBe(1122);
  expect(codes.has('05001')).toBe(true);
  expect(codes.has('5001')).toBe(false);
});
