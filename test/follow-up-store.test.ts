// Quarterly follow-up of the approved PEG (guide §5, §2.2.2.3) on both engines (SQLite,
// PostgreSQL): reports only for approved actions of the district, saved whole or not at all, replaced when re-sent;
// the entity's XLSX instrument filled as an entity would and read back; the map of actions by
// municipio over the bundled DANE boundaries of the Nordeste example district.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FOLLOW_UP_COLUMNS, FOLLOW_UP_SHEET } from '../src/lib/export/follow-up-columns';
import { followUpInstrument } from '../src/lib/export/follow-up-instrument';
import { xlsxWorkbook } from '../src/lib/export/xlsx-workbook';
import { ImportError } from '../src/lib/import/import-error';
import { readFollowUp } from '../src/lib/import/read-follow-up';
import { PEG_STATUSES } from '../src/lib/domain/peg-workflow';
import { actionsByMunicipio } from '../src/lib/geo/actions-by-municipio';
import { followUpMap, REACH_CLASSES } from '../src/lib/server/follow-up-map';
import { municipioShapes } from '../src/lib/server/municipio-shapes';
import { saveProgress } from '../src/lib/server/save-progress';
import { CLEAR, CONCEPT, pegAction } from './fixtures/peg-action';
import { RuleError } from '../src/lib/domain/errors/rule-error';
import type { Stores } from '../src/lib/domain/store/stores';
import { ENGINES, openTestDb, type TestDb } from './store-engines';

const D = 'nordeste-antioqueno';
const AT = '2026-11-28T15:00:00.000Z';
const TODAY = '2026-11-28';
const ACTOR = 'dme@minenergia.gov.co';

let db: TestDb;
let s: Stores;

/** An action taken through the workflow; approved by the mesa when `approve`. */
async function actionOf(over: Parameters<typeof pegAction>[0], approve = true): Promise<number> {
  const { id } = await s.peg.create(D, pegAction(over), CLEAR, ACTOR);
  for (const st of PEG_STATUSES.slice(1, PEG_STATUSES.indexOf('validada') + 1))
    await s.peg.move(D, id, st, st === 'validada' ? CONCEPT : null, null, ACTOR);
  if (approve) await s.peg.approveValidated(D, ACTOR, 'Aprobada en la sesión 2.');
  return id;
}
const plan = { baseline: 0, targets: [100, 200, 300, 400], start_date: '2026-01-01' };
const report = (action_id: number, quarter = '2026-T3', value: number | null = 70) => ({
  action_id,
  quarter,
  value,
  text: 'Se formalizaron unidades de producción.'
});

