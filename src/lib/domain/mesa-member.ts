// A member entity of a mesa's registry (guide §2.1, §2.2.1: the entities named in the delimitation
// act; §2.3: organizations, among them ethnic ones): checked before it is stored, in Spanish.
import type { MesaKind } from './mesa-deadlines';

export const MESA_KINDS: readonly MesaKind[] = ['mtin', 'distrital', 'tematica'];

export interface MesaMemberInput {
  mesa: MesaKind;
  entity: string;
  delegate: string | null;
  email: string | null;
  /** An ethnic organization or community (§2.3.3). */
  ethnic: boolean;
}

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const chars = (s: string) => [...s].length;

/** The input trimmed, or the first Spanish problem with it. */
export function checkMember(
  m: MesaMemberInput
): { ok: true; value: MesaMemberInput } | { ok: false; error: string } {
  const entity = m.entity.trim();
  const delegate = m.delegate?.trim() || null;
  const email = m.email?.trim() || null;
  if (!MESA_KINDS.includes(m.mesa)) return { ok: false, error: 'Elija la mesa.' };
  if (chars(entity) < 1 || chars(entity) > 200)
    return { ok: false, error: 'La entidad debe tener entre 1 y 200 caracteres.' };
  if (delegate && chars(delegate) > 200)
    return { ok: false, error: 'El nombre del delegado supera 200 caracteres.' };
  if (email && (chars(email) > 254 || !EMAIL.test(email)))
    return { ok: false, error: 'El correo del delegado no es válido.' };
  return { ok: true, value: { mesa: m.mesa, entity, delegate, email, ethnic: m.ethnic } };
}
