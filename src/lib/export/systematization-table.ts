// The systematization matrix of a publication period (guide §1.2): one row per comment received,
// with its channel, content, moderation, official answer and the decision on it. E-mails stay out
// (the matrix is published with the final resolution). For CSV, text that a spreadsheet would run
// as a formula (= + - @ at the start) is prefixed with an apostrophe.
import { CHANNEL_LABELS, DECISION_LABELS, STATUS_LABELS } from '../domain/comment-fields';
import { isoToBogota } from '../domain/publication-period';
import type { Cell, ExportTable } from './export-table';
import type { CommentRecord } from '../domain/model/comment';

const HEADER = [
  'N.º',
  'Fecha de recepción (hora de Colombia)',
  'Canal',
  'Nombre',
  'Organización',
  'Municipio',
  'Componente',
  'Ubicación',
  'Observación',
  'Estado',
  'Motivo de ocultamiento',
  'Respuesta',
  'Decisión',
  'Justificación',
  'Parte del proyecto que modifica',
  'Sistematizado por'
];

const FORMULA = /^[=+\-@\t\r]/;

export function systematizationTable(
  comments: readonly CommentRecord[],
  municipioName: (code: string) => string,
  forCsv = false
): ExportTable {
  const text = (s: string | null): Cell => (s && forCsv && FORMULA.test(s) ? `'${s}` : s);
  return {
    header: HEADER,
    rows: comments.map((c) => [
      c.id,
      isoToBogota(c.received_at).replace('T', ' '),
      CHANNEL_LABELS[c.channel],
      text(c.nombre),
      text(c.organizacion),
      c.municipio ? `${municipioName(c.municipio)} (${c.municipio})` : null,
      c.componente,
      c.geometria ? (c.geometria.type === 'Point' ? 'Punto' : 'Área') : null,
      text(c.texto),
      STATUS_LABELS[c.status],
      text(c.moderation_reason),
      text(c.answer),
      c.decision ? DECISION_LABELS[c.decision] : null,
      text(c.justification),
      text(c.draft_part),
      c.systematized_by
    ])
  };
}
