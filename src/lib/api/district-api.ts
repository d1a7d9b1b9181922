import type { DistrictRecord, DistrictSettings } from '$lib/domain/model/district';
// Browser side of the district store's JSON API: create (POST) or update (PUT, with the version
// read, so a concurrent save is refused instead of overwritten).

export interface DistrictDraft {
  id: string | null;
  version: number;
  name: string;
  municipios: string[];
  settings: DistrictSettings;
  /** Custom paragraph per code; '' removes a saved one. */
  justifications: Record<string, string>;
}

export async function saveDistrict(
  d: DistrictDraft,
  fetcher: typeof fetch = fetch
): Promise<DistrictRecord> {
  const body = {
    nombre: d.name,
    municipios: d.municipios,
    ajustes: d.settings,
    justificaciones: d.justifications,
    ...(d.id ? { version: d.version } : {})
  };
  const res = await fetcher(
    d.id ? `/api/distritos/${encodeURIComponent(d.id)}` : '/api/distritos',
    {
      method: d.id ? 'PUT' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body)
    }
  );
  const reply = (await res.json().catch(() => ({}))) as DistrictRecord & { error?: string };
  if (res.status === 409)
    throw new Error(
      'Otra persona guardó este distrito mientras lo editaba: recargue la página para ver su versión.'
    );
  if (!res.ok) throw new Error(reply.error ?? `No se pudo guardar (${res.status}).`);
  return reply;
}
