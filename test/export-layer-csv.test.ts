// A layer's attributes as CSV (issue 4), parsed back with d3-dsv and compared with the source file:
// the real ANT resguardo sample (shared data), imported as the app imports it.
import { csvParse } from 'd3-dsv';
import type { FeatureCollection } from 'geojson';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { layerTableCsv } from '../src/lib/export/layer-table-csv';
import { importLayer } from '../src/lib/import/import-layer';
import { matchPreset } from '../src/lib/import/layer-presets';

import { SOURCES } from './fixtures/sources';
const ANT = `${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`;

async function antLayer() {
  const raw = JSON.parse(await readFile(ANT, 'utf8')) as FeatureCollection;
  const layer = await importLayer([{ name: 'resguardos.geojson', bytes: await readFile(ANT) }]);
  return { raw, layer, mapping: matchPreset(layer.fields)! };
}

describe('layer attributes as CSV', () => {
  it('writes UTF-8 with a BOM, one row per feature, every attribute as in the file', async () => {
    const { raw, layer, mapping } = await antLayer();
    const csv = layerTableCsv(layer.features, mapping);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csvParse(csv.slice(1));
    const fields = Object.keys(raw.features[0]!.properties!);
    expect(rows.columns).toEqual(['elemento', 'nombre_elemento', ...fields]);
    expect(rows).toHaveLength(raw.features.length);
    raw.features.forEach((f, i) => {
      const p = f.properties!;
      expect(rows[i]!.elemento).toBe(p[mapping.keyField]);
      expect(rows[i]!.nombre_elemento).toBe(p[mapping.nameField]);
      for (const k of fields) expect(rows[i]![k]).toBe(String(p[k]));
    });
    expect(rows.map((r) => r.NOMBRE)).toContain('Resguardo Indígena La Montaña');
    const area = rows.map((r) => Number(r.Shape_Area));
    expect(area).toEqual(raw.features.map((f) => f.properties!.Shape_Area));
  });

  it('writes a dBASE date (local midnight, as the shapefile reader gives it) as its calendar day', async () => {
    const { raw, layer, mapping } = await antLayer();
    const day = (i: number) => String(raw.features[i]!.properties!.FECHA_ACTO).slice(0, 10);
    const features = layer.features.map((f, i) => {
      const [y, m, d] = day(i).split('-').map(Number);
      return { ...f, properties: { ...f.properties, FECHA_ACTO: new Date(y!, m! - 1, d!) } };
    });
    const rows = csvParse(layerTableCsv(features, mapping).slice(1));
    expect(rows.map((r) => r.FECHA_ACTO)).toEqual(raw.features.map((_, i) => day(i)));
  });

  it('names a feature without a key value by its position, as the overlap table does', async () => {
    const { layer, mapping } = await antLayer();
    const features = layer.features.map((f, i) =>
      i === 2 ? { ...f, properties: { ...f.properties, NOMBRE: null } } : f
    );
    const rows = csvParse(layerTableCsv(features, mapping).slice(1));
    expect(rows[2]).toMatchObject({ elemento: '#3', nombre_elemento: '', NOMBRE: '' });
    expect(rows[3]!.elemento).toBe(layer.features[3]!.properties!.NOMBRE);
  });
});
