// Largest upload to the team library, in bytes: ATLAS_MAX_UPLOAD_MB megabytes (a positive
// number; default 200, room for the national ANM titles as a zipped shapefile). It caps the whole
// multipart body, files and fields together. scripts/start.sh raises the server's
// BODY_SIZE_LIMIT to match.
export const DEFAULT_MAX_UPLOAD_MB = 200;

export function uploadLimitMb(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env.ATLAS_MAX_UPLOAD_MB?.trim() || NaN);
  return Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_UPLOAD_MB;
}
