// Reads a follow-up instrument filled by an entity (export/follow-up-instrument.ts): from the
// sheet «Seguimiento» (or any with its header), the rows where something was reported — the
// action's N.º, the quarter and the two progress columns — as raw values for validateProgress.
// Rows left blank are skipped: the entity reports what it has. A foreign file is an ImportError.
import { FOLLOW_UP_COLUMNS, FOLLOW_UP_SHEET } from '../export/follow-up-columns';
import { ImportError, type InputFile } from './import-error';
import { cellText, workbookSheets } from './workbook-sheets';

export interface FollowUpRow {
  /** Row number in the sheet (1-based, as Excel shows it). */
  row: number;
  /** `value` stays a number when the cell is numeric ("2.125" as text would read as 2125). */
  raw: { action_id: string; quarter: string; value: number | string; text: string };
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export async function readFollowUp(file: InputFile): Promise<FollowUpRow[]> {
  const wanted = {
    action_id: fold(FOLLOW_UP_COLUMNS.id),
    quarter: fold(FOLLOW_UP_COLUMNS.quarter),
    value: fold(FOLLOW_UP_COLUMNS.value),
    text: fold(FOLLOW_UP_COLUMNS.text)
  };
  for (const { data = [] } of await workbookSheets(file, FOLLOW_UP_SHEET)) {
    const h = data.slice(0, 20).findIndex((r) => {
      const cells = r.map((c) => fold(cellText(c)));
      return Object.values(wanted).every((w) => cells.includes(w));
    });
    if (h < 0) continue;
    const header = data[h]!.map((c) => fold(cellText(c)));
    const at = (k: keyof typeof wanted) => header.indexOf(wanted[k]);
    return data.slice(h + 1).flatMap((r, i) => {
      const get = (k: keyof typeof wanted) => cellText(r[at(k)]);
      if (!get('value') && !get('text')) return [];
      return [
        {
          row: h + i + 2,
          raw: {
            action_id: get('action_id'),
            quarter: get('quarter'),
            value: typeof r[at('value')] === 'number' ? (r[at('value')] as number) : get('value'),
            text: get('text')
          }
        }
      ];
    });
  }
  throw new ImportError(
    file.name,
    `ninguna hoja tiene las columnas del instrumento de seguimiento («${FOLLOW_UP_COLUMNS.id}», «${FOLLOW_UP_COLUMNS.text}»…).`
  );
}
