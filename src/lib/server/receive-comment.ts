// One comment from the public (web form or JSON API): the district must have a publication period
// and it must be open, the client within its rate, the honeypot empty, every field valid; then it
// is stored (pending moderation) in one transaction. The same path for both doors.
import { periodState } from '../domain/publication-period';
import { validateComment, type CommentValidation } from '../domain/validate-comment';
import { rateFromEnv } from './rate-limit';
import type { Stores } from '../domain/store/stores';

/** The field bots fill and people never see. */
export const HONEYPOT = 'sitio_web';

export type Intake =
  | { status: 201; id: number }
  | {
      status: 400 | 403 | 404 | 429;
      error: string;
      errors?: Extract<CommentValidation, { ok: false }>['errors'];
      retryAfter?: number;
    };

export const COMMENT_RATE_BUCKET = 'comentarios';

export async function receiveComment(
  s: Pick<Stores, 'publications' | 'comments' | 'limits'>,
  districtId: string,
  raw: unknown,
  client: string,
  now = new Date()
): Promise<Intake> {
  const publication = await s.publications.get(districtId);
  if (!publication)
    return { status: 404, error: `El distrito «${districtId}» no está en publicación.` };
  const state = periodState(publication, now);
  if (state !== 'abierto')
    return {
      status: 403,
      error:
        state === 'programado'
          ? 'El periodo de comentarios aún no ha abierto.'
          : 'El periodo de comentarios ya cerró.'
    };
  const { limit, windowMs } = rateFromEnv(process.env.ATLAS_COMMENT_RATE);
  const wait = await s.limits.take(COMMENT_RATE_BUCKET, client, limit, windowMs, now.getTime());
  if (wait)
    return {
      status: 429,
      error: `Demasiados comentarios seguidos desde su conexión; intente de nuevo en ${wait} s.`,
      retryAfter: wait
    };
  const honeypot = (raw as Record<string, unknown> | null)?.[HONEYPOT];
  if (typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot != null)
    return { status: 400, error: 'El formulario no se pudo procesar.' };
  const checked = validateComment(raw, publication.municipios);
  if (!checked.ok)
    return { status: 400, error: 'Revise los campos del comentario.', errors: checked.errors };
  return { status: 201, id: await s.comments.add(districtId, checked.value, 'web', 'público') };
}
