// Known official schemas: the fields that identify a layer, which field is its key, its name and
// its date, and what kind of layer it is (kind drives meaning downstream: étnico → consulta previa;
// ambiental → restriction; minero → mining analysis). Unknown schemas go to the mapping dialog.
import type { ConstraintKind } from '../domain/constraint-matrix';

export interface FieldMapping {
  kind: ConstraintKind;
  keyField: string;
  nameField: string;
  dateField: string | null;
}

export interface LayerPreset extends FieldMapping {
  id: string;
  title: string;
  producer: string;
  /** Every one of these must be present (case-insensitive) for the preset to apply. */
  fields: readonly string[];
}

export const LAYER_PRESETS: readonly LayerPreset[] = [
  {
    id: 'anm-titulos',
    title: 'Títulos mineros (ANM, TMIN19ANMIMULKV1)',
    producer: 'Agencia Nacional de Minería (ANM)',
    kind: 'minero',
    fields: [
      'CODIGO_EXP',
      'CODIGO_RMN',
      'FECHA_INSC',
      'ESTADO_EXP',
      'MODALIDADE',
      'MINERALES',
      'TITULARES',
      'MUNICIPIOS',
      'FECHA_TERM'
    ],
    keyField: 'CODIGO_EXP',
    nameField: 'CODIGO_EXP',
    dateField: 'FECHA_INSC'
  },
  {
    id: 'ant-resguardos',
    title: 'Resguardos indígenas (ANT)',
    producer: 'Agencia Nacional de Tierras (ANT)',
    kind: 'étnico',
    fields: [
      'NOMBRE',
      'PUEBLO',
      'TIPO_ACTO_',
      'NUMERO_ACT',
      'FECHA_ACTO',
      'AREA_ACTO_',
      'MUNICIPIO',
      'DEPARTAMEN'
    ],
    keyField: 'NOMBRE',
    nameField: 'NOMBRE',
    dateField: 'FECHA_ACTO'
  },
  {
    id: 'ant-zrc',
    title: 'Zonas de reserva campesina (ANT)',
    producer: 'Agencia Nacional de Tierras (ANT)',
    kind: 'ordenamiento',
    fields: ['NOMBRE_ZONA_RESERVA_CAMPESINA', 'RESOLUCION_RESERVA_CAMPESINA', 'AREA_HA'],
    keyField: 'NOMBRE_ZONA_RESERVA_CAMPESINA',
    nameField: 'NOMBRE_ZONA_RESERVA_CAMPESINA',
    dateField: null
  }
];

/** The preset whose fields the layer has, with the field names as the file spells them. */
export function matchPreset(fields: readonly string[]): LayerPreset | null {
  const byUpper = new Map(fields.map((f) => [f.toUpperCase(), f]));
  for (const p of LAYER_PRESETS) {
    if (!p.fields.every((f) => byUpper.has(f))) continue;
    const actual = (f: string) => byUpper.get(f.toUpperCase()) ?? f;
    return {
      ...p,
      keyField: actual(p.keyField),
      nameField: actual(p.nameField),
      dateField: p.dateField ? actual(p.dateField) : null
    };
  }
  return null;
}

/** Key under which a user's mapping is remembered: the same fields, in any order or case. */
export const schemaKey = (fields: readonly string[]) =>
  [...fields]
    .map((f) => f.toUpperCase())
    .sort()
    .join('|');
