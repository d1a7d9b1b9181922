// The acta of a mesa's session as DOCX (guide §2.1.2 iii: participants, decisions, votes,
// commitments; sent within 5 business days; §2.2.2.2 agenda; §2.2.1 convocation): a session
// stored (on each engine), convened, attended, voted and with a commitment, written and read back
// unzipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actaDocx } from '../src/lib/export/acta-docx';
import { docxParts, type DocxParts } from './fixtures/docx-parts';
import type { Stores } from '../src/lib/domain/store/stores';
import { ENGINES, openTestDb, type TestDb } from './store-engines';

const D = 'nordeste-antioqueno';
describe.each(ENGINES)('acta on %s', (engine) => {
  let db: TestDb;
  let s: Stores;
  let doc: DocxParts;

  beforeAll(async () => {
    db = await openTestDb(engine, { now: () => '2027-03-17T20:00:00.000Z' });
    s = db.stores;
    const actor = 'secretaria@mme.gov.co';
    // Wednesday 17 March 2027: the acta is due after San José (22) and Holy Thursday and Friday.
    const session = await s.mesas.create(
      D,
      {
        mesa: 'distrital',
        number: 2,
        kind: 'ordinaria',
        date: '2027-03-17',
        place: 'Segovia',
        objective: 'Validar el PEG',
        entities: ['MME', 'ANM', 'Gobernación de Antioquia']
      },
      actor
    );
    // 17 March − 15 days = Tuesday 2 March 2027; sent Friday 5 March, 3 days late.
    await s.mesas.convene(D, session.id, '2027-03-05', actor);
    await s.mesas.attend(
      D,
      session.id,
      [
        { entity: 'MME', mode: 'titular', delegate: null },
        { entity: 'ANM', mode: 'delegado', delegate: 'Luis Gómez', writtenDelegation: true },
        { entity: 'Gobernación de Antioquia', mode: 'delegado', delegate: 'Sara Ruiz' }
      ],
      { attendees: null, selfRecognized: null, professionals: null },
      actor
    );
    await s.mesas.vote(
      D,
      session.id,
      {
        subject: 'Cronograma de mesas zonales',
        rule: 'mayoria_simple',
        yes: 2,
        no: 0,
        abstain: 0,
        approvesPeg: false
      },
      actor
    );
    await s.mesas.commit(
      D,
      session.id,
      { text: 'Enviar la matriz de títulos', responsible: 'ANM', due: '2027-04-15' },
      actor
    );
    const bytes = await actaDocx(
      await s.mesas.get(D, session.id),
      'Nordeste Antioqueño',
      new Date('2027-03-17T20:00:00Z')
    );
    doc = docxParts(bytes);
  });

  afterAll(async () => {
    await db?.close();
  });

  const text = () => doc.paragraphs.map((p) => p.text).join('\n');
  const index = (re: RegExp) => doc.paragraphs.findIndex((p) => re.test(p.text));

  describe('acta DOCX (§2.1.2 iii)', () => {
    it('names the session, the mesa and the district', () => {
      expect(text()).toContain('ACTA DE LA SESIÓN 2 (ORDINARIA)');
      expect(text()).toContain(
        'Mesa de trabajo interinstitucional distrital — Distrito «Nordeste Antioqueño»'
      );
    });

    it('lists the participants; a delegate without written delegation has voice but no vote', () => {
      const [participants] = doc.tables;
      expect(participants!.slice(1)).toEqual([
        ['MME', 'Titular', '', ''],
        ['ANM', 'Delegado', 'Luis Gómez', 'Sí'],
        ['Gobernación de Antioquia', 'Delegado', 'Sara Ruiz', 'No (voz sin voto)']
      ]);
      expect(text()).toContain('Quórum: 2 de 3 entidades presentes con voto; se requieren 2');
    });

    it('records the vote and the commitment', () => {
      const [, votes, commitments] = doc.tables;
      expect(votes![1]!.slice(0, 5)).toEqual([
        'Cronograma de mesas zonales',
        expect.stringContaining('Mayoría simple'),
        '2',
        '0',
        '0'
      ]);
      expect(votes![1]![5]).toContain('Aprobada');
      expect(commitments![1]).toEqual(['Enviar la matriz de títulos', 'ANM', '2027-04-15']);
    });

    it('is due 5 business days later: Monday 29 March 2027 (after San José and Holy Week)', () => {
      expect(text()).toContain('a más tardar el 2027-03-29 (5 días hábiles)');
    });
  });

  describe('acta DOCX: convocation (§2.2.1) and agenda (§2.2.2.2)', () => {
    it('states the convocation was sent 3 days after its deadline', () => {
      expect(text()).toContain('Convocatoria: Tardía: enviada el 2027-03-05');
      expect(text()).toContain('3 días después del plazo (2027-03-02)');
    });

    it('lists the second session’s agenda, numbered, before the participants', () => {
      const install = index(/^1\. Instalación de la mesa — .*ministra\(o\) de Minas y Energía/);
      const validation = index(/^5\. Validación del Plan Estratégico de Gestión/);
      const closing = index(/^6\. Varios y cierre del espacio$/);
      const participants = index(/^2\. Participantes$/);
      expect(text()).toContain('§2.2.2.2');
      expect(install).toBeGreaterThan(index(/^1\. Orden del día$/));
      expect(validation).toBeGreaterThan(install);
      expect(closing).toBe(validation + 1);
      expect(participants).toBeGreaterThan(closing);
    });

    it('a thematic session without a recorded convocation gives its deadline and representatives', async () => {
      const t = await s.mesas.create(
        D,
        {
          mesa: 'tematica',
          number: 1,
          kind: 'ordinaria',
          date: '2027-04-20',
          place: 'Remedios',
          objective: 'Mesa zonal',
          entities: ['ANM']
        },
        'secretaria@mme.gov.co'
      );
      await s.mesas.attend(
        D,
        t.id,
        [],
        {
          attendees: 27,
          selfRecognized: 6,
          professionals: 2,
          representatives: 2,
          ethnicOrganizations: true,
          ethnicRepresentatives: 1
        },
        'secretaria@mme.gov.co'
      );
      const parts = docxParts(await actaDocx(await s.mesas.get(D, t.id), 'Nordeste', new Date()));
      const all = parts.paragraphs.map((p) => p.text).join('\n');
      // 20 April − 15 days = Monday 5 April 2027, a business day (Easter 2027 was 28 March).
      expect(all).toContain('Sin fecha de envío registrada; el plazo vencía el 2027-04-05');
      expect(all).toContain('Representantes elegidos: 2; participan organizaciones étnicas');
      expect(all).toContain('§2.3.4');
    });
  });
});
