// Re-import of an anexo 2 workbook the entities filled offline (export/anexo2-xlsx.ts): the sheet
// «Anexo 2» and its header row are found, each row is matched to one of the seven aspects by its
// title (accents, case and dashes ignored), and the mesas' three columns are read. A sufficiency
// other than sí / parcialmente / no is reported and left empty; a damaged or foreign file is an
// ImportError naming it.
import { ANEXO2_ASPECTS, type Anexo2AspectId } from '../domain/anexo2-aspects';
import type { Sufficiency } from '../domain/anexo2-facts';
import { ANEXO2_COLUMNS, ANEXO2_SHEET, SUFFICIENCY_VALUES } from '../export/anexo2-columns';
import { ImportError, type InputFile } from './import-error';
import { cellText, workbookSheets } from './workbook-sheets';

export interface Anexo2Edit {
  aspect: Anexo2AspectId;
  respuesta: string;
  suficiente: Sufficiency | null;
  propuestas: string;
}

const MAX_HEADER_ROW = 20;

/** Text compared loosely: no accents, case, ¿?¡! or spacing around dashes. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[¿?¡!]/g, '')
    .replace(/\s*[-‐–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const text = cellText;

const ASPECTS = new Map(ANEXO2_ASPECTS.map((a) => [fold(a.title), a]));
const SUFFICIENCY = new Map(SUFFICIENCY_VALUES.map((v) => [fold(v), v]));

export async function readAnexo2(
  file: InputFile
): Promise<{ edits: Anexo2Edit[]; warnings: string[] }> {
  // The sheet named «Anexo 2» first, then any other with the anexo's header.
  const ordered = await workbookSheets(file, ANEXO2_SHEET);
  for (const { data = [] } of ordered) {
    const r = data
      .slice(0, MAX_HEADER_ROW)
      .findIndex((row) => row.some((c) => fold(text(c)) === fold(ANEXO2_COLUMNS.aspect)));
    if (r >= 0) return readRows(file.name, data, r);
  }
  throw new ImportError(
    file.name,
    `no es un anexo 2: ninguna hoja tiene la columna «${ANEXO2_COLUMNS.aspect}» (hojas: ${ordered.map((s) => s.sheet).join(', ')}).`
  );
}

function readRows(name: string, data: unknown[][], headerRow: number) {
  const header = (data[headerRow] ?? []).map((c) => fold(text(c)));
  const col = (title: string) => header.indexOf(fold(title));
  const at = {
    aspect: col(ANEXO2_COLUMNS.aspect),
    respuesta: col(ANEXO2_COLUMNS.respuesta),
    suficiente: col(ANEXO2_COLUMNS.suficiente),
    propuestas: col(ANEXO2_COLUMNS.propuestas)
  };
  const absent = (['respuesta', 'suficiente', 'propuestas'] as const).filter((k) => at[k] < 0);
  if (absent.length)
    throw new ImportError(
      name,
      `faltan las columnas ${absent.map((k) => `«${ANEXO2_COLUMNS[k]}»`).join(', ')} del anexo 2.`
    );
  const warnings: string[] = [];
  const found = new Map<Anexo2AspectId, Anexo2Edit>();
  for (let i = headerRow + 1; i < data.length; i++) {
    const row = data[i] ?? [];
    const line = i + 1; // as Excel numbers rows
    const title = text(row[at.aspect]);
    if (!title) continue;
    const aspect = ASPECTS.get(fold(title));
    if (!aspect) {
      warnings.push(`Fila ${line}: «${title}» no es un aspecto del anexo 2; se ignora.`);
      continue;
    }
    if (found.has(aspect.id)) {
      warnings.push(
        `Fila ${line}: el aspecto «${aspect.title}» se repite; se conserva la primera.`
      );
      continue;
    }
    const raw = text(row[at.suficiente]);
    const suficiente = SUFFICIENCY.get(fold(raw)) ?? null;
    if (raw && !suficiente)
      warnings.push(
        `Fila ${line} («${aspect.title}»): «${raw}» no es una respuesta válida de «${ANEXO2_COLUMNS.suficiente}» (sí, parcialmente o no); se deja vacía.`
      );
    found.set(aspect.id, {
      aspect: aspect.id,
      respuesta: text(row[at.respuesta]),
      suficiente,
      propuestas: text(row[at.propuestas])
    });
  }
  for (const a of ANEXO2_ASPECTS)
    if (!found.has(a.id)) warnings.push(`Falta la fila del aspecto «${a.title}».`);
  const edits = ANEXO2_ASPECTS.flatMap((a) => found.get(a.id) ?? []);
  return { edits, warnings };
}
