// POST /api/capas-equipo: a staff account whose role may import (`capas`: admin, MME, UPME) adds
// the next version of a team layer. The upload is read within ATLAS_MAX_UPLOAD_MB (413), its
// fields checked as the CLI checks them (400), the files normalised by the app's own readers
// (normaliseTeamLayer; its ImportError is a 422) and the version stored in one transaction;
// nothing is stored on any refusal. 201 with the new version; `afterAdd` (the background
// re-screen) is told of it, and when it queues a run its change page is in «Atlas-Reanalisis».
import { json } from '@sveltejs/kit';
import type { StaffUser } from '../../domain/model/account';
import type { RescreenRun } from '../../domain/model/rescreen-run';
import type { TeamLayerVersion } from '../../domain/model/team-layer';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';
import { checkTeamLayerFields } from '../../domain/team-layer-fields';
import { loadGeos } from '../../geo/geos-runtime';
import { crsByCode } from '../../import/crs-by-code';
import { ImportError } from '../../import/import-error';
import { normaliseTeamLayer } from '../../team-layers/normalise-team-layer';
import { teamLayerVersionInput } from '../../team-layers/team-layer-version-input';
import { apiStaff } from '../auth/api-staff';
import { apiError } from '../json-api';
import { municipioCodes } from '../municipio-codes';
import { storeApiError } from '../store-api-error';
import { readUpload } from './read-upload';
import { dataDir } from '../data-dir';
import { uploadLimitMb } from './upload-limit';

const NOTHING_STORED = 'No se guardó nada.';

export async function receiveTeamLayer(
  library: TeamLayerStore,
  request: Request,
  user: StaffUser | null,
  afterAdd: (
    v: TeamLayerVersion
  ) => Promise<{ run: RescreenRun } | null> | { run: RescreenRun } | null = () => null
): Promise<Response> {
  const staff = apiStaff(user, 'capas');
  if (!staff.ok) return staff.response;
  const upload = await readUpload(request, uploadLimitMb());
  if (!upload.ok) return upload.response;
  const { fields, files } = upload;
  const checked = checkTeamLayerFields(fields, (field) => `el campo «${field}»`);
  if (!checked.ok) return apiError(400, `Capa del equipo: ${checked.error} ${NOTHING_STORED}`);
  const c = checked.value;
  try {
    const crs = fields.crs?.trim() ? { crs: crsByCode(fields.crs) } : {};
    const n = await normaliseTeamLayer(files, {
      kind: c.kind,
      known: c.kind === 'tabla' ? municipioCodes() : new Set<string>(),
      geos: loadGeos,
      // Loaded on use: geotiff's worker shim must not load while SvelteKit analyses the build.
      raster: async (file) =>
        (await import('../../node/raster-municipio-table')).rasterMunicipioTable(dataDir(), file),
      ...(fields.clave?.trim() ? { keyField: fields.clave.trim() } : {}),
      ...crs
    });
    // The import panel sends the title its user gave; the first version fixes it.
    const title = fields.titulo?.trim() || n.title;
    const licence = fields.licencia?.trim() || null;
    const input = teamLayerVersionInput(c, { ...n, title }, licence, staff.user.email);
    const v = await library.addVersion(input, new Date().toISOString());
    const queued = await afterAdd(v);
    const headers = queued
      ? { 'atlas-reanalisis': `/equipo/capas/${encodeURIComponent(v.layer_id)}/cambios` }
      : undefined;
    return json(v, { status: 201, headers });
  } catch (e) {
    if (e instanceof ImportError) return apiError(422, `${e.message} ${NOTHING_STORED}`);
    return storeApiError(e);
  }
}
