// `atlas screen`: the consulta previa pre-screen of municipios against every ethnic layer at hand
// (the bundled ones and files given with --capa-etnica), with the layers that were not loaded.
// The hits come from the shared overlay engine (OverlaySession), as for the district facts.
import {
  layerById,
  MISSING_LAYERS,
  OVERLAY_LAYERS,
  type BundledLayer
} from '../../lib/catalog/catalog';
import { consultaScreens } from '../../lib/facts/consulta-screens';
import { recordEvidenceText } from '../../lib/domain/record-evidence-text';
import { ANT_RECORD_LAYER, recordHits, recordPeople } from '../../lib/facts/record-hits';
import { DANE_CODE } from '../../lib/domain/dane-code';
import { matchPreset } from '../../lib/import/layer-presets';
import { readArrowRows } from '../../lib/node/read-arrow-rows';
import { rowsToWire } from '../../lib/node/rows-to-wire';
import { PROXIMITY_BUFFER_NOTE } from '../../lib/domain/proximity-buffer';
import { OverlaySession, type WireFeature } from '../../lib/geo/overlay-session';
import { CliError } from '../cli-error';
import { formatTable } from '../format-table';
import { loadFileLayer } from '../load-layer';
import type { TeamLayerData } from '../../lib/node/team-layer-data';
import { teamLayers } from '../team-layers';
import { teamNodeLayer } from '../team-node-layer';
import { keyedFeatures } from '../../lib/import/keyed-features';
import type { SupportedCrs } from '../../lib/import/supported-crs';

export interface ScreenArgs {
  municipios: string[];
  bufferKm: number;
  /** Ethnic layer files, each `path` or `path:KEY_FIELD`. */
  files: string[];
  /** The system of layer files without .prj (--crs). */
  crs?: SupportedCrs;
  /** Team layer versions named with --layer equipo:<id>[@<n>]; the current version of every
   * other ethnic layer of the library is checked too. */
  team?: string[];
}

interface CheckedLayer {
  id: string;
  title: string;
  producer: string;
  version: string;
  caveat: string;
}

/** An imported file keyed by the field asked for, the preset's, or NOMBRE. */
async function fileLayer(
  spec: string,
  crs: SupportedCrs | undefined
): Promise<ScreenLayer & { covers?: string; warnings: string[] }> {
  const [path, asked] = /^(.*):([^:\\/]+)$/.exec(spec)?.slice(1) ?? [spec, undefined];
  const imported = await loadFileLayer(path!, crs);
  const fields = Object.keys(imported.features[0]?.properties ?? {});
  const preset = matchPreset(fields);
  const key = asked ?? preset?.keyField ?? fields.find((f) => /^nombre$/i.test(f));
  if (!key || !fields.includes(key))
    throw new CliError(
      `«${path}»: indique el campo clave como «${path}:CAMPO»; campos: ${fields.join(', ')}.`
    );
  const { features, warnings } = keyedFeatures(imported.features, key);
  const pueblo = fields.find((f) => /^pueblo$/i.test(f));
  const people = new Map(
    imported.features.map((f) => [
      String(f.properties?.[key] ?? ''),
      String(f.properties?.[pueblo ?? ''] ?? '')
    ])
  );
  return {
    checked: {
      id: path!,
      title: preset?.title ?? path!,
      producer: preset?.producer ?? 'archivo importado',
      version: 'según el archivo',
      caveat:
        preset?.kind === 'étnico' ? '' : 'Esquema no reconocido: verifique que la capa sea étnica.'
    },
    features,
    people,
    covers: preset?.id === 'ant-resguardos' ? 'resguardos_nacional' : undefined,
    warnings: [...imported.warnings, ...warnings]
  };
}

interface ScreenLayer {
  checked: CheckedLayer;
  features: WireFeature[];
  /** Feature id → people (pueblo), when the layer says. */
  people: Map<string, string>;
}

/** A team layer version as the screen names it: its reference, producer, version and cut-off. */
const teamChecked = ({ ref, layer, version }: TeamLayerData): CheckedLayer => ({
  id: ref,
  title: layer.title,
  producer: version.producer,
  version: `capa del equipo, versión ${version.version} (corte ${version.cutoff})`,
  caveat: version.retired_at ? `Versión retirada el ${version.retired_at.slice(0, 10)}.` : ''
});

const checkedOf = ({ id, title, producer, version, caveats }: BundledLayer): CheckedLayer => ({
  id,
  title,
  producer,
  version,
  caveat: caveats
});

