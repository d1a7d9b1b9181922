// The multipart body of an upload to the team library, read with the size cap of
// ATLAS_MAX_UPLOAD_MB (a declared Content-Length first, then the bytes that actually arrive):
// the text fields by name and the files sent as «archivo» (one, or the parts of a shapefile).
import { baseName, type InputFile } from '../../import/import-error';
import { apiError } from '../json-api';
import { readCappedBody } from '../read-capped-body';

const MB = 1024 * 1024;
/** Read and dropped past the cap so the 413 reaches the client; past it, the connection is cut. */
const DRAIN = MB;
export const FILE_FIELD = 'archivo';

export type Upload =
  | { ok: true; fields: Record<string, string>; files: InputFile[] }
  | { ok: false; response: Response };

const refuse = (status: number, message: string): Upload => ({
  ok: false,
  response: apiError(status, message)
});

export async function readUpload(request: Request, limitMb: number): Promise<Upload> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type))
    return refuse(
      415,
      `Envíe la capa como multipart/form-data: el campo «${FILE_FIELD}» con el archivo y los de su procedencia.`
    );
  const body = await readCappedBody(request, limitMb * MB, DRAIN);
  if (!body.ok)
    return refuse(
      413,
      `La subida supera el máximo de ${limitMb} MB para las capas del equipo (ATLAS_MAX_UPLOAD_MB). No se guardó nada.`
    );
  let form: FormData;
  try {
    form = await new Response(body.bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    return refuse(
      400,
      'El cuerpo no es un formulario multipart/form-data válido. No se guardó nada.'
    );
  }
  const fields: Record<string, string> = {};
  const files: InputFile[] = [];
  for (const [name, value] of form) {
    if (typeof value === 'string') fields[name] ??= value;
    else if (name === FILE_FIELD)
      files.push({
        // Only the file's own name: the library records it, never the sender's folders.
        name: baseName(value.name) || FILE_FIELD,
        bytes: new Uint8Array(await value.arrayBuffer())
      });
  }
  if (files.length === 0)
    return refuse(
      400,
      `Falta el archivo de la capa (campo «${FILE_FIELD}»): un shapefile en .zip o sus partes, GeoJSON, CSV, TSV o XLSX. No se guardó nada.`
    );
  return { ok: true, fields, files };
}
