// A coordinate system the user names ("EPSG:9377", "epsg:3116", "9377") among the supported ones,
// or an ImportError that lists them: a system we cannot reproject exactly is never guessed.
import { ImportError } from './import-error';
import { SUPPORTED_CRS, type SupportedCrs } from './supported-crs';

export function crsByCode(text: string): SupportedCrs {
  const epsg = /^\s*(?:epsg:)?(\d{4,5})\s*$/i.exec(text)?.[1];
  const crs = epsg ? SUPPORTED_CRS.find((c) => c.epsg === Number(epsg)) : undefined;
  if (crs) return crs;
  throw new ImportError(
    text,
    `sistema de coordenadas no soportado. Se aceptan ${SUPPORTED_CRS.map((c) => `EPSG:${c.epsg}`).join(', ')}.`
  );
}
