// `atlas municipios`: every municipio with its geodesic area (WGS84, GeographicLib), in hectares.
import { readArrowRows } from '../../lib/node/read-arrow-rows';
import { rowsToWire } from '../../lib/node/rows-to-wire';
import { OverlaySession } from '../../lib/geo/overlay-session';
import { formatTable } from '../format-table';

export interface MunicipioRow {
  code: string;
  name: string;
  department: string;
  area_ha: number;
}

export async function municipiosCommand(
  dataDir: string
): Promise<{ rows: MunicipioRow[]; table: string; warnings: string[] }> {
  const src = await readArrowRows(dataDir, 'municipios');
  const session = await OverlaySession.open();
  const loaded = session.load({
    layer: 'municipios',
    features: rowsToWire(src, 'code')
  });
  const areas = session.areas('municipios');
  const rows = src.map((r) => ({
    code: String(r.code),
    name: String(r.name),
    department: String(r.department),
    area_ha: areas.get(String(r.code)) ?? 0
  }));
  session.unload('municipios');
  const table = formatTable(
    ['Código', 'Municipio', 'Departamento', 'Área (ha)'],
    rows.map((r) => [r.code, r.name, r.department, r.area_ha])
  );
  const warnings = [
    ...loaded.repaired.map((r) => `Municipio ${r.feature} reparado: ${r.reason}`),
    ...loaded.warnings
  ];
  return { rows, table, warnings };
}
