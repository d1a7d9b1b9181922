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
    // The 2025 schema (latest act in ULTIMO_*, AREA_TOTAL). One NOMBRE repeats among the 927
    // national resguardos, so the key is the ANT's ID.
    id: 'ant-resguardos-2025',
    title: 'Resguardos indígenas formalizados (ANT, esquema 2025)',
    producer: 'Agencia Nacional de Tierras (ANT)',
    kind: 'étnico',
    fields: [
      'ID',
      'NOMBRE',
      'ULTIMO_TIP',
      'ULTIMO_NUM',
      'ULTIMA_FEC',
      'AREA_TOTAL',
      'PUEBLO',
      'DEPARTAMEN',
      'MUNICIPIO'
    ],
    keyField: 'ID',
    nameField: 'NOMBRE',
    dateField: 'ULTIMA_FEC'
  },
  {
    // RUNAP's national layer (fields in lower case there); ap_nombre repeats (many RNSC «La
    // Esperanza»), so the key is ap_id.
    id: 'runap-areas-protegidas',
    title: 'Áreas protegidas RUNAP (PNN)',
    producer: 'Parques Nacionales Naturales de Colombia (RUNAP)',
    kind: 'ambiental',
    fields: [
      'AP_ID',
      'AP_NOMBRE',
      'AP_CATEGOR',
      'CONDICION',
      'ORGANIZACI',
      'FECHA_REGI',
      'AREA_HA_TO'
    ],
    keyField: 'AP_ID',
    nameField: 'AP_NOMBRE',
    dateField: 'FECHA_REGI'
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
