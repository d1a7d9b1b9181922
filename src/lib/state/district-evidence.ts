// Gathers what the DANCP evidence pack needs from the district workspace: the district's union
// (overlay worker), its municipios' and the flagged ethnic features' geometry (DuckDB or the
// imported layer), the screens, settings and provenance; then builds the zip.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { layerById, MISSING_LAYERS } from '$lib/catalog/catalog';
import { catalogProvenance } from '$lib/export/catalog-provenance';
import { ANT_RECORD_LAYER } from '$lib/facts/record-hits';
import type { PackEthnicFeature } from '$lib/export/evidence-pack-input';
import type { Analysis } from './analysis.svelte';
import type { DistrictWorkspace } from './district.svelte';
import type { UserLayer } from './imports.svelte';

type Poly = Feature<Polygon | MultiPolygon>;

/** Features of a layer (bundled or imported) with their key value. */
async function keyedFeatures(
  analysis: Analysis,
  imported: readonly UserLayer[],
  id: string
): Promise<{ key: string; feature: Poly }[]> {
  const bundled = layerById(id);
  if (bundled) {
    const fc = await analysis.features(bundled.table, [bundled.keyField]);
    return (fc?.features ?? []).map((f) => ({
      key: String(f.properties?.[bundled.keyField]),
      feature: f as Poly
    }));
  }
  const l = imported.find((x) => x.id === id);
  const field = l?.mapping.keyField ?? '';
  return (l?.data.features ?? []).map((f) => ({
    key: String(f.properties?.[field]),
    feature: f as Poly
  }));
}

export async function districtEvidencePack(
  ws: DistrictWorkspace,
  analysis: Analysis,
  imported: readonly UserLayer[],
  now: Date
): Promise<Uint8Array> {
  if (!ws.district) throw new Error('Calcule primero el distrito.');
  const codes = [...ws.codes];
  const client = await analysis.overlayWithAllLayers();
  const [districtPolygon, municipios] = await Promise.all([
    client.dissolve('municipios', codes),
    analysis.features('municipios', ['code', 'name', 'department'])
  ]);
  // Presence from the ANT record has no polygon: it goes in the table, not among the features.
  const evidence = ws.district.evidence.filter((e) => !e.record);
  const ethnicFeatures: PackEthnicFeature[] = [];
  for (const layer of new Set(evidence.map((e) => e.layer))) {
    const wanted = new Set(evidence.filter((e) => e.layer === layer).map((e) => e.feature));
    const layerTitle = analysis.overlayLayers.find((l) => l.id === layer)?.title ?? layer;
    for (const { key, feature } of await keyedFeatures(analysis, imported, layer))
      if (wanted.has(key)) ethnicFeatures.push({ layer, key, layerTitle, feature });
  }
  const ethnic = analysis.overlayLayers.filter(
    (l) => l.kind === 'étnico' && (!ws.settings.layers.length || ws.settings.layers.includes(l.id))
  );
  const { evidencePack } = await import('$lib/export/evidence-pack');
  return evidencePack({
    district: {
      id: ws.id ?? 'nuevo',
      name: ws.name || 'Distrito sin nombre',
      municipios: codes.map((code) => {
        const e = ws.entry(code);
        return { code, name: e?.name ?? code, department: e?.department ?? '' };
      })
    },
    districtPolygon,
    municipioFeatures: (municipios?.features ?? []).filter((f) =>
      codes.includes(String(f.properties?.code))
    ) as Poly[],
    ethnicFeatures,
    screens: { district: ws.district, municipios: ws.screens },
    people: ws.people,
    bufferKm: ws.settings.buffer_km,
    sliver: { maxHa: ws.settings.sliver_ha, maxPctOfFeature: ws.settings.sliver_pct },
    sources: [
      ...ethnic.map((l) => l.provenance ?? catalogProvenance(l.id, l.title)),
      catalogProvenance(ANT_RECORD_LAYER, layerById(ANT_RECORD_LAYER)!.title)
    ],
    missing: MISSING_LAYERS.filter((m) => m.kind === 'étnico'),
    generatedAt: now.toISOString()
  });
}
