// A shapefile from its parts (.shp required; .dbf carries the attributes, and without it the
// geometry is read alone, with a warning; .shx optional; .prj identifies the CRS, or the user
// names it when it is missing; .cpg the DBF encoding — the `shapefile` package reads neither
// .prj nor .cpg on its own). Reprojected to WGS84.
import type { Feature, Geometry } from 'geojson';
import * as shapefile from 'shapefile';
import { checkShpRecords } from './check-shp-records';
import { CrsMissingError } from './crs-missing-error';
import { extensionOf, ImportError, type InputFile } from './import-error';
import { inDegrees, wellFormed, type ImportedLayer } from './imported-layer';
import { identifyCrs, SUPPORTED_CRS, type SupportedCrs } from './supported-crs';
import { toWgs84 } from './to-wgs84';

const SUPPORTED_LIST = SUPPORTED_CRS.map((c) => `EPSG:${c.epsg}`).join(', ');
const WGS84 = SUPPORTED_CRS.find((c) => c.epsg === 4326)!;
/** Without a .dbf, the only attribute: the record number (1-based), so the layer can be keyed. */
export const ELEMENT_FIELD = 'numero_elemento';
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
  dbf: InputFile | undefined,
  encoding: string,
  expected: number,
  onProgress?: ImportProgress
): Promise<Feature[]> {
  try {
    const source = await shapefile.open(shp.bytes, dbf?.bytes, { encoding });
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

export interface ShapefileOptions {
  /** The system the user names for a shapefile without .prj (a .prj, when present, wins). */
  crs?: SupportedCrs;
}

/** The CRS of the .prj, else the one the user named, else WGS84 when the coordinates are degrees. */
function chooseCrs(
  shp: InputFile,
  declared: SupportedCrs | null,
  named: SupportedCrs | undefined,
  geoms: (Geometry | null)[],
  warnings: string[]
): SupportedCrs {
  if (declared) {
    if (named && named.epsg !== declared.epsg)
      warnings.push(
        `${shp.name}: se usó el sistema del .prj (EPSG:${declared.epsg}); se ignoró EPSG:${named.epsg}.`
      );
    return declared;
  }
  if (named) {
    warnings.push(
      `${shp.name}: sin .prj; se leyó en EPSG:${named.epsg} (${named.name}), como se indicó.`
    );
    return named;
  }
  if (!geoms.every((g) => !g || (wellFormed(g) && inDegrees(g))))
    throw new CrsMissingError(shp.name);
  warnings.push(`${shp.name}: sin .prj; las coordenadas están en grados y se leen como WGS84.`);
  return WGS84;
}

export async function readShapefile(
  parts: InputFile[],
  onProgress?: ImportProgress,
  options: ShapefileOptions = {}
): Promise<ImportedLayer> {
  const byExt = new Map(parts.map((p) => [extensionOf(p.name), p]));
  const shp = byExt.get('shp')!;
  const dbf = byExt.get('dbf');
  const warnings: string[] = [];
  if (!dbf)
    warnings.push(
      `${shp.name}: el shapefile no trae .dbf: se leyó la geometría sin atributos.`,
      `${shp.name}: cada elemento se identifica por su número (campo «${ELEMENT_FIELD}»).`
    );
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
  const crs = chooseCrs(shp, declared, options.crs, geoms, warnings);
  const convert = toWgs84(crs);
  const out = features.map((f, i) => {
    const g = geoms[i];
    const properties = dbf ? (f.properties ?? {}) : { [ELEMENT_FIELD]: i + 1 };
    if (!f.properties && dbf)
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
  if (geoms.some(Boolean) && out.every((f) => !f.geometry))
    throw new ImportError(
      shp.name,
      `ninguna coordenada es válida en EPSG:${crs.epsg} (${crs.name}): revise el sistema de coordenadas.`
    );
  const fields = dbf ? Object.keys(features[0]?.properties ?? {}) : [ELEMENT_FIELD];
  return { name: shp.name, features: out, fields, crs, warnings };
}
