// Checks the JSON body of PUT /api/distritos/[id]/anexo2 (Spanish field names) and turns it into
// store edits. Pure. Errors are Spanish messages for the user.
import { ANEXO2_ASPECTS, type Anexo2AspectId } from '../../domain/anexo2-aspects';
import type { Sufficiency } from '../../domain/anexo2-facts';
import type { Anexo2Edit } from '../../domain/model/anexo2';
import { checked, fail, isObject, onlyKeys, type Checked } from './validate-district';

export const ANEXO2_LIMITS = { text: 5000, edits: ANEXO2_ASPECTS.length } as const;

const ASPECT_IDS: readonly string[] = ANEXO2_ASPECTS.map((a) => a.id);
const SUFFICIENCY: readonly string[] = ['sí', 'parcialmente', 'no'] satisfies Sufficiency[];

export const isAnexo2Aspect = (v: unknown): v is Anexo2AspectId =>
  typeof v === 'string' && ASPECT_IDS.includes(v);

/** The Spanish message for a missing or unknown aspect id. */
export const aspectError = (v: unknown): string =>
  v === undefined || v === null || v === ''
    ? `Falta «aspecto»: uno de ${ASPECT_IDS.join(', ')}.`
    : `«${String(v)}» no es un aspecto del anexo 2: use uno de ${ASPECT_IDS.join(', ')}.`;

// C0 and C1 control characters except tab and line feed.
// eslint-disable-next-line no-control-regex -- control characters are what is rejected
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A mesa text: NFC, Windows line ends as \n, at most 5.000 characters, no control characters. */
function text(v: unknown, where: string): string {
  if (typeof v !== 'string') return fail(`${where} debe ser texto.`);
  const s = v.normalize('NFC').replace(/\r\n?/g, '\n');
  if ([...s].length > ANEXO2_LIMITS.text)
    fail(`${where} tiene más de ${ANEXO2_LIMITS.text} caracteres.`);
  if (CONTROL.test(s)) fail(`${where} no puede tener caracteres de control.`);
  return s;
}

function sufficiency(v: unknown, where: string): Sufficiency | null {
  if (v === null) return null;
  const s = typeof v === 'string' ? v.normalize('NFC') : v;
  if (typeof s !== 'string' || !SUFFICIENCY.includes(s))
    fail(`${where} debe ser «sí», «parcialmente», «no» o null.`);
  return s as Sufficiency;
}

function edit(v: unknown, n: number): Anexo2Edit {
  if (!isObject(v)) return fail(`ediciones[${n}] debe ser un objeto.`);
  const fields = ['aspecto', 'respuesta', 'suficiente', 'propuestas'];
  onlyKeys(v, [...fields, 'version'], `ediciones[${n}]`);
  const missing = fields.find((k) => v[k] === undefined);
  if (missing !== undefined) fail(`Falta «${missing}» en ediciones[${n}].`);
  if (!isAnexo2Aspect(v.aspecto)) return fail(`ediciones[${n}]: ${aspectError(v.aspecto)}`);
  const where = `ediciones[${n}] («${v.aspecto}»)`;
  const out: Anexo2Edit = {
    aspect: v.aspecto,
    respuesta: text(v.respuesta, `El campo «respuesta» de ${where}`),
    suficiente: sufficiency(v.suficiente, `El campo «suficiente» de ${where}`),
    propuestas: text(v.propuestas, `El campo «propuestas» de ${where}`)
  };
  if (v.version === undefined) return out;
  if (typeof v.version !== 'number' || !Number.isSafeInteger(v.version) || v.version < 0)
    fail(
      `El campo «version» de ${where} debe ser un entero de 0 en adelante (0: sin versión guardada).`
    );
  return { ...out, version: v.version as number };
}

/** PUT /api/distritos/[id]/anexo2: `{ediciones: [{aspecto, respuesta, suficiente, propuestas, version?}]}`. */
export function validateAnexo2(body: unknown): Checked<Anexo2Edit[]> {
  return checked(() => {
    if (!isObject(body)) return fail('El cuerpo debe ser un objeto JSON.');
    onlyKeys(body, ['ediciones'], 'el anexo 2');
    const list = body.ediciones;
    if (!Array.isArray(list)) return fail('«ediciones» debe ser una lista.');
    if (list.length === 0) fail('No hay nada que guardar.');
    if (list.length > ANEXO2_LIMITS.edits)
      fail(`«ediciones» admite hasta ${ANEXO2_LIMITS.edits} aspectos, uno por aspecto.`);
    const edits = list.map(edit);
    const repeated = edits.find((e, i) => edits.findIndex((f) => f.aspect === e.aspect) !== i);
    if (repeated) fail(`El aspecto «${repeated.aspect}» está repetido en «ediciones».`);
    return edits;
  });
}
