// GET /api/capas-equipo/<id>/<version>: the stored Arrow IPC stream of a version, for any staff
// account. A version never changes, so its ETag is the SHA-256 of those bytes (data_sha256), it
// is cached for a year as immutable — `private`: the library is for staff sessions only, so no
// shared cache may keep it — and an If-None-Match naming it gets a 304 without the bytes. A
// retired version still downloads (saved districts refer to it) and says so in
// `Atlas-Version-Retired` (when); the list gives the up-to-date state.
import type { StaffUser } from '../../domain/model/account';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';
import { apiStaff } from '../auth/api-staff';
import { storeApiError } from '../store-api-error';
import { versionParam } from './version-param';

export const ARROW_STREAM = 'application/vnd.apache.arrow.stream';
export const RETIRED_HEADER = 'Atlas-Version-Retired';

/** Whether an If-None-Match header names this entity tag (weak or strong, or `*`). */
const matches = (header: string | null, tag: string) =>
  header !== null &&
  header.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v.replace(/^W\//, '') === tag;
  });

export function teamLayerDownload(
  library: TeamLayerStore,
  request: Request,
  user: StaffUser | null,
  params: { id: string; version: string }
): Response {
  const staff = apiStaff(user);
  if (!staff.ok) return staff.response;
  try {
    const v = library.version(params.id, versionParam(params.id, params.version));
    const headers = new Headers({
      ETag: `"${v.data_sha256}"`,
      'Cache-Control': 'private, max-age=31536000, immutable'
    });
    if (v.retired_at) headers.set(RETIRED_HEADER, v.retired_at);
    if (matches(request.headers.get('if-none-match'), `"${v.data_sha256}"`))
      return new Response(null, { status: 304, headers });
    const bytes = library.data(v.layer_id, v.version);
    headers.set('Content-Type', ARROW_STREAM);
    headers.set('Content-Length', String(bytes.byteLength));
    return new Response(Buffer.from(bytes), { status: 200, headers });
  } catch (e) {
    return storeApiError(e);
  }
}
