// Guards the `shapefile` reader from damaged .shp files: it allocates `new Array(numPoints)` from a
// record's header before checking the record can hold them, so a few flipped bytes can ask for
// gigabytes. Each record's declared points must fit in its declared length, inside the file.
import { ImportError, type InputFile } from './import-error';

// Shape types with parts and points (polyline, polygon, multipatch; plain, M and Z variants).
const WITH_PARTS = new Set([3, 5, 13, 15, 23, 25, 31]);
const MULTIPOINT = new Set([8, 18, 28]);

export function checkShpRecords(shp: InputFile): void {
  const b = shp.bytes;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.byteLength < 100 || view.getInt32(0, false) !== 9994)
    throw new ImportError(shp.name, 'no es un .shp (cabecera inválida).');
  let offset = 100;
  for (let n = 1; offset + 8 <= b.byteLength; n++) {
    const bytes = view.getInt32(offset + 4, false) * 2;
    const start = offset + 8;
    if (bytes < 4 || start + bytes > b.byteLength)
      throw new ImportError(shp.name, `el registro ${n} está dañado o truncado.`);
    const type = view.getInt32(start, true);
    let needed = 4;
    if (WITH_PARTS.has(type) && bytes >= 44)
      needed = 44 + 4 * view.getInt32(start + 36, true) + 16 * view.getInt32(start + 40, true);
    else if (MULTIPOINT.has(type) && bytes >= 40)
      needed = 40 + 16 * view.getInt32(start + 36, true);
    if (needed > bytes || needed < 4)
      throw new ImportError(shp.name, `el registro ${n} declara más puntos de los que contiene.`);
    offset = start + bytes;
  }
}
