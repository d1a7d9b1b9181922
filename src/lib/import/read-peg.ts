// Re-import of a PEG workbook filled offline (export/peg-table.ts): the sheet «PEG» (or any with
// the plan's header) is read row by row into the raw objects validatePegAction checks. A row with
// an N.º updates that action; one without creates a new action. Municipios are read as DANE codes
// (a code Excel turned into a number gets its leading zero back). A damaged or foreign file is an
// ImportError naming it.
import { PEG_COLUMNS, PEG_SHEET, YES, type PegColumn } from '../export/peg-columns';
import { ImportError, type InputFile } from './import-error';
import { cellText, workbookSheets } from './workbook-sheets';

export interface PegRow {
  /** Row number in the sheet (1-based, as Excel shows it). */
  row: number;
  id: number | null;
  raw: Record<string, unknown>;
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const text = cellText;

const KEYS = Object.keys(PEG_COLUMNS) as PegColumn[];

export async function readPeg(file: InputFile): Promise<PegRow[]> {
  const ordered = await workbookSheets(file, PEG_SHEET);
  for (const { data = [] } of ordered) {
    const h = data.slice(0, 20).findIndex((r) => {
      const cells = r.map((c) => fold(text(c)));
      return (
        cells.includes(fold(PEG_COLUMNS.action)) && cells.includes(fold(PEG_COLUMNS.component))
      );
    });
    if (h < 0) continue;
    const header = data[h]!.map((c) => fold(text(c)));
    const col = Object.fromEntries(
      KEYS.map((k) => [k, header.indexOf(fold(PEG_COLUMNS[k]))])
    ) as Record<PegColumn, number>;
    const out: PegRow[] = [];
    data.slice(h + 1).forEach((r, i) => {
      const get = (k: PegColumn) => (col[k] >= 0 ? text(r[col[k]]) : '');
      // A numeric cell stays a number: as text, 2.125 would read as 2125 (Colombian thousands).
      const num = (k: PegColumn) => {
        const v = col[k] >= 0 ? r[col[k]] : undefined;
        return typeof v === 'number' ? v : get(k);
      };
      if (!KEYS.some((k) => get(k))) return;
      const id = /^\d+$/.test(get('id')) ? Number(get('id')) : null;
      const codes = [...get('municipios').matchAll(/\b\d{4,5}\b/g)].map((m) =>
        m[0].padStart(5, '0')
      );
      out.push({
        row: h + i + 2,
        id,
        raw: {
          component: get('component'),
          hito: get('hito'),
          action: get('action'),
          entity: get('entity'),
          contact: get('contact'),
          email: get('email'),
          indicator: get('indicator'),
          crema: Object.fromEntries(
            (['claro', 'relevante', 'economico', 'medible', 'adecuado'] as const).map((c) => [
              c,
              fold(get(c)) === fold(YES) || fold(get(c)) === 'si'
            ])
          ),
          baseline: num('baseline'),
          targets: [num('target1'), num('target2'), num('target3'), num('target4')],
          budget_cop: num('budget'),
          start_date: get('start'),
          impact: get('impact'),
          level: get('level'),
          territory: { municipios: codes, area: null }
        }
      });
    });
    return out;
  }
  throw new ImportError(
    file.name,
    `ninguna hoja tiene las columnas del PEG («${PEG_COLUMNS.component}», «${PEG_COLUMNS.action}»…).`
  );
}
