// The evidence pack for DANCP (issue 5): one zip with the district polygon, its municipios and the
// ethnic features behind any consulta previa flag — GeoJSON and shapefile, in EPSG:4686 and
// EPSG:9377 —, the overlaps and distances as CSV, and a LEAME.txt with the rules, sources and
// cut-off dates. Pure: everything comes in `input` (the clock too).
import { zipSync } from 'fflate';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { crsGeojson } from './crs-geojson';
import { evidenceReadme } from './evidence-readme';
import { evidenceTable } from './evidence-table';
import type { EvidencePackInput } from './evidence-pack-input';
import type { ExportEpsg } from './export-crs';
import { tableCsv } from './export-table';
import { shapefileParts } from './shapefile-parts';

export type { EvidencePackInput };

const CRS: readonly ExportEpsg[] = [4686, 9377];

type Layer = { stem: string; features: Feature<Polygon | MultiPolygon>[] };

function layers(input: EvidencePackInput): Layer[] {
  const { district, screens, people } = input;
  const flagOf = new Map(screens.municipios.map((s) => [s.code, s.flag]));
  const properties = {
    id: district.id,
    nombre: district.name,
    municipios: district.municipios.length,
    alerta: screens.district.flag
  };
  return [
    {
      stem: 'distrito',
      features: [{ type: 'Feature', properties, geometry: input.districtPolygon }]
    },
    {
      stem: 'municipios',
      features: input.municipioFeatures.map(({ properties: p, geometry }) => {
        const code = String(p?.code ?? '');
        const props = { codigo: code, municipio: p?.name, depto: p?.department };
        return { type: 'Feature', properties: { ...props, alerta: flagOf.get(code) }, geometry };
      })
    },
    {
      stem: 'elementos_etnicos',
      features: input.ethnicFeatures.map(({ layer, key, layerTitle, feature }) => {
        const pueblo = people?.get(layer)?.get(key) ?? '';
        const own = { capa: layerTitle, elemento: key, pueblo };
        // The pack's fields first, and they win over a layer field of the same name.
        return { ...feature, properties: { ...own, ...feature.properties, ...own } };
      })
    }
  ];
}

export function evidencePack(input: EvidencePackInput): Uint8Array {
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const notes: string[] = [];
  const all = layers(input);
  for (const epsg of CRS)
    for (const { stem, features } of all) {
      files[`${stem}_${epsg}.geojson`] = enc.encode(crsGeojson(features, epsg));
      const { parts, notes: changed } = shapefileParts(features, epsg);
      for (const { files: f } of parts)
        for (const [ext, bytes] of Object.entries(f))
          files[`shapefile_${epsg}/${stem}.${ext}`] = bytes;
      if (epsg === CRS[0]) notes.push(...changed.map((n) => `${stem}: ${n}`));
    }
  return zipSync(
    {
      'LEAME.txt': enc.encode(evidenceReadme(input, notes)),
      'traslapes_y_distancias.csv': enc.encode(tableCsv(evidenceTable(input))),
      ...files
    },
    { mtime: input.generatedAt }
  );
}
