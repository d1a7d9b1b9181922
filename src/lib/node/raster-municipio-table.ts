// A GeoTIFF summarised per municipio in Node (a team library upload from the server or the command
// line): the municipios of data/ loaded in a fresh overlay session, then the same rasterTable the
// browser's import runs in its worker; the session's layer is released afterwards.
import { OverlaySession } from '../geo/overlay-session';
import type { InputFile } from '../import/import-error';
import { rasterTable } from '../import/raster-table';
import type { ImportedTable } from '../import/read-table';
import { readArrowRows } from './read-arrow-rows';
import { rowsToWire } from './rows-to-wire';

export async function rasterMunicipioTable(
  dataDir: string,
  file: InputFile
): Promise<ImportedTable> {
  const session = await OverlaySession.open();
  const features = rowsToWire(await readArrowRows(dataDir, 'municipios'), 'code');
  session.load({ layer: 'municipios', features });
  try {
    return await rasterTable(session, 'municipios', file);
  } finally {
    session.load({ layer: 'municipios', features: [] });
  }
}
