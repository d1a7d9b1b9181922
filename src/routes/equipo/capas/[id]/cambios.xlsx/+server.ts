import { error } from '@sveltejs/kit';
import { layerChangesXlsx } from '$lib/export/layer-changes-xlsx';
import { requireRescreenView } from '$lib/server/team-layers/require-rescreen-view';
import type { RequestHandler } from './$types';

// The change list of the layer's latest finished re-screen as XLSX, one row per change. Staff only
// (hooks.server.ts guards /equipo).
export const GET: RequestHandler = async ({ params }) => {
  const view = await requireRescreenView(params.id);
  if (!view.run || !view.result)
    error(404, `La capa «${params.id}» no tiene un re-análisis terminado que descargar.`);
  const bytes = await layerChangesXlsx(view.result, view.sources);
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="cambios-${view.layer.id}-v${view.run.version}.xlsx"`
    }
  });
};
