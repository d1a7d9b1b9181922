// RUNAP's national attribute table (PNN, DBF dated 2025-06-06; 1,785 areas, no polygons: one
// centroid each) → Arrow, one row per area with its category, condition, authority, dates,
// recorded hectares, RUNAP page and centroid (a GeoJSON Point, drawn on the map as a centroid,
// never as the area). The founding act comes from sheet Actos of RUNAP's report: the latest act
// that declares, registers or homologates the area, else its latest act.
import * as shapefile from 'shapefile';
import { cpgEncoding } from '../../src/lib/import/read-shapefile';
import { arrowIpc } from './arrow-table';
import { expectEqual, expectThat } from './fail';
import type { RunapWorkbook } from './read-runap-workbook';

type Row = Record<string, unknown>;

const text = (v: unknown) =>
  typeof v === 'string' && v.trim() && v.trim() !== 'NaT' ? v.trim() : null;
const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

const FOUNDING = /declaratoria|registro rnsc|homologaci/i;

/** «Resolución 142 de 2022-04-07 (Adopción plan de manejo)» for each area id. */
function foundingActs(book: RunapWorkbook): Map<number, string> {
  const byArea = new Map<
    number,
    { kind: string; number: string; date: string; object: string }[]
  >();
  for (const r of book.sheet('Actos').slice(1)) {
    const act = {
      kind: String(r[4] ?? '').trim(),
      number: String(r[6] ?? '').trim(),
      date: String(r[7] ?? '').trim(),
      object: String(r[5] ?? '').trim()
    };
    byArea.set(Number(r[0]), [...(byArea.get(Number(r[0])) ?? []), act]);
  }
  const out = new Map<number, string>();
  for (const [id, acts] of byArea) {
    const sorted = acts.toSorted((a, b) => a.date.localeCompare(b.date));
    const pick = sorted.filter((a) => FOUNDING.test(a.object)).at(-1) ?? sorted.at(-1)!;
    out.set(id, `${pick.kind} ${pick.number} de ${pick.date} (${pick.object})`);
  }
  return out;
}

export async function buildRunapAreas(dbf: Uint8Array, cpg: string, book: RunapWorkbook) {
  const source = await shapefile.openDbf(dbf, { encoding: cpgEncoding(cpg) });
  const rows: Row[] = [];
  for (let next = await source.read(); !next.done; next = await source.read())
    rows.push(next.value ?? {});
  expectEqual(
    'áreas RUNAP con identificador único',
    new Set(rows.map((r) => r.ap_id)).size,
    rows.length
  );
  for (const r of rows)
    expectThat(
      `RUNAP: el área ${String(r.ap_id)} no tiene centroide en grados`,
      Math.abs(Number(r.centroide_)) <= 180 && Math.abs(Number(r.centroid_1)) <= 90
    );
  const acts = foundingActs(book);
  const col = (f: (r: Row) => string | null) => ({ type: 'utf8' as const, values: rows.map(f) });
  const num = (f: (r: Row) => number | null) => ({ type: 'f64' as const, values: rows.map(f) });
  const bytes = arrowIpc({
    ap_id: { type: 'i32', values: rows.map((r) => Number(r.ap_id)) },
    name: col((r) => text(r.ap_nombre)),
    category: col((r) => text(r.ap_categor)),
    condition: col((r) => text(r.condicion)),
    authority: col((r) => text(r.organizaci)),
    act: col((r) => acts.get(Number(r.ap_id)) ?? null),
    inscribed: col((r) => text(r.fecha_insc)),
    registered: col((r) => text(r.fecha_regi)),
    act_ha: num((r) => number(r.area_ha_to)),
    act_terrestre_ha: num((r) => number(r.area_ha_te)),
    act_maritima_ha: num((r) => number(r.area_ha_ma)),
    territorial: col((r) => text(r.territoria)),
    sirap: col((r) => text(r.sirap)),
    url: col((r) => text(r.url)),
    lon: num((r) => number(r.centroide_)),
    lat: num((r) => number(r.centroid_1)),
    geometry: col((r) =>
      JSON.stringify({ type: 'Point', coordinates: [Number(r.centroide_), Number(r.centroid_1)] })
    )
  });
  return {
    rows: rows.length,
    bytes,
    withAct: rows.filter((r) => acts.has(Number(r.ap_id))).length
  };
}
