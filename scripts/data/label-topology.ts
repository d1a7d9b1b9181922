// The display topology's `etiquetas` object: one point per municipio (quantized like the arcs) with
// its name as people write it, whether it is a department capital, the order in which labels win a
// place (capitals, then larger municipios) and the zoom from which the name fits inside it.
import type { GeometryCollection, Topology } from 'topojson-specification';
import { titleCase } from '../../src/lib/domain/anexo2-format';
import { labelMinZoom } from '../../src/lib/map/label-min-zoom';
import { BuildCheckError, expectEqual } from './fail';
import type { LabelPoint } from './label-points';

type Props = Record<string, string | number | null>;

/** DIVIPOLA numbers each department's capital dd001; Cundinamarca's is Bogotá (11001), not 25001. */
const isCapital = (code: string) => code.endsWith('001') && code !== '25001';

/** `municipios` in code order (MGN properties), `labels` in the same order. */
export function labelTopology(
  topo: Topology,
  municipios: GeoJSON.Feature<GeoJSON.Geometry, Props>[],
  labels: LabelPoint[]
): GeometryCollection<Props> {
  expectEqual('puntos de etiqueta', labels.length, municipios.length);
  const rows = municipios.map((f, i) => {
    const code = String(f.properties.MPIO_CCNCT);
    return { i, code, capital: isCapital(code), km2: Number(f.properties.MPIO_NAREA) };
  });
  const ranked = [...rows].sort(
    (a, b) => Number(b.capital) - Number(a.capital) || b.km2 - a.km2 || a.i - b.i
  );
  const rank = new Map(ranked.map((r, k) => [r.i, k]));
  if (!topo.transform) throw new BuildCheckError('la topología de límites no está cuantizada');
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  return {
    type: 'GeometryCollection',
    geometries: rows.map((r) => {
      const { point, radius } = labels[r.i]!;
      return {
        type: 'Point',
        coordinates: [Math.round((point[0] - tx) / sx), Math.round((point[1] - ty) / sy)],
        properties: {
          code: r.code,
          name: titleCase(String(municipios[r.i]!.properties.MPIO_CNMBR)),
          capital: r.capital ? 1 : 0,
          rank: rank.get(r.i)!,
          minzoom: labelMinZoom(radius, r.capital)
        }
      };
    })
  };
}
