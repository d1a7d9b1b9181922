// District contiguity from the geometry (issue 5): municipios are neighbours when their borders
// meet within ≈110 m; a district is contiguous when its neighbour graph is one group. Real data:
// the bundled MGN 2018 municipios.
import { describe, expect, it } from 'vitest';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { rowsToWire } from '../src/lib/node/rows-to-wire';
import { adjacency } from '../src/lib/geo/adjacency';
import { connectedGroups } from '../src/lib/geo/connected-groups';
import { loadGeos } from '../src/lib/geo/geos-runtime';
import { parseWire } from '../src/lib/geo/overlay-session';
import { prepareLayer } from '../src/lib/geo/prepare-layer';
import { cell } from '../src/lib/geo/test-zone-area';
import { NORDESTE } from './fixtures/districts';

const rt = await loadGeos();
const municipios = prepareLayer(
  rt,
  parseWire(rowsToWire(await readArrowRows('data', 'municipios'), 'code'), [])
);
const groups = (codes: string[]) => connectedGroups(adjacency(rt, municipios, new Set(codes)));

describe('contiguity', () => {
  it("Nordeste Antioqueño's ten municipios form one connected group", () => {
    const g = groups(NORDESTE);
    expect(g).toHaveLength(1);
    expect([...g[0]!].sort()).toEqual([...NORDESTE].sort());
  });

  it('a district with San Andrés (88001), an island, is not contiguous', () => {
    const g = groups([...NORDESTE, '88001']);
    expect(g.map((x) => x.length)).toEqual([10, 1]);
    expect(g[1]).toEqual(['88001']);
  });

  it('Segovia (05736) borders Remedios (05604) but not Yolombó (05890)', () => {
    const n = adjacency(rt, municipios, new Set(['05736', '05604', '05890']));
    expect(n.get('05736')).toContain('05604');
    expect(n.get('05736')).not.toContain('05890');
  });

  it('mainland Colombia is one group; only the San Andrés archipelago stands apart', () => {
    const g = connectedGroups(adjacency(rt, municipios));
    expect(g[0]).toHaveLength(1120);
    expect(g.slice(1).flat().sort()).toEqual(['88001', '88564']);
  });

  it('tolerates a hairline gap but not a real one (hand-made squares, 0.0005° and 0.01° apart)', () => {
    const layer = prepareLayer(rt, [
      { id: 'A', geometry: { type: 'Polygon', coordinates: [cell(-74, 4, 0.1)] } },
      { id: 'B', geometry: { type: 'Polygon', coordinates: [cell(-73.8995, 4, 0.1)] } },
      { id: 'C', geometry: { type: 'Polygon', coordinates: [cell(-73.79, 4, 0.1)] } }
    ]);
    const n = adjacency(rt, layer);
    expect(n.get('A')).toEqual(['B']);
    expect(n.get('C')).toEqual([]);
    layer.destroy();
  });
});
