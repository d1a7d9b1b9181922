// `atlas capas cambios --capa <id>`: what the latest version of a team layer changes in every
// saved district of the store of ATLAS_DB, against the version before it: overlaps that appear,
// disappear or change area, consulta previa flags that flip and inclusion criteria whose verdict
// changes. The computation is the server's re-screen (node/layer-version-rescreen.ts).
import type { CambiosOutput } from '../../lib/domain/model/layer-rescreen';
import { layerVersionRescreen } from '../../lib/node/layer-version-rescreen';
import { formatTable } from '../format-table';
import { requireLibraryFile, withStores } from '../team-library';

const FLAG = { superposicion: 'superposición', proximidad: 'proximidad', sin_registro: '—' };
const VERDICT = (pass: boolean | null) => (pass === null ? '¿?' : pass ? 'cumple' : 'no cumple');

export async function capasCambios(
  id: string,
  dataDir: string
): Promise<{ output: CambiosOutput; table: string }> {
  requireLibraryFile(id);
  const output = await withStores((s) => layerVersionRescreen(s, id, dataDir));
  const rows = output.distritos.flatMap((d) =>
    d.cambios.map((c) => [
      d.id,
      `${c.nombre} (${c.municipio})`,
      c.antes.ha,
      c.despues.ha,
      [...c.aparecen.map((f) => `+ ${f}`), ...c.desaparecen.map((f) => `− ${f}`)].join('; '),
      c.consulta_cambia ? `${FLAG[c.antes.consulta]} → ${FLAG[c.despues.consulta]}` : '',
      c.criterios
        .map((k) => `${k.criterio}: ${VERDICT(k.antes)} → ${VERDICT(k.despues)}`)
        .join('; ')
    ])
  );
  const head = `Capa «${id}»: versión ${output.version} frente a ${output.anterior === null ? 'ninguna anterior' : `la ${output.anterior}`}; ${output.distritos.length} distritos guardados, ${output.recalculados} recalculados (los demás no tocan la capa).`;
  const header = [
    'Distrito',
    'Municipio',
    'Antes (ha)',
    'Después (ha)',
    'Elementos',
    'Consulta previa',
    'Criterios de inclusión'
  ];
  const table = rows.length
    ? `${head}\n${formatTable(header, rows)}`
    : `${head}\nNingún distrito cambia.`;
  return { output, table };
}
