// A shapefile (.shp with its .dbf; .cpg and .prj read when present) as GeoJSON features. Only
// geographic coordinates are accepted here; a projected .prj is refused with a clear message.
import type { Feature } from 'geojson';
import { access, readFile } from 'node:fs/promises';
import * as shapefile from 'shapefile';
import { CliError } from './cli-error';

async function sibling(shp: string, ext: string): Promise<string | null> {
  for (const e of [ext, ext.toUpperCase()]) {
    const p = shp.replace(/\.shp$/i, e);
    try {
      await access(p);
      return p;
    } catch {
      /* try the next spelling */
    }
  }
  return null;
}

/** A .cpg holds an encoding name ("UTF-8") or an Esri code page number ("1252", "ANSI 1252"). */
function cpgEncoding(text: string): string {
  const t = text.trim().toUpperCase();
  const page = /^(?:ANSI\s*|CP)?(\d+)$/.exec(t)?.[1];
  if (page === '65001' || t === 'UTF8' || t === 'UTF-8') return 'utf-8';
  if (page === '28591' || t === 'ISO-8859-1' || t === '88591') return 'iso-8859-1';
  if (page) return `windows-${page}`;
  return t === '' ? 'windows-1252' : text.trim();
}

export async function readShapefileLayer(shp: string): Promise<Feature[]> {
  const dbf = await sibling(shp, '.dbf');
  if (!dbf) throw new CliError(`«${shp}»: falta el archivo .dbf con los atributos.`);
  const prj = await sibling(shp, '.prj');
  if (prj) {
    const wkt = await readFile(prj, 'utf8');
    if (/^\s*(PROJCS|PROJCRS|PROJECTEDCRS)\[/i.test(wkt))
      throw new CliError(
        `«${prj}»: sistema de coordenadas proyectado (${/^\s*\w+\["([^"]+)"/.exec(wkt)?.[1] ?? 'desconocido'}). ` +
          'Este comando lee capas en grados (EPSG:4326 o MAGNA-SIRGAS 4686); reproyecte la capa.'
      );
  }
  const cpg = await sibling(shp, '.cpg');
  const encoding = cpg ? cpgEncoding(await readFile(cpg, 'utf8')) : 'windows-1252';
  try {
    const collection = await shapefile.read(await readFile(shp), await readFile(dbf), { encoding });
    return collection.features;
  } catch (e) {
    throw new CliError(`«${shp}»: shapefile ilegible o dañado (${(e as Error).message}).`);
  }
}
