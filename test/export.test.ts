// Exports (issue 4): a layer as GeoJSON imports back to the same features and attributes; overlay
// pairs as CSV parse back to the same values. Input: the real ANT resguardo sample (shared data).
import { csvParse } from 'd3-dsv';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { layerGeojson } from '../src/lib/export/layer-geojson';
import { layerShapefile } from '../src/lib/export/layer-shapefile';
import { overlapsCsv } from '../src/lib/export/overlaps-csv';
import { geodesicAreaHa } from '../src/lib/geo/geodesic-area';
import { importLayer } from '../src/lib/import/import-layer';
import { matchPreset } from '../src/lib/import/layer-presets';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

import { SOURCES } from './fixtures/sources';
const ANT = `${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`;

describe('export', () => {
  it('imports the real ANT file (CRS84, Z dropped) and recognises its schema', async () => {
    const layer = await importLayer([{ name: 'resguardos.geojson', bytes: await readFile(ANT) }]);
    expect(layer.features).toHaveLength(14);
    expect(layer.crs.epsg).toBe(4326);
    expect(matchPreset(layer.fields)?.id).toBe('ant-resguardos');
    const first = layer.features[0]!.geometry;
    expect(first?.type).toBe('MultiPolygon');
    if (first?.type === 'MultiPolygon') expect(first.coordinates[0]![0]![0]).toHaveLength(2);
  });

  it('round-trips a layer through GeoJSON: same features, same attributes', async () => {
    const original = await importLayer([{ name: 'r.geojson', bytes: await readFile(ANT) }]);
    const data = { type: 'FeatureCollection', features: original.features } as FeatureCollection;
    const text = layerGeojson(data, {
      title: 'Resguardos',
      producer: 'ANT',
      cutoff: '2023-09-30',
      license: 'CC BY 4.0',
      source: 'r.geojson'
    });
    expect((JSON.parse(text) as { metadata: { producer: string } }).metadata.producer).toBe('ANT');
    const again = await importLayer([
      { name: 'exportada.geojson', bytes: new TextEncoder().encode(text) }
    ]);
    expect(again.features).toEqual(original.features);
    expect(again.fields).toEqual(original.fields);
  });

  it('writes overlay pairs as CSV with a BOM, parsing back to the same values', () => {
    const pair = {
      municipio: '52356',
      feature: 'Rumiyaco, «sector» Ñ',
      overlap_ha: 1375.1912345678,
      pct_of_municipio: 0.88123,
      pct_of_feature: 37.1099,
      borde: false
    };
    const csv = overlapsCsv([{ municipio: '52356', nombre: 'IPIALES', capa: 'Resguardos', pair }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [row] = csvParse(csv.slice(1));
    expect(row?.codigo_municipio).toBe('52356');
    expect(row?.elemento).toBe(pair.feature);
    expect(Number(row?.traslape_ha)).toBe(pair.overlap_ha);
    expect(Number(row?.pct_del_elemento)).toBe(pair.pct_of_feature);
    expect(row?.borde).toBe('no');
  });
});

describe('export to zipped shapefile', () => {
  it('round-trips the real ANT layer: same geometry areas, same attributes (renamed fields reported)', async () => {
    const original = await importLayer([{ name: 'r.geojson', bytes: await readFile(ANT) }]);
    const { zip, notes } = layerShapefile('resguardos', original.features);
    expect(notes).toContain(
      'campo «Shape_Length» → «Shape_Len1» (límite de 10 caracteres del .dbf)'
    );
    const again = await importLayer([{ name: 'resguardos.zip', bytes: zip }]);
    expect(again.crs.epsg).toBe(4326);
    expect(again.features).toHaveLength(original.features.length);
    again.features.forEach((f, i) => {
      const o = original.features[i]!;
      const a = geodesicAreaHa(o.geometry as MultiPolygon);
      expect(Math.abs(geodesicAreaHa(f.geometry as Polygon | MultiPolygon) / a - 1)).toBeLessThan(
        1e-9
      );
      expect(f.properties?.NOMBRE).toBe(o.properties?.NOMBRE);
      expect(f.properties?.PUEBLO).toBe(o.properties?.PUEBLO);
      expect(f.properties?.AREA_ACTO_).toBe(o.properties?.AREA_ACTO_);
      expect(f.properties?.Shape_Len1).toBe(o.properties?.Shape_Length);
    });
  });
});
