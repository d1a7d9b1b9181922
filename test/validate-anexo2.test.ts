// The anexo 2 API input checks: accepted and rejected bodies of PUT /api/distritos/[id]/anexo2.
import { describe, expect, test } from 'vitest';
import { ANEXO2_ASPECTS } from '../src/lib/domain/anexo2-aspects';
import {
  aspectError,
  isAnexo2Aspect,
  validateAnexo2
} from '../src/lib/server/store/validate-anexo2';

const edit = (over: Record<string, unknown> = {}) => ({
  aspecto: 'etnica',
  respuesta: 'El Ministerio del Interior certificó presencia.',
  suficiente: 'parcialmente',
  propuestas: 'Pedir la certificación de la DANCP.',
  ...over
});
const body = (...ediciones: unknown[]) => ({ ediciones });
const error = (b: unknown) => {
  const r = validateAnexo2(b);
  return r.ok ? 'aceptado' : r.error;
};

describe('validateAnexo2 accepts', () => {
  test('one edit, turned into the store shape, without a version', () => {
    expect(validateAnexo2(body(edit()))).toEqual({
      ok: true,
      value: [
        {
          aspect: 'etnica',
          respuesta: 'El Ministerio del Interior certificó presencia.',
          suficiente: 'parcialmente',
          propuestas: 'Pedir la certificación de la DANCP.'
        }
      ]
    });
  });

  test('all seven aspects at once, with versions 0 and up and every sufficiency', () => {
    const sufficiency = ['sí', 'parcialmente', 'no', null];
    const r = validateAnexo2(
      body(
        ...ANEXO2_ASPECTS.map((a, i) =>
          edit({ aspecto: a.id, suficiente: sufficiency[i % 4], version: i })
        )
      )
    );
    expect(r.ok && r.value.map((e) => [e.aspect, e.suficiente, e.version])).toEqual(
      ANEXO2_ASPECTS.map((a, i) => [a.id, sufficiency[i % 4], i])
    );
  });

  test('empty texts, 5,000 characters with accents, tabs and line breaks', () => {
    const long = 'ñ'.repeat(4998) + '\t\n';
    const r = validateAnexo2(body(edit({ respuesta: '', propuestas: long, suficiente: null })));
    expect(r.ok && r.value[0]).toMatchObject({ respuesta: '', propuestas: long, suficiente: null });
  });

  test('decomposed accents as NFC (also «sí») and Windows line ends as \\n', () => {
    const r = validateAnexo2(
      body(edit({ respuesta: 'Boli\u0301var\r\nCo\u0301rdoba\r', suficiente: 'si\u0301' }))
    );
    expect(r.ok && r.value[0]).toMatchObject({
      respuesta: 'Bolívar\nCórdoba\n',
      suficiente: 'sí'
    });
  });

  test('SQL-looking text as it is', () => {
    const sql = "'); DROP TABLE anexo2_edits;--";
    const r = validateAnexo2(body(edit({ respuesta: sql })));
    expect(r.ok && r.value[0]?.respuesta).toBe(sql);
  });
});

describe('validateAnexo2 rejects, in Spanish', () => {
  test.each([
    ['not an object', [], 'El cuerpo debe ser un objeto JSON.'],
    ['null', null, 'El cuerpo debe ser un objeto JSON.'],
    ['an unknown field', { ediciones: [edit()], x: 1 }, 'Campo desconocido «x» en el anexo 2.'],
    ['ediciones missing', {}, '«ediciones» debe ser una lista.'],
    ['ediciones not a list', { ediciones: edit() }, '«ediciones» debe ser una lista.'],
    ['no edits', body(), 'No hay nada que guardar.'],
    ['an edit that is not an object', body('texto'), 'ediciones[0] debe ser un objeto.'],
    [
      'an unknown field in an edit',
      body(edit({ autor: 'yo' })),
      'Campo desconocido «autor» en ediciones[0].'
    ],
    [
      'a missing column',
      body(edit(), { aspecto: 'minero', respuesta: '', suficiente: null }),
      'Falta «propuestas» en ediciones[1].'
    ],
    ['a missing aspect', body(edit({ aspecto: undefined })), 'Falta «aspecto»'],
    [
      'an unknown aspect',
      body(edit({ aspecto: 'Étnica' })),
      'ediciones[0]: «Étnica» no es un aspecto del anexo 2: use uno de socioeconomica, etnica, bioculturales, ordenamiento, agropecuarias, minero, otros_sectores.'
    ],
    [
      'a respuesta that is not text',
      body(edit({ respuesta: 3 })),
      'El campo «respuesta» de ediciones[0] («etnica») debe ser texto.'
    ],
    [
      'propuestas of 5,001 characters',
      body(edit({ propuestas: 'a'.repeat(5001) })),
      'El campo «propuestas» de ediciones[0] («etnica») tiene más de 5000 caracteres.'
    ],
    [
      'a NUL character',
      body(edit({ respuesta: 'a\u0000b' })),
      'El campo «respuesta» de ediciones[0] («etnica») no puede tener caracteres de control.'
    ],
    [
      'an escape character',
      body(edit({ propuestas: '\u001b[31m' })),
      'no puede tener caracteres de control'
    ],
    ['a C1 control character', body(edit({ propuestas: 'x\u0085' })), 'caracteres de control'],
    ['suficiente «Sí»', body(edit({ suficiente: 'Sí' })), '«suficiente» de ediciones[0]'],
    ['suficiente «si» without accent', body(edit({ suficiente: 'si' })), 'debe ser «sí»'],
    ['suficiente missing', body(edit({ suficiente: undefined })), 'Falta «suficiente»'],
    ['suficiente true', body(edit({ suficiente: true })), '«parcialmente», «no» o null'],
    ['a negative version', body(edit({ version: -1 })), 'debe ser un entero de 0 en adelante'],
    ['a fractional version', body(edit({ version: 1.5 })), '«version» de ediciones[0]'],
    ['a version as text', body(edit({ version: '2' })), '«version» de ediciones[0]'],
    [
      'an aspect twice',
      body(edit(), edit({ respuesta: 'otra' })),
      'El aspecto «etnica» está repetido en «ediciones».'
    ],
    [
      'eight edits',
      body(...ANEXO2_ASPECTS.map((a) => edit({ aspecto: a.id })), edit()),
      '«ediciones» admite hasta 7 aspectos'
    ]
  ])('%s', (_, b, message) => {
    expect(error(b)).toContain(message);
  });
});

describe('aspect ids', () => {
  test('are exactly the seven of anexo2-aspects.ts', () => {
    for (const a of ANEXO2_ASPECTS) expect(isAnexo2Aspect(a.id)).toBe(true);
    for (const v of [null, '', 'ETNICA', 'otros sectores', 'toString', 0])
      expect(isAnexo2Aspect(v)).toBe(false);
  });

  test('a missing or unknown one gets a message listing the valid ids', () => {
    expect(aspectError(null)).toBe(
      'Falta «aspecto»: uno de socioeconomica, etnica, bioculturales, ordenamiento, agropecuarias, minero, otros_sectores.'
    );
    expect(aspectError('x')).toMatch(/^«x» no es un aspecto del anexo 2/);
  });
});
