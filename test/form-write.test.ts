// Staff forms have one shape: a checked value goes to one store write; the store's deliberate
// refusals become the form's message with their status, and real faults are not hidden.
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../src/lib/domain/errors/not-found-error';
import { RuleError } from '../src/lib/domain/errors/rule-error';
import { VersionConflictError } from '../src/lib/domain/errors/version-conflict-error';
import { both } from '../src/lib/server/forms/checked';
import { formWrite } from '../src/lib/server/forms/form-write';
import { readBallot, readCommitment, readSession } from '../src/lib/server/forms/mesa-forms';
import { readPegMove } from '../src/lib/server/forms/peg-form';
import { readCommentId, readRegisteredComment } from '../src/lib/server/forms/publication-forms';

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};

describe('formWrite', () => {
  it('refuses an unchecked value with 400 and never calls the store', async () => {
    let called = false;
    const r = await formWrite('x', { ok: false, error: 'Elija la mesa.' }, () => {
      called = true;
    });
    expect(called).toBe(false);
    expect(r).toMatchObject({ status: 400, data: { form: 'x', error: 'Elija la mesa.' } });
  });

  it('returns the success with the fields the write adds', async () => {
    const r = await formWrite('crear', { ok: true, value: 2 }, (v) => ({ id: v * 21 }));
    expect(r).toEqual({ form: 'crear', ok: true, id: 42 });
  });

  it.each([
    [NotFoundError.district('nadie'), 404, 'No existe el distrito «nadie».'],
    [VersionConflictError.pegAction(7, 1, 2), 409, 'La acción 7 cambió'],
    [new RuleError('peg-approval', 'Solo la mesa distrital aprueba el PEG.'), 422, 'mesa distrital']
  ])('a store refusal (%s) becomes the form message with its status', async (e, status, text) => {
    const r = await formWrite('f', { ok: true, value: null }, () => {
      throw e;
    });
    expect(r).toMatchObject({ status, data: { form: 'f' } });
    expect((r as { data: { error: string } }).data.error).toContain(text);
  });

  it('rethrows a fault that is not a refusal (a broken database is not a form message)', async () => {
    await expect(
      formWrite('f', { ok: true, value: null }, () => {
        throw new TypeError('SQLITE_CORRUPT');
      })
    ).rejects.toThrow('SQLITE_CORRUPT');
  });
});

describe('staff form readers', () => {
  it('both: the first error wins', () => {
    const r = both(readCommentId(form({ id: 'x' })), { ok: false, error: 'segundo' });
    expect(r).toEqual({ ok: false, error: 'Falta el número del comentario.' });
  });

  it('a session needs mesa, type, number ≥ 1, date, place, objective and 1–200 entities', () => {
    const ok = {
      mesa: 'distrital',
      tipo: 'ordinaria',
      numero: '1',
      fecha: '2027-03-01',
      lugar: 'Segovia',
      objetivo: 'Instalación',
      entidades: 'MME\r\nANM\n\n UPME '
    };
    const r = readSession(form(ok));
    expect(r.ok && r.value.entities).toEqual(['MME', 'ANM', 'UPME']);
    expect(readSession(form({ ...ok, numero: '0' }))).toEqual({
      ok: false,
      error: 'El número de sesión debe ser 1 o más.'
    });
    expect(readSession(form({ ...ok, fecha: '01/03/2027' })).ok).toBe(false);
    expect(readSession(form({ ...ok, entidades: ' \n ' })).ok).toBe(false);
  });

  it('a vote reads whole numbers only, with the rule of the guide', () => {
    const base = { si: '9', no: '3', abstencion: '', regla: 'dos_tercios', asunto: 'Lineamientos' };
    expect(readBallot(form(base))).toEqual({
      ok: true,
      value: {
        subject: 'Lineamientos',
        rule: 'dos_tercios',
        yes: 9,
        no: 3,
        abstain: 0,
        approvesPeg: false
      }
    });
    expect(readBallot(form({ ...base, si: '9.5' })).ok).toBe(false);
    expect(readBallot(form({ ...base, regla: 'unanimidad' })).ok).toBe(false);
  });

  it('a commitment with a malformed date is refused', () => {
    const r = readCommitment(form({ compromiso: 'Acta', responsable: 'MME', plazo: '2027-13-01' }));
    expect(r).toEqual({ ok: false, error: 'La fecha del compromiso debe ser AAAA-MM-DD.' });
  });

  it('a workflow step names a known state; the concept only when the form carries it', () => {
    expect(readPegMove(form({ id: '3', estado: 'borrada' })).ok).toBe(false);
    const r = readPegMove(
      form({ id: '3', estado: 'validada', incluir: 'si', justificacion: ' ok ' })
    );
    expect(r).toEqual({
      ok: true,
      value: { id: 3, to: 'validada', concept: { include: true, justification: 'ok' }, note: null }
    });
  });

  it('a comment registered from another channel cannot be dated in the future', () => {
    const now = new Date('2027-03-01T12:00:00-05:00');
    const f = form({ canal: 'correo', recibido: '2027-03-02T09:00', texto: 'Revisar Anorí' });
    expect(readRegisteredComment(f, ['05040'], now)).toEqual({
      ok: false,
      error: 'La fecha de recepción no puede ser futura.'
    });
  });
});
