// The PEG workbook (guide §3, anexo 2 plan columns): written with exceljs, edited as an entity
// would (exceljs), read back with the re-import reader, and checked by the same validation.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PEG_COLUMNS, PEG_SHEET } from '../src/lib/export/peg-columns';
import { pegTable } from '../src/lib/export/peg-table';
import { xlsxWorkbook } from '../src/lib/export/xlsx-workbook';
import { ImportError } from '../src/lib/import/import-error';
import { keepDrawnArea } from '../src/lib/import/keep-drawn-area';
import { readPeg } from '../src/lib/import/read-peg';
import { validatePegAction, type PegActionInput } from '../src/lib/domain/peg-action';
import type { PegAction } from '../src/lib/domain/model/peg';

const INPUT: PegActionInput = {
  component: 'ambiental',
  hito: 'Reconversión productiva',
  action: 'Restauración de 120 ha de rondas hídricas',
  entity: 'Corantioquia',
  contact: 'María Ríos',
  email: 'mrios@corantioquia.gov.co',
  indicator: 'Hectáreas restauradas',
  crema: { claro: true, relevante: true, economico: false, medible: true, adecuado: true },
  baseline: 0,
  targets: [20, 50, 90, 120],
  budget_cop: 850_000_000,
  start_date: '2027-04-01',
  impact: 'Menos sedimentos en el río Porce',
  level: 'departamental',
  territory: { municipios: ['05031', '05040'], area: null }
};

const action = (over: Partial<PegAction> = {}): PegAction => ({
  ...INPUT,
  id: 7,
  district_id: 'nordeste-antioqueno',
  status: 'oap',
  concept: null,
  flag: 'sin_registro',
  screen: { code: 'accion', flag: 'sin_registro', evidence: [] },
  version: 3,
  created_by: 'a@b.co',
  created_at: '2027-01-01T00:00:00Z',
  updated_by: 'a@b.co',
  updated_at: '2027-01-01T00:00:00Z',
  ...over
});

const names = (c: string) => ({ '05031': 'Amalfi', '05040': 'Anorí' })[c] ?? c;
const DISTRICT = ['05031', '05040', '05604'];

async function workbook(actions: PegAction[]) {
  return xlsxWorkbook({ name: PEG_SHEET, table: pegTable(actions, names) }, []);
}

describe('PEG workbook (§3, anexo 2)', () => {
  it('round-trips an action: export, read back, validate — the same input', async () => {
    const rows = await readPeg({ name: 'peg.xlsx', bytes: await workbook([action()]) });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(7);
    expect(rows[0]!.row).toBe(2);
    const checked = validatePegAction(rows[0]!.raw, DISTRICT);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.value).toEqual(INPUT);
  });

  it('reads an entity edit and a new row typed in Excel (codes that lost their zero included)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await workbook([action()])) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(PEG_SHEET)!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    sheet.getRow(2).getCell(col(PEG_COLUMNS.target4)).value = 150;
    // A numeric cell with three decimals stays 0.125, not 125 (Colombian thousands in text).
    sheet.getRow(2).getCell(col(PEG_COLUMNS.baseline)).value = 0.125;
    const added = sheet.getRow(3);
    const values: [string, unknown][] = [
      [PEG_COLUMNS.component, 'social'],
      [PEG_COLUMNS.hito, 'Asociatividad'],
      [PEG_COLUMNS.action, 'Escuela de liderazgo para mujeres mineras'],
      [PEG_COLUMNS.entity, 'SENA'],
      [PEG_COLUMNS.contact, 'Luis Pérez'],
      [PEG_COLUMNS.email, 'lperez@sena.edu.co'],
      [PEG_COLUMNS.indicator, 'Mujeres certificadas'],
      [PEG_COLUMNS.claro, 'Sí'],
      [PEG_COLUMNS.target1, 30],
      [PEG_COLUMNS.start, new Date(Date.UTC(2027, 5, 1))],
      [PEG_COLUMNS.impact, 'Más mujeres en la dirección de las asociaciones'],
      [PEG_COLUMNS.level, 'municipal'],
      [PEG_COLUMNS.municipios, 5604] // Remedios, as Excel keeps a number
    ];
    for (const [name, v] of values) added.getCell(col(name)).value = v as ExcelJS.CellValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const rows = await readPeg({ name: 'diligenciado.xlsx', bytes });
    expect(rows.map((r) => r.id)).toEqual([7, null]);
    const [edited, created] = rows.map((r) => validatePegAction(r.raw, DISTRICT));
    if (!edited?.ok || !created?.ok) throw new Error('expected valid rows');
    expect(edited.value.targets).toEqual([20, 50, 90, 150]);
    expect(edited.value.baseline).toBe(0.125);
    expect(created.value).toMatchObject({
      component: 'social',
      start_date: '2027-06-01',
      crema: { claro: true, relevante: false },
      targets: [30, null, null, null],
      territory: { municipios: ['05604'], area: null }
    });
  });

  it('an action drawn as an area: the sheet says so, and the re-import keeps the saved area', async () => {
    const area = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [-75, 6.5],
          [-74.95, 6.5],
          [-74.95, 6.55],
          [-75, 6.5]
        ]
      ]
    };
    const drawn = action({ territory: { municipios: [], area } });
    const table = pegTable([drawn], names);
    expect(table.rows[0]![table.header.indexOf(PEG_COLUMNS.municipios)]).toBe('área dibujada');
    const [row] = await readPeg({ name: 'peg.xlsx', bytes: await workbook([drawn]) });
    // The sheet alone has no territory; with the saved action the area comes back unchanged.
    expect(validatePegAction(row!.raw, DISTRICT).ok).toBe(false);
    const checked = validatePegAction(keepDrawnArea(row!.raw, drawn), DISTRICT);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.value).toEqual({ ...INPUT, territory: { municipios: [], area } });
    // A row that now names municipios replaces the area with them.
    const named = { ...row!.raw, territory: { municipios: ['05031'], area: null } };
    expect(keepDrawnArea(named, drawn).territory).toEqual({ municipios: ['05031'], area: null });
  });

  it('a workbook without the PEG columns is an ImportError naming the file', async () => {
    const other = await xlsxWorkbook({ name: 'Otra', table: { header: ['a'], rows: [[1]] } }, []);
    await expect(readPeg({ name: 'otro.xlsx', bytes: other })).rejects.toThrow(ImportError);
    await expect(readPeg({ name: 'otro.xlsx', bytes: other })).rejects.toThrow('otro.xlsx');
  });
});
