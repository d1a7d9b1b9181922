// The acta of a mesa's session as a Word document (guide §2.1.2 iii): date, place and objective,
// the convocation's date against its deadline, the guide's agenda (§2.2.2.x), the participants with their attendance and delegations, the quorum, the aggregate counts (never
// per person), the decisions with their votes, the commitments with who and when, the date the
// acta is due (5 business days) and spaces for the signatures. Works in Node and the browser.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { convocationStatus } from '../domain/convocation-status';
import { actaDue, convocationDeadline } from '../domain/mesa-deadlines';
import { quorum } from '../domain/mesa-quorum';
import { RULE_LABELS } from '../domain/mesa-vote';
import { sessionAgenda } from '../domain/session-agenda';
import { bullets, heading, para, table, termPara, type Block } from './docx-blocks';
import type { MesaSession } from '../domain/model/mesa';

const MESA = {
  distrital: 'Mesa de trabajo interinstitucional distrital',
  tematica: 'Mesa temática o zonal',
  mtin: 'Mesa de Trabajo Interinstitucional Nacional (MTIN)'
};
const MODE = { titular: 'Titular', delegado: 'Delegado', ausente: 'Ausente' };

const convocation = (s: MesaSession): string =>
  s.convocation_sent
    ? convocationStatus(s.convocation_sent, s).text
    : `Sin fecha de envío registrada; el plazo vencía el ${convocationDeadline(s.date, s.mesa, s.kind).latest}.`;

/** The guide's agenda, numbered, with who leads each item (DANCP's determination not recorded). */
function agenda(s: MesaSession): Block[] {
  const a = sessionAgenda(s, null);
  if (!a.items.length) return [para('La guía no fija un orden del día para esta sesión.')];
  return [
    para(`Según la guía metodológica, ${a.section}.`, { italics: true }),
    ...a.items.map((item, i) =>
      para(
        `${i + 1}. ${item.title}${item.lead ? ` — ${item.lead}` : ''}${item.condition ? ` (${item.condition})` : ''}`
      )
    ),
    ...(a.note ? [para(a.note, { italics: true })] : [])
  ];
}

export async function actaDocx(
  s: MesaSession,
  district: string,
  generated: Date
): Promise<Uint8Array> {
  const n = { table: 0, figure: 0 };
  const q = quorum(s.attendance.length, s.attendance);
  const body: Block[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({
          text: `ACTA DE LA SESIÓN ${s.number} (${s.kind.toUpperCase()})`,
          bold: true,
          size: 28
        })
      ]
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: `${MESA[s.mesa]} — Distrito «${district}»`, size: 24 })]
    }),
    termPara('Fecha', s.date),
    termPara('Lugar', s.place),
    termPara('Objetivo', s.objective),
    termPara('Convocatoria', convocation(s)),
    heading('1. Orden del día', 2),
    ...agenda(s),
    heading('2. Participantes', 2),
    ...table(
      n,
      'Entidades convocadas y su asistencia.',
      ['Entidad', 'Asistencia', 'Delegado', 'Delegación escrita'],
      s.attendance.map((a) => [
        a.entity,
        MODE[a.mode],
        a.delegate ?? '',
        a.mode === 'delegado' ? (a.writtenDelegation ? 'Sí' : 'No (voz sin voto)') : ''
      ])
    ),
    para(
      `Quórum: ${q.present} de ${q.members} entidades presentes con voto; se requieren ${q.required} (la mitad más uno). ${q.met ? 'Hubo quórum para deliberar y decidir.' : 'No hubo quórum para decidir.'}`
    ),
    ...(s.attendees !== null
      ? [
          para(
            `Asistentes: ${s.attendees}; profesionales: ${s.professionals ?? 0}; con algún autorreconocimiento (dato voluntario, solo como total): ${s.self_recognized ?? 0}.`
          )
        ]
      : []),
    ...(s.representatives !== null
      ? [
          para(
            `Representantes elegidos: ${s.representatives}; ${s.ethnic_organizations ? `participan organizaciones étnicas, que designaron ${s.ethnic_representatives ?? 0}` : 'sin participación de organizaciones étnicas'}.`
          )
        ]
      : []),
    heading('3. Decisiones y votaciones', 2),
    ...(s.votes.length
      ? table(
          n,
          'Votaciones de la sesión.',
          ['Asunto', 'Regla', 'A favor', 'En contra', 'Abstenciones', 'Resultado'],
          s.votes.map((v) => [
            v.subject,
            RULE_LABELS[v.rule],
            String(v.yes),
            String(v.no),
            String(v.abstain),
            v.reason
          ]),
          { right: [2, 3, 4] }
        )
      : [para('No se sometieron decisiones a votación; los acuerdos se adoptaron por consenso.')]),
    heading('4. Compromisos', 2),
    ...(s.commitments.length
      ? table(
          n,
          'Compromisos, responsables y fechas.',
          ['Compromiso', 'Responsable', 'Fecha'],
          s.commitments.map((c) => [c.text, c.responsible, c.due ?? ''])
        )
      : [para('No se registraron compromisos.')]),
    heading('5. Aprobación del acta', 2),
    ...bullets([
      `La Secretaría Técnica remite esta acta a las entidades miembro a más tardar el ${actaDue(s.date)} (5 días hábiles).`,
      'Se aprueba en la siguiente sesión ordinaria o por validación electrónica por mayoría simple de los miembros.'
    ]),
    para(''),
    para('______________________________            ______________________________'),
    para('Presidencia                                              Secretaría Técnica'),
    para(`Borrador generado por Atlas DMEDP el ${generated.toISOString().slice(0, 10)}.`, {
      italics: true
    })
  ];
  const doc = new Document({
    creator: 'Atlas DMEDP',
    title: `Acta — sesión ${s.number} — ${district}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children: body }]
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
