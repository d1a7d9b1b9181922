// Rows of the ANT's national table of formalized resguardos (data/resguardos_ant_registro.arrow,
// read by DuckDB in the browser or from the Arrow file in Node) → the record hits of the
// municipios screened: presence from the official record, with no polygon and no overlap area.
import type { RecordHit } from '../domain/consulta-previa-screen';

/** The bundled table of the ANT record (catalog id and table name). */
export const ANT_RECORD_LAYER = 'resguardos_ant_registro';

export type CodedRecordHit = RecordHit & { code: string };

const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));

/** People of each recorded resguardo, as the people maps of the polygon layers hold them. */
export const recordPeople = (hits: readonly RecordHit[]): Map<string, string> =>
  new Map(hits.flatMap((h) => (h.record.people ? [[h.feature, h.record.people]] : [])));

export function recordHits(
  rows: readonly Record<string, unknown>[],
  codes: readonly string[]
): CodedRecordHit[] {
  const wanted = new Set(codes);
  return rows
    .filter((r) => wanted.has(String(r.code)))
    .map((r) => ({
      code: String(r.code),
      layer: ANT_RECORD_LAYER,
      feature: String(r.name),
      record: {
        people: text(r.people),
        act: text(r.act),
        recorded_ha: r.area_ha === null || r.area_ha === undefined ? null : Number(r.area_ha),
        filed_as: text(r.filed_as)
      }
    }));
}
