// Checks the JSON bodies of the districts API (Spanish field names) and turns them into store
// input. Pure: the set of known DANE codes is passed in. Errors are Spanish messages for the user.
import { DANE_CODE } from '../../domain/dane-code';
import { parseTeamLayerRef } from '../../domain/team-layer-ref';
import type { DistrictInput, DistrictPatch, DistrictSettings } from '../../domain/model/district';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export const LIMITS = {
  name: 120,
  municipios: 200,
  justification: 5000,
  layers: 100,
  layerId: 200,
  criteria: 100
} as const;

// Numeric settings with their API name and inclusive range.
const NUMBERS = { buffer_km: [0, 100], sliver_ha: [0, 10_000], sliver_pct: [0, 100] } as const;

class Invalid extends Error {}
/** Stops a check with a Spanish message for the user (see `checked`). */
export const fail = (message: string): never => {
  throw new Invalid(message);
};

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function onlyKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  where: string
): void {
  const extra = Object.keys(obj).find((k) => !allowed.includes(k));
  if (extra !== undefined) fail(`Campo desconocido «${extra}» en ${where}.`);
}

function name(v: unknown): string {
  if (typeof v !== 'string') return fail('El nombre debe ser texto.');
  const s = v.normalize('NFC').trim();
  if (s.length === 0) fail('El nombre no puede estar vacío.');
  if ([...s].length > LIMITS.name) fail(`El nombre tiene más de ${LIMITS.name} caracteres.`);
  // eslint-disable-next-line no-control-regex -- control characters are what is rejected
  if (/[\u0000-\u001f\u007f]/.test(s)) fail('El nombre no puede tener caracteres de control.');
  return s;
}

function code(v: unknown, known: ReadonlySet<string>, where: string): string {
  if (typeof v !== 'string' || !DANE_CODE.test(v))
    fail(`${where}: «${String(v)}» no es un código DANE de 5 dígitos.`);
  if (!known.has(v as string)) fail(`${where}: el código ${String(v)} no es un municipio del MGN.`);
  return v as string;
}

function municipios(v: unknown, known: ReadonlySet<string>): string[] {
  if (!Array.isArray(v)) return fail('«municipios» debe ser una lista de códigos DANE.');
  if (v.length === 0) fail('El distrito necesita al menos un municipio.');
  if (v.length > LIMITS.municipios)
    fail(`Un distrito admite hasta ${LIMITS.municipios} municipios.`);
  const codes = v.map((c) => code(c, known, 'municipios'));
  const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
  if (repeated !== undefined) fail(`municipios: el código ${repeated} está repetido.`);
  return codes;
}

function settings(v: unknown): Partial<DistrictSettings> {
  if (!isObject(v)) return fail('«ajustes» debe ser un objeto.');
  onlyKeys(v, [...Object.keys(NUMBERS), 'layers', 'criteria', 'team_layers'], '«ajustes»');
  const out: Partial<DistrictSettings> = {};
  for (const [key, [min, max]] of Object.entries(NUMBERS) as [
    keyof typeof NUMBERS,
    readonly [number, number]
  ][]) {
    const n = v[key];
    if (n === undefined) continue;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max)
      fail(`ajustes.${key} debe ser un número entre ${min} y ${max}.`);
    out[key] = n as number;
  }
  if (v.layers !== undefined) {
    const ok =
      Array.isArray(v.layers) &&
      v.layers.length <= LIMITS.layers &&
      v.layers.every((l) => typeof l === 'string' && l.length > 0 && l.length <= LIMITS.layerId);
    if (!ok)
      fail(`ajustes.layers debe ser una lista de hasta ${LIMITS.layers} identificadores de capa.`);
    out.layers = [...new Set(v.layers as string[])];
  }
  if (v.team_layers !== undefined) out.team_layers = teamLayers(v.team_layers);
  if (v.criteria !== undefined) {
    if (!Array.isArray(v.criteria) || v.criteria.length > LIMITS.criteria)
      fail(`ajustes.criteria debe ser una lista de hasta ${LIMITS.criteria} criterios.`);
    out.criteria = v.criteria as unknown[];
  }
  return out;
}

/** Exact versions only (`equipo:<id>@<n>`), one per layer. */
function teamLayers(v: unknown): string[] {
  const usage = `ajustes.team_layers debe ser una lista de hasta ${LIMITS.layers} versiones de capas del equipo (equipo:<id>@<versión>).`;
  if (!Array.isArray(v) || v.length > LIMITS.layers) return fail(usage);
  const ids = new Set<string>();
  for (const r of v) {
    let ref;
    try {
      ref = typeof r === 'string' ? parseTeamLayerRef(r) : null;
    } catch {
      ref = null;
    }
    if (ref?.version == null) fail(`${usage} «${String(r)}» no lo es.`);
    else if (ids.has(ref.id)) fail(`ajustes.team_layers nombra dos veces la capa «${ref.id}».`);
    else ids.add(ref.id);
  }
  return v as string[];
}

function justifications(v: unknown, known: ReadonlySet<string>): Record<string, string> {
  if (!isObject(v)) return fail('«justificaciones» debe ser un objeto código → texto.');
  const out: Record<string, string> = {};
  for (const [c, text] of Object.entries(v)) {
    code(c, known, 'justificaciones');
    if (typeof text !== 'string') fail(`La justificación de ${c} debe ser texto.`);
    if ([...(text as string)].length > LIMITS.justification)
      fail(`La justificación de ${c} tiene más de ${LIMITS.justification} caracteres.`);
    out[c] = (text as string).normalize('NFC');
  }
  return out;
}

/** The value `run` returns, or the message of the first `fail` it met. */
export function checked<T>(run: () => T): Checked<T> {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}

/** POST /api/distritos: `{nombre, municipios, ajustes?, justificaciones?}`. */
export function validateCreate(body: unknown, known: ReadonlySet<string>): Checked<DistrictInput> {
  return checked(() => {
    if (!isObject(body)) return fail('El cuerpo debe ser un objeto JSON.');
    onlyKeys(body, ['nombre', 'municipios', 'ajustes', 'justificaciones'], 'el distrito');
    const input: DistrictInput = {
      name: name(body.nombre),
      municipios: municipios(body.municipios, known)
    };
    if (body.ajustes !== undefined) input.settings = settings(body.ajustes);
    if (body.justificaciones !== undefined)
      input.justifications = justifications(body.justificaciones, known);
    return input;
  });
}

/** PUT /api/distritos/[id]: any of `nombre, municipios, ajustes, justificaciones`, plus `version`. */
export function validatePatch(
  body: unknown,
  known: ReadonlySet<string>
): Checked<{ patch: DistrictPatch; version?: number }> {
  return checked(() => {
    if (!isObject(body)) return fail('El cuerpo debe ser un objeto JSON.');
    onlyKeys(body, ['nombre', 'municipios', 'ajustes', 'justificaciones', 'version'], 'el cambio');
    const patch: DistrictPatch = {};
    if (body.nombre !== undefined) patch.name = name(body.nombre);
    if (body.municipios !== undefined) patch.municipios = municipios(body.municipios, known);
    if (body.ajustes !== undefined) patch.settings = settings(body.ajustes);
    if (body.justificaciones !== undefined)
      patch.justifications = justifications(body.justificaciones, known);
    if (Object.keys(patch).length === 0) fail('No hay nada que cambiar.');
    const v = body.version;
    if (v === undefined) return { patch };
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1)
      fail('«version» debe ser un entero positivo.');
    return { patch, version: v as number };
  });
}