export async function screenCommand(args: ScreenArgs, dataDir: string) {
  const bad = args.municipios.filter((c) => !DANE_CODE.test(c));
  if (bad.length)
    throw new CliError(`--municipios: códigos DANE no válidos (5 dígitos): ${bad.join(', ')}.`);
  const rows = await readArrowRows(dataDir, 'municipios');
  const unknown = args.municipios.filter((c) => !rows.some((r) => r.code === c));
  if (unknown.length)
    throw new CliError(`--municipios: códigos que no están en el MGN: ${unknown.join(', ')}.`);
  const warnings: string[] = [];
  const layers: ScreenLayer[] = [];
  for (const l of OVERLAY_LAYERS.filter((b) => b.kind === 'étnico')) {
    const lrows = await readArrowRows(dataDir, l.table);
    layers.push({
      checked: checkedOf(l),
      features: rowsToWire(lrows, l.keyField),
      people: new Map(lrows.map((r) => [String(r[l.keyField]), String(r.people ?? '')]))
    });
  }
  for (const d of await teamLayers(args.team ?? [], ['étnico'])) {
    if (d.layer.kind !== 'étnico')
      throw new CliError(
        `«${d.ref}» es una capa ${d.layer.kind}; el pre-análisis usa capas étnicas.`
      );
    const { features, people } = teamNodeLayer(d);
    layers.push({ checked: teamChecked(d), features, people: new Map(people) });
  }
  const covered = new Set<string>();
  for (const spec of args.files) {
    const f = await fileLayer(spec, args.crs);
    if (f.covers) covered.add(f.covers);
    warnings.push(...f.warnings);
    layers.push(f);
  }
  // The shared overlay engine, as the district facts and the server's PEG screen use it.
  const session = await OverlaySession.open();
  const chosen = rows.filter((r) => args.municipios.includes(String(r.code)));
  const ids = ['municipios', ...layers.map((l) => l.checked.id)];
  const hits = (() => {
    try {
      warnings.push(
        ...session.load({ layer: 'municipios', features: rowsToWire(chosen, 'code') }).warnings
      );
      for (const l of layers)
        warnings.push(...session.load({ layer: l.checked.id, features: l.features }).warnings);
      return session.hits({
        areas: 'municipios',
        ids: args.municipios,
        layers: ids.slice(1),
        bufferKm: args.bufferKm
      });
    } finally {
      for (const id of ids) session.unload(id);
    }
  })();
  // The ANT's national record (no polygons) files resguardos under municipios, as for the district.
  const record = layerById(ANT_RECORD_LAYER)!;
  const records = recordHits(await readArrowRows(dataDir, record.table), args.municipios);
  layers.push({ checked: checkedOf(record), features: [], people: recordPeople(records) });
  const people = new Map(layers.map((l) => [l.checked.id, l.people]));
  const { screens } = consultaScreens(
    hits,
    args.municipios,
    args.bufferKm,
    { id: 'municipios', areaHa: 0 },
    records
  );
  const municipios = screens.map((screen) => ({
    ...screen,
    evidence: screen.evidence.map((e) => ({
      ...e,
      people: people.get(e.layer)?.get(e.feature) || null
    }))
  }));
  const output = {
    buffer_km: args.bufferKm,
    note: `Pre-análisis, no decisión: la DANCP decide por afectación directa (SU-123/2018), no por presencia. Sin registro en las capas cargadas no significa que no haya comunidades. ${PROXIMITY_BUFFER_NOTE}`,
    municipios,
    layers_checked: layers.map((l) => l.checked),
    layers_missing: MISSING_LAYERS.filter((m) => m.kind === 'étnico' && !covered.has(m.id)).map(
      ({ id, title, producer, where }) => ({ id, title, producer, where })
    ),
    warnings
  };
  const names = new Map(rows.map((r) => [String(r.code), String(r.name)]));
  const label = {
    superposicion: 'superposición',
    proximidad: 'proximidad',
    sin_registro: 'sin registro en las capas cargadas'
  };
  const table = formatTable(
    ['Municipio', 'Nombre', 'Alerta', 'Evidencia'],
    municipios.map((m) => [
      m.code,
      names.get(m.code) ?? '',
      label[m.flag],
      m.evidence
        .map((e) =>
          e.record
            ? `${e.feature}: ${recordEvidenceText(e.record)}`
            : e.overlap_ha !== null
              ? `${e.feature}: ${e.overlap_ha.toFixed(1)} ha${e.borde ? ' (borde)' : ''}`
              : `${e.feature}: a ${e.distance_km.toFixed(1)} km`
        )
        .join(' · ')
    ])
  );
  return { output, table: `${table}\n\n${output.note}` };
}
