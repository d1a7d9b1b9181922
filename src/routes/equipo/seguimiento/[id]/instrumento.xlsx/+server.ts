import { error } from '@sveltejs/kit';
import { bogotaToday } from '$lib/domain/calendar-date';
import { dueQuarter, isQuarter } from '$lib/domain/plan-quarter';
import { FOLLOW_UP_SHEET } from '$lib/export/follow-up-columns';
import { followUpInstrument } from '$lib/export/follow-up-instrument';
import { xlsxWorkbook } from '$lib/export/xlsx-workbook';
import { slugify } from '$lib/domain/slugify';
import { nextFollowUpSession } from '$lib/server/next-follow-up-session';
import { requireDistrict } from '$lib/server/require-district';
import { stores } from '$lib/server/store/open-store';
import type { RequestHandler } from './$types';

// The quarterly follow-up instrument of one entity (guide §5): its approved actions to fill in.
// ?entidad= names the entity; ?trimestre= (AAAA-Tn) defaults to the last quarter that ended.
export const GET: RequestHandler = async ({ params, url }) => {
  const d = await requireDistrict(params.id);
  const today = bogotaToday(new Date());
  const entity = url.searchParams.get('entidad') ?? '';
  const quarter = url.searchParams.get('trimestre') || dueQuarter(today);
  if (!isQuarter(quarter)) error(400, 'El trimestre debe escribirse AAAA-T1 … AAAA-T4.');
  const actions = (await stores().peg.list(d.id)).filter(
    (a) => a.status === 'aprobada' && a.entity === entity
  );
  if (!actions.length) error(404, `«${entity}» no tiene acciones aprobadas en este PEG.`);
  const { data, instructions } = followUpInstrument({
    district: d.name,
    entity,
    quarter,
    actions,
    reports: await stores().progress.list(d.id),
    session: await nextFollowUpSession(d.id, today)
  });
  const bytes = await xlsxWorkbook(
    { name: FOLLOW_UP_SHEET, table: data },
    [],
    [{ name: 'Instrucciones', table: instructions }]
  );
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="seguimiento-${slugify(d.name)}-${slugify(entity)}-${quarter}.xlsx"`
    }
  });
};
