import { error } from '@sveltejs/kit';
import { tableCsv } from '$lib/export/export-table';
import { slugify } from '$lib/domain/slugify';
import { systematizationTable } from '$lib/export/systematization-table';
import { xlsxWorkbook } from '$lib/export/xlsx-workbook';
import { requireStaff } from '$lib/server/auth/require-staff';
import { municipioNames } from '$lib/server/municipio-names';
import { stores } from '$lib/server/store/open-store';
import type { RequestHandler } from './$types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The systematization matrix of every comment received, as XLSX or CSV (staff only).
export const GET: RequestHandler = async ({ params, locals, url }) => {
  const user = requireStaff(locals.user, 'moderar');
  if (params.ext !== 'xlsx' && params.ext !== 'csv') error(404, 'Formato no disponible.');
  const s = stores();
  const p = await s.publications.get(params.id);
  if (!p) error(404, `El distrito «${params.id}» no está en publicación.`);
  const names = municipioNames();
  const table = systematizationTable(
    await s.comments.all(params.id),
    (c) => names.get(c) ?? c,
    params.ext === 'csv'
  );
  await s.audit.record(
    user.email,
    'sistematizacion.exportar',
    { district: params.id },
    { formato: params.ext }
  );
  const name = `sistematizacion-${slugify(p.name)}.${params.ext}`;
  const disposition = `attachment; filename="${name}"`;
  if (params.ext === 'csv')
    return new Response(tableCsv(table), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition }
    });
  const bytes = await xlsxWorkbook({ name: 'Sistematización', table }, [
    {
      title: `Observaciones al proyecto de resolución del distrito «${p.name}»`,
      producer: 'Ministerio de Minas y Energía (Atlas DMEDP)',
      cutoff: new Date().toISOString().slice(0, 10),
      license: '',
      source: new URL(`/publicacion/${p.district_id}`, url).href
    }
  ]);
  return new Response(Buffer.from(bytes), {
    headers: { 'content-type': XLSX, 'content-disposition': disposition }
  });
};
