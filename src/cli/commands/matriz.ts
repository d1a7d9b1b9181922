// `atlas matriz`: the constraint matrix the district page shows, from the same computation
// (lib/facts/district-facts.ts): polygon layers by overlay, RUNAP's report by its official figures,
// each layer naming its source.
import { sourceOf } from '../../lib/domain/anexo2-layer-text';
import { titleCase } from '../../lib/domain/anexo2-format';
import { cliDistrictFacts, type DistrictArgs } from '../cli-district-facts';
import { formatTable } from '../format-table';

export interface MatrixElement {
  nombre: string;
  ha: number;
  categoria: string | null;
  borde: boolean;
}

export interface MatrizOutput {
  municipios: {
    code: string;
    nombre: string;
    capas: Record<string, { ha: number; pct_of_municipio: number; elementos: MatrixElement[] }>;
  }[];
  capas: { id: string; titulo: string; tipo: string; base: 'cruce' | 'oficial'; fuente: string }[];
}

export async function matrizCommand(
  args: DistrictArgs,
  dataDir: string
): Promise<{ output: MatrizOutput; table: string }> {
  const { facts } = await cliDistrictFacts(args, dataDir);
  const { layers, rows } = facts.matrix;
  const output: MatrizOutput = {
    municipios: rows.map((r) => ({
      code: r.code,
      nombre: r.name,
      capas: Object.fromEntries(
        layers.map((l) => {
          const c = r.cells[l.id];
          const elementos = (c?.features ?? []).map((f) => ({
            nombre: f.feature,
            ha: f.ha,
            categoria: f.category ?? null,
            borde: f.borde
          }));
          return [l.id, { ha: c?.ha ?? 0, pct_of_municipio: c?.pct ?? 0, elementos }];
        })
      )
    })),
    capas: layers.map((l) => ({
      id: l.id,
      titulo: l.title,
      tipo: l.kind,
      base: l.basis === 'official' ? 'oficial' : 'cruce',
      fuente: sourceOf(facts.layers.find((x) => x.id === l.id))
    }))
  };
  const table = formatTable(
    ['Municipio', 'Código', ...layers.flatMap((l) => [`${l.title} (ha)`, '%'])],
    rows.map((r) => [
      titleCase(r.name),
      r.code,
      ...layers.flatMap((l) => [r.cells[l.id]?.ha ?? 0, r.cells[l.id]?.pct ?? 0])
    ])
  );
  const notes = output.capas.map(
    (c) =>
      `${c.titulo}: ${c.fuente}${c.base === 'oficial' ? ' (cifras oficiales por municipio, no recalculadas)' : ' (cruce de polígonos)'}`
  );
  return { output, table: [table, '', 'Fuentes:', ...notes.map((n) => `  ${n}`)].join('\n') };
}
