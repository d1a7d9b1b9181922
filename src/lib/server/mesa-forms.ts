// The mesas page's forms read from FormData: a registry member and a session's aggregate counts
// (thematic sessions add their representatives). Stores check the rest in Spanish.
import type { MesaKind } from '../domain/mesa-deadlines';
import type { MesaMemberInput } from '../domain/mesa-member';
import type { SessionCounts } from '../domain/model/mesa';

export const formText = (f: FormData, k: string) => {
  const v = f.get(k);
  return typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : '';
};

/** A whole number, null when empty, NaN when it is not one. */
const count = (f: FormData, k: string) => {
  const v = formText(f, k);
  return v === '' ? null : /^\d{1,6}$/.test(v) ? Number(v) : NaN;
};

export const readMember = (f: FormData): MesaMemberInput => ({
  mesa: formText(f, 'mesa') as MesaKind,
  entity: formText(f, 'entidad'),
  delegate: formText(f, 'delegado') || null,
  email: formText(f, 'correo') || null,
  ethnic: f.get('etnica') === 'on'
});

export function readCounts(
  f: FormData
): { ok: true; value: SessionCounts } | { ok: false; error: string } {
  const value = {
    attendees: count(f, 'asistentes'),
    selfRecognized: count(f, 'autorreconocidos'),
    professionals: count(f, 'profesionales'),
    representatives: count(f, 'representantes'),
    ethnicOrganizations: f.get('organizaciones_etnicas') === 'on',
    ethnicRepresentatives: count(f, 'designados_etnicos')
  };
  return Object.values(value).some((v) => Number.isNaN(v))
    ? { ok: false, error: 'Los conteos deben ser números enteros.' }
    : { ok: true, value };
}
