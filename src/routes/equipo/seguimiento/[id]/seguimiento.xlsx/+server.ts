import { bogotaToday } from '$lib/domain/calendar-date';
import { followUpReport } from '$lib/export/follow-up-report';
import { xlsxWorkbook } from '$lib/export/xlsx-workbook';
import { slugify } from '$lib/domain/slugify';
import { followUpView } from '$lib/server/follow-up-view';
import { requireDistrict } from '$lib/server/require-district';
import type { RequestHandler } from './$types';

// The district's follow-up as XLSX: the lights of the quarter due and every report received.
export const GET: RequestHandler = async ({ params }) => {
  const d = await requireDistrict(params.id);
  const view = await followUpView(d, bogotaToday(new Date()));
  const { lights, history } = followUpReport(view);
  const bytes = await xlsxWorkbook(
    { name: 'Semáforo', table: lights },
    [],
    [{ name: 'Historial', table: history }]
  );
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="seguimiento-${slugify(d.name)}-${view.quarter}.xlsx"`
    }
  });
};
