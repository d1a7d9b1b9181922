// Browser side of the team library: a version's Arrow bytes (from this browser's cache when it
// holds them, else downloaded and checked against their SHA-256 before they are kept), the
// listing, and an upload of the files the import panel read, for the whole team.
import type { TeamLayerCache } from '$lib/browser-store/layer-store';
import type { TeamLayerListing, TeamVersionInfo } from '$lib/domain/team-layer-choice';

/** Where the page's listing and bytes come from: staff get the library, the public what is public. */
export const TEAM_API = '/api/capas-equipo';

const hex = (b: ArrayBuffer) =>
  [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');

/** Null where Web Crypto is missing (a page served over plain HTTP off loopback). */
async function sha256(bytes: Uint8Array): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  return hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export interface VersionBytes {
  bytes: Uint8Array;
  /** True when they came from this browser's cache (no download). */
  cached: boolean;
}

export async function teamVersionBytes(
  base: string,
  layer: string,
  v: TeamVersionInfo,
  cache: TeamLayerCache | null,
  fetcher: typeof fetch = fetch
): Promise<VersionBytes> {
  const kept = await cache?.get(v.data_sha256).catch(() => undefined);
  if (kept) {
    // A damaged copy is downloaded again.
    const sum = await sha256(kept.bytes);
    if (sum === null || sum === v.data_sha256) return { bytes: kept.bytes, cached: true };
  }
  const res = await fetcher(`${base}/${encodeURIComponent(layer)}/${v.version}`);
  if (!res.ok) {
    const reply = (await res.json().catch(() => ({}))) as { error?: string };
    throw new Error(reply.error ?? `No se pudo descargar la versión ${v.version} (${res.status}).`);
  }
  const bytes = new Uint8Array(await res.arrayBuffer());
  const sum = await sha256(bytes);
  if (sum !== null && sum !== v.data_sha256)
    throw new Error(
      `La versión ${v.version} de «${layer}» llegó incompleta o alterada (su SHA-256 no coincide): vuelva a intentarlo.`
    );
  await cache?.save({ id: v.data_sha256, bytes }).catch(() => undefined);
  return { bytes, cached: false };
}

/** The library listing (staff), for a refresh after an upload. */
export async function teamLibrary(fetcher: typeof fetch = fetch): Promise<TeamLayerListing[]> {
  const res = await fetcher(TEAM_API);
  const reply = (await res.json().catch(() => ({}))) as TeamLayerListing[] & { error?: string };
  if (!res.ok) throw new Error(reply.error ?? `No se pudo leer la biblioteca (${res.status}).`);
  return reply;
}

/** The fields of an upload, as POST /api/capas-equipo names them. */
export interface TeamUploadFields {
  nombre: string;
  titulo: string;
  tipo: string;
  productor: string;
  corte: string;
  licencia: string;
  clave: string;
  /** EPSG code the user chose for a shapefile without .prj. */
  crs?: string;
}

export interface UploadedVersion {
  layer_id: string;
  version: number;
  feature_count: number;
  repairs: { feature: string; reason: string }[];
}

export async function uploadTeamLayer(
  files: readonly File[],
  fields: TeamUploadFields,
  fetcher: typeof fetch = fetch
): Promise<UploadedVersion> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v) form.set(k, v);
  for (const f of files) form.append('archivo', f, f.name);
  const res = await fetcher(TEAM_API, { method: 'POST', body: form });
  const reply = (await res.json().catch(() => ({}))) as UploadedVersion & { error?: string };
  if (!res.ok) throw new Error(reply.error ?? `No se pudo guardar para el equipo (${res.status}).`);
  return reply;
}
