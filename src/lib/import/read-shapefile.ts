// A shapefile from its parts (.shp and .dbf required; .shx optional; .prj identifies the CRS; .cpg
// the DBF encoding — the `shapefile` package reads neither on its own). Reprojected to WGS84.
import type { Feature, Geometry } from 'geojson';
import * as shapefile from 'shapefile';
import { checkShpRecords } from './check-shp-records';
import { extensionOf, ImportError, type InputFile } from './import-error';
import { inDegrees, wellFormed, type ImportedLayer } from './imported-layer';
import { identifyCrs, SUPPORTED_CRS, type SupportedCrs } from './supported-crs';
import { toWgs84 } from './to-wgs84';

const SUPPORTED_LIST = SUPPORTED_CRS.map((c) => `EPSG:${c.epsg}`).join(', ');
const WGS84 = SUPPORTED_CRS.find((c) => c.epsg === 4326)!;
const text = (f: InputFile) => new TextDecoder('utf-8').decode(f.bytes);

/** A .cpg holds an encoding name ("UTF-8") or an Esri code page number ("1252", "ANSI 1252"). */
export function cpgEncoding(raw: string): string {
  const t = raw.trim().toUpperCase();
  const page = /^(?:ANSI\s*|CP)?(\d+)$/.exec(t)?.[1];
  if (page === '65001' || t === 'UTF8' || t === 'UTF-8') return 'utf-8';
  const iso =
    /^(?:ISO[-_ ]?)?8859[-_ ]?(\d{1,2})$/.exec(t)?.[1] ?? /^2859(\d)$/.exec(page ?? '')?.[1];
  if (iso) return `iso-8859-${iso}`;
  if (page) return `windows-${page}`;
  return t === '' ? 'windows-1252' : raw.trim();
}

function encodingOf(cpg: InputFile | undefined): string {
  const encoding = cpg ? cpgEncoding(text(cpg)) : 'windows-1252';
  try {
    new TextDecoder(encoding);
  } catch {
    throw new ImportError(cpg!.name, `codificación desconocida «${encoding}».`);
  }
  return encoding;
}

function crsOf(prj: InputFile | undefined): SupportedCrs | null {
  if (!prj) return null;
  const wkt = text(prj);
  const crs = identifyCrs(wkt);
  if (crs) return crs;
  const name = /^\s*\w+\["([^"]*)"/.exec(wkt)?.[1] ?? 'ilegible';
  throw new ImportError(
    prj.name,
    `sistema de coordenadas no soportado («${name}»). Se aceptan ${SUPPORTED_LIST}.`
  );
}

/** Progress of a long import, 0–1 (NaN when the total is unknown). */
export type ImportProgress = (fraction: number) => void;

async function readFeatures(
  shp: InputFile,
  dbf: InputFile,
  encoding: string,
  expected: number,
  onProgress?: ImportProgress
): Promise<Feature[]> {
  try {
    const source = await shapefile.open(shp.bytes, dbf.bytes, { encoding });
    const out: Feature[] = [];
    for (;;) {
      const next = await source.read();
      if (next.done) break;
      out.push(next.value);
      if (onProgress && out.length % 500 === 0) onProgress(out.length / expected);
    }
    return out;
  } catch (e) {
    throw new ImportError(
      shp.name,
      `shapefile ilegible o dañado (detalle técnico: ${e instanceof Error ? e.message : String(e)}).`
    );
  }
}

export async function readShapefile(
  parts: InputFile[],
  onProgress?: ImportProgress
): Promise<ImportedLayer> {
  const byExt = new Map(parts.map((p) => [extensionOf(p.name), p]));
  const shp = byExt.get('shp')!;
  const dbf = byExt.get('dbf');
  if (!dbf) throw new ImportError(shp.name, 'falta el archivo .dbf con los atributos.');
  const warnings: string[] = [];
  if (!byExt.has('shx'))
    warnings.push(`${shp.name}: falta el .shx (no es indispensable; se leyó sin él).`);
  checkShpRecords(shp);
  const declared = crsOf(byExt.get('prj'));
  // The .shx index holds 8 bytes per record after its 100-byte header.
  const shx = byExt.get('shx');
  const expected = shx ? Math.max(1, (shx.bytes.length - 100) / 8) : Number.NaN;
  const features = await readFeatures(shp, dbf, encodingOf(byExt.get('cpg')), expected, onProgress);
  if (features.length === 0) throw new ImportError(shp.name, 'la capa no tiene elementos.');
  const geoms = features.map((f) => f.geometry as Geometry | null);
  let crs = declared;
  if (!crs) {
    if (!geoms.every((g) => !g || (wellFormed(g) && inDegrees(g))))
      throw new ImportError(
        shp.name,
        'no trae .prj y sus coordenadas no son grados: indique el sistema de coordenadas.'
      );
    crs = WGS84;
    warnings.push(`${shp.name}: sin .prj; las coordenadas están en grados y se leen como WGS84.`);
  }
  const convert = toWgs84(crs);
  const out = features.map((f, i) => {
    const g = geoms[i];
    const properties = f.properties ?? {};
    if (!f.properties)
      warnings.push(`${shp.name}: el elemento ${i + 1} no tiene registro en el .dbf.`);
    if (!g) return { ...f, properties, geometry: null };
    if (!wellFormed(g) || !convert(g)) {
      warnings.push(
        `${shp.name}: el elemento ${i + 1} tiene coordenadas no válidas; queda sin geometría.`
      );
      return { ...f, properties, geometry: null };
    }
    return { ...f, properties, geometry: g };
  });
  const fields = Object.keys(features[0]?.properties ?? {});
  return { name: shp.name, features: out, fields, crs, warnings };
}
