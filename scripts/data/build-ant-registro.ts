// ANT «Resguardo Indígena Formalizado» national table (DBF, 927 resguardos, no polygons) → Arrow,
// one row per resguardo with the municipio the ANT filed it under. Rows that name the municipio
// instead of giving its code are resolved by accent-insensitive name within the department (given
// as a code or a name) and listed in the build log; an unresolvable row fails the build, so no
// resguardo is ever dropped silently.
import * as shapefile from 'shapefile';
import { fold } from '../../src/lib/domain/municipio-search';
import { arrowIpc } from './arrow-table';
import { DANE_CODE, expectEqual, expectThat } from './fail';

export interface MunicipioEntry {
  code: string;
  name: string;
  departmentCode: string;
  department: string;
}

type Row = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The act as the ANT records it: «RESOLUCION 0009 de 1993-04-14». */
function actOf(r: Row): string | null {
  const date = r.ULTIMA_FEC instanceof Date ? r.ULTIMA_FEC.toISOString().slice(0, 10) : null;
  const parts = [text(r.ULTIMO_TIP), text(r.ULTIMO_NUM)].filter(Boolean).join(' ');
  return parts ? `${parts}${date ? ` de ${date}` : ''}` : null;
}

export interface Resolution {
  resguardo: string;
  filed: string;
  code: string;
}

function resolver(directory: MunicipioEntry[]) {
  const byDept = new Map<string, MunicipioEntry[]>();
  for (const m of directory)
    byDept.set(m.departmentCode, [...(byDept.get(m.departmentCode) ?? []), m]);
  const deptByName = new Map(directory.map((m) => [fold(m.department), m.departmentCode]));
  const known = new Set(directory.map((m) => m.code));
  return (r: Row): { code: string; filed: string | null } => {
    const raw = String(r.MUNICIPIO ?? '').trim();
    if (DANE_CODE.test(raw)) {
      expectThat(
        `ANT: «${String(r.NOMBRE)}» tiene el código ${raw}, fuera del MGN`,
        known.has(raw)
      );
      return { code: raw, filed: null };
    }
    const deptRaw = String(r.DEPARTAMEN ?? '').trim();
    const dept = /^\d{2}$/.test(deptRaw) ? deptRaw : deptByName.get(fold(deptRaw));
    const hits = (byDept.get(dept ?? '') ?? []).filter((m) => fold(m.name) === fold(raw));
    expectThat(
      `ANT: «${String(r.NOMBRE)}» nombra el municipio «${raw}» (${deptRaw}) y no se encontró uno solo con ese nombre`,
      hits.length === 1
    );
    return { code: hits[0]!.code, filed: raw };
  };
}

export async function buildAntRegistro(dbf: Uint8Array, directory: MunicipioEntry[]) {
  const source = await shapefile.openDbf(dbf, { encoding: 'utf-8' });
  const rows: Row[] = [];
  for (let next = await source.read(); !next.done; next = await source.read())
    rows.push(next.value ?? {});
  const resolve = resolver(directory);
  const placed = rows.map((r) => ({ r, ...resolve(r) }));
  const resolutions: Resolution[] = placed
    .filter((p) => p.filed !== null)
    .map((p) => ({ resguardo: String(p.r.NOMBRE), filed: p.filed!, code: p.code }));
  expectEqual(
    'resguardos ANT con identificador único',
    new Set(rows.map((r) => r.ID)).size,
    rows.length
  );
  const bytes = arrowIpc({
    code: { type: 'utf8', values: placed.map((p) => p.code) },
    ant_id: { type: 'utf8', values: placed.map((p) => String(p.r.ID)) },
    name: { type: 'utf8', values: placed.map((p) => text(p.r.NOMBRE)) },
    people: { type: 'utf8', values: placed.map((p) => text(p.r.PUEBLO)) },
    act: { type: 'utf8', values: placed.map((p) => actOf(p.r)) },
    area_ha: {
      type: 'f64',
      values: placed.map((p) => (typeof p.r.AREA_TOTAL === 'number' ? p.r.AREA_TOTAL : null))
    },
    filed_as: { type: 'utf8', values: placed.map((p) => p.filed) }
  });
  return { rows: rows.length, bytes, resolutions };
}