describe.each(ENGINES)('%s', (engine) => {
  beforeEach(async () => {
    db = await openTestDb(engine, { now: () => AT });
    s = db.stores;
  });
  afterEach(() => db.close());

  describe('§5 progress store', () => {
    it('keeps one report per action and quarter; sending it again replaces it, the audit keeps the old one', async () => {
      const id = await actionOf(plan);
      expect(await s.progress.report(D, [report(id)], ACTOR)).toEqual({ saved: 1, unchanged: 0 });
      // The same report again changes nothing and logs nothing.
      expect(await s.progress.report(D, [report(id)], ACTOR)).toEqual({ saved: 0, unchanged: 1 });
      await s.progress.report(
        D,
        [{ ...report(id), value: 75, text: 'Corregido.' }],
        'oap@anm.gov.co'
      );
      expect(await s.progress.list(D)).toEqual([
        {
          action_id: id,
          quarter: '2026-T3',
          value: 75,
          text: 'Corregido.',
          reported_by: 'oap@anm.gov.co',
          reported_at: AT
        }
      ]);
      const log = (await s.audit.list(D)).filter((e) => e.action === 'peg.seguimiento');
      expect(log).toHaveLength(2);
      const replaced = log.map((e) => JSON.stringify(e)).find((j) => j.includes('reemplazados'));
      expect(replaced).toContain(JSON.stringify(report(id).text).slice(1, -1));
      expect(replaced).toContain(ACTOR);
    });

    it('refuses a quarter that ended before the action started', async () => {
      const id = await actionOf(plan); // starts 2026-01-01
      await expect(
        s.progress.report(D, [{ ...report(id), quarter: '2025-T4' }], ACTOR)
      ).rejects.toThrow(
        new RuleError(
          'progress-refused',
          `La acción ${id} empieza el 2026-01-01: el T4 2025 (oct–dic) terminó antes.`
        )
      );
      expect(await s.progress.list(D)).toEqual([]);
    });

    it('refuses actions not yet approved or of another district, and saves nothing of the batch', async () => {
      const ok = await actionOf(plan);
      const validated = await actionOf(plan, false);
      await expect(s.progress.report(D, [report(ok), report(validated)], ACTOR)).rejects.toThrow(
        new RuleError(
          'progress-refused',
          `La acción ${validated} aún no está aprobada: el seguimiento es del PEG aprobado (§5).`
        )
      );
      await expect(s.progress.report('valle-del-cauca', [report(ok)], ACTOR)).rejects.toThrow(
        /no es del PEG de este distrito/
      );
      expect(await s.progress.list(D)).toEqual([]);
    });

    it('saveProgress checks every row first and names the rows', async () => {
      const id = await actionOf(plan);
      const rows = [
        { label: 'Fila 2', raw: report(id) },
        { label: 'Fila 3', raw: { ...report(id), quarter: '2027-T2' } },
        { label: 'Fila 4', raw: report(id) }
      ];
      expect(await saveProgress(s.progress, D, rows, TODAY, ACTOR)).toEqual({
        errors: [
          'Fila 3: El T2 2027 (abr–jun) aún no empieza: no se puede reportar.',
          `La acción ${id} aparece 2 veces para 2026-T3 (Fila 2, Fila 4).`
        ]
      });
      expect(await saveProgress(s.progress, D, [], TODAY, ACTOR)).toEqual({
        errors: ['No hay avances que guardar: el instrumento está vacío.']
      });
      expect(await s.progress.list(D)).toEqual([]);
      expect(await saveProgress(s.progress, D, rows.slice(0, 1), TODAY, ACTOR)).toEqual({
        saved: 1,
        unchanged: 0,
        message: 'Se guardó 1 reporte de avance.'
      });
      expect(await saveProgress(s.progress, D, rows.slice(0, 1), TODAY, ACTOR)).toMatchObject({
        message: 'Sin cambios: ese reporte ya estaba guardado.'
      });
    });
  });

  describe('§5 the entity instrument (XLSX) round trip', () => {
    it('lists the entity actions with the expected value and reads back what it filled', async () => {
      const id = await actionOf(plan);
      const other = await actionOf({ ...plan, entity: 'Corantioquia', component: 'ambiental' });
      const actions = (await s.peg.list(D)).filter(
        (a) => a.entity === 'Agencia Nacional de Minería'
      );
      const { data, instructions } = followUpInstrument({
        district: 'Nordeste Antioqueño',
        entity: 'Agencia Nacional de Minería',
        quarter: '2026-T3',
        actions,
        reports: [],
        session: { date: '2027-01-20', send: '2026-12-31', due: '2027-01-10' }
      });
      expect(data.rows.map((r) => r[0])).toEqual([id]);
      // 273 of 365 days into year 1 (started 2026-01-01; 2026-T3 closes 2026-10-01): 100 × 273/365 = 74.79.
      expect(data.rows[0]![data.header.indexOf(FOLLOW_UP_COLUMNS.expected)]).toBe(74.79);
      expect(instructions.rows).toContainEqual([
        'Fecha límite de respuesta (10 días antes)',
        '2027-01-10'
      ]);

      const bytes = await xlsxWorkbook(
        { name: FOLLOW_UP_SHEET, table: data },
        [],
        [{ name: 'Instrucciones', table: instructions }]
      );
      // The entity fills the two progress columns in Excel and sends the file back.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes.slice().buffer);
      const ws = wb.getWorksheet(FOLLOW_UP_SHEET)!;
      const col = (name: string) => data.header.indexOf(name) + 1;
      ws.getRow(2).getCell(col(FOLLOW_UP_COLUMNS.value)).value = 2.125;
      ws.getRow(2).getCell(col(FOLLOW_UP_COLUMNS.text)).value = 'Dos unidades formalizadas.';
      ws.addRow([other, 'ambiental']); // a row with nothing reported is skipped
      const filled = new Uint8Array(await wb.xlsx.writeBuffer());

      const rows = await readFollowUp({ name: 'anm.xlsx', bytes: filled });
      expect(rows).toEqual([
        {
          row: 2,
          raw: {
            action_id: String(id),
            quarter: '2026-T3',
            value: 2.125,
            text: 'Dos unidades formalizadas.'
          }
        }
      ]);
      const saved = await saveProgress(
        s.progress,
        D,
        rows.map((r) => ({ label: `Fila ${r.row}`, raw: r.raw })),
        TODAY,
        ACTOR
      );
      expect(saved).toMatchObject({ saved: 1 });
      expect((await s.progress.list(D))[0]).toMatchObject({ action_id: id, value: 2.125 });
    });

    it('a workbook without the instrument columns is an ImportError naming it', async () => {
      const bytes = await xlsxWorkbook(
        { name: 'Otra', table: { header: ['a', 'b'], rows: [[1, 2]] } },
        []
      );
      await expect(readFollowUp({ name: 'otro.xlsx', bytes })).rejects.toThrow(ImportError);
      await expect(readFollowUp({ name: 'otro.xlsx', bytes })).rejects.toThrow(/otro\.xlsx/);
    });
  });

  describe('§5 map of actions by municipio (bundled DANE boundaries)', () => {
    it('shades the ten Nordeste municipios by how many actions reach them', async () => {
      const codes = (await s.districts.get(D))!.municipios;
      const shapes = municipioShapes(codes);
      expect(
        shapes
          .filter((x) => x.inDistrict)
          .map((x) => x.id)
          .sort()
      ).toEqual([...codes].sort());
      expect(shapes.some((x) => !x.inDistrict)).toBe(true); // neighbours for context
      // Segovia (05736) twice, Remedios (05604) once.
      const reach = actionsByMunicipio(
        [
          { id: 1, territory: { municipios: ['05736', '05604'], area: null } },
          { id: 2, territory: { municipios: ['05736'], area: null } }
        ],
        shapes.filter((x) => x.inDistrict)
      );
      const { svg } = followUpMap(shapes, reach);
      expect(svg).toContain('>Segovia (2)<');
      expect(svg).toContain('>Remedios (1)<');
      expect(svg).toContain('>Amalfi (0)<');
      const painted = (color: string) => new RegExp(`<path [^>]*fill="${color}"`);
      for (const c of REACH_CLASSES.slice(0, 3)) expect(svg).toMatch(painted(c.color));
      expect(svg).not.toMatch(painted(REACH_CLASSES[3].color)); // nobody reaches 4
    });
  });
});
