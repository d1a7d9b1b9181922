// Browser side of the anexo 2 columns the mesas fill (respuesta, suficiente, propuestas): load the
// latest saved version of each aspect and save the changed ones with the version each started
// from, so a concurrent save is refused instead of overwritten.
import type { Anexo2Row } from '$lib/domain/anexo2-facts';
import type { Anexo2Edit, Anexo2Saved } from '$lib/domain/model/anexo2';

export const anexo2Url = (districtId: string) =>
  `/api/distritos/${encodeURIComponent(districtId)}/anexo2`;

/** The PUT that saves `edits`, each with the version it started from. */
export function anexo2Put(edits: readonly Anexo2Edit[]): RequestInit {
  const ediciones = edits.map((e) => ({
    aspecto: e.aspect,
    respuesta: e.respuesta,
    suficiente: e.suficiente,
    propuestas: e.propuestas,
    ...(e.version !== undefined ? { version: e.version } : {})
  }));
  return {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ediciones })
  };
}

/** The latest saved version of each aspect, in the guide's order (aspects never saved are absent). */
export async function loadAnexo2(
  districtId: string,
  fetcher: typeof fetch = fetch
): Promise<Anexo2Saved[]> {
  const res = await fetcher(anexo2Url(districtId));
  const reply = (await res.json().catch(() => ({}))) as Anexo2Saved[] & { error?: string };
  if (!res.ok) throw new Error(reply.error ?? `No se pudo cargar el anexo 2 (${res.status}).`);
  return reply;
}

/** Saves the edits (one per aspect) and returns the latest saved version of each aspect. */
export async function saveAnexo2(
  districtId: string,
  edits: Anexo2Edit[],
  fetcher: typeof fetch = fetch
): Promise<Anexo2Saved[]> {
  const res = await fetcher(anexo2Url(districtId), anexo2Put(edits));
  const reply = (await res.json().catch(() => ({}))) as Anexo2Saved[] & { error?: string };
  if (res.status === 409)
    throw new Error(
      'Otra persona guardó el anexo 2 de este distrito mientras lo editaba: recargue la página para ver su versión.'
    );
  if (!res.ok) throw new Error(reply.error ?? `No se pudo guardar el anexo 2 (${res.status}).`);
  return reply;
}

/** The pre-filled rows with the saved columns of the mesas laid over them. */
export function withSaved(rows: Anexo2Row[], saved: Anexo2Saved[]): Anexo2Row[] {
  const by = new Map(saved.map((s) => [s.aspect, s]));
  return rows.map((r) => {
    const s = by.get(r.aspect);
    return s
      ? { ...r, respuesta: s.respuesta, suficiente: s.suficiente, propuestas: s.propuestas }
      : r;
  });
}

/**
 * The edits of the rows whose three columns differ from the loaded `saved` (blank when an aspect
 * was never saved), each with the version it started from (0: none). Sending only these keeps an
 * aspect someone else saved meanwhile from being overwritten or refused when this user left it alone.
 */
export function changedEdits(rows: Anexo2Row[], saved: Anexo2Saved[]): Anexo2Edit[] {
  const by = new Map(saved.map((s) => [s.aspect, s]));
  return rows.flatMap((r) => {
    const s = by.get(r.aspect) ?? { respuesta: '', suficiente: null, propuestas: '', version: 0 };
    if (
      r.respuesta === s.respuesta &&
      r.suficiente === s.suficiente &&
      r.propuestas === s.propuestas
    )
      return [];
    const { aspect, respuesta, suficiente, propuestas } = r;
    return [{ aspect, respuesta, suficiente, propuestas, version: s.version }];
  });
}
