import { OVERLAY_LAYERS } from '$lib/catalog/catalog';
import { catalogProvenance } from '$lib/export/catalog-provenance';
import { PEG_SHEET } from '$lib/export/peg-columns';
import { pegTable } from '$lib/export/peg-table';
import { xlsxWorkbook } from '$lib/export/xlsx-workbook';
import { slugify } from '$lib/domain/slugify';
import { municipioNames } from '$lib/server/municipio-names';
import { requireDistrict } from '$lib/server/require-district';
import { stores } from '$lib/server/store/open-store';
import type { RequestHandler } from './$types';

// The district's PEG as XLSX (anexo 2 plan columns), with the provenance of the ethnic layers
// its consulta previa flags come from. Staff only (hooks.server.ts guards /equipo).
export const GET: RequestHandler = async ({ params }) => {
  const d = await requireDistrict(params.id);
  const names = municipioNames();
  const table = pegTable(await stores().peg.list(params.id), (c) => names.get(c) ?? c);
  const sources = OVERLAY_LAYERS.filter((l) => l.kind === 'étnico').map((l) =>
    catalogProvenance(l.id, l.title)
  );
  const bytes = await xlsxWorkbook({ name: PEG_SHEET, table }, sources);
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="peg-${slugify(d.name)}.xlsx"`
    }
  });
};
