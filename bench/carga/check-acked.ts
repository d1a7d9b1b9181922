// Whether every acknowledged (201) comment is in the database exactly once, under the id it was
// acknowledged with, with exactly one «comentario.recibir» audit entry.
import { tokenOf } from './comment-body';

export interface StoredComment {
  id: number;
  texto: string;
  /** Its «comentario.recibir» entries in audit_log. */
  audits: number;
}

export interface AckCheck {
  acknowledged: number;
  found: number;
  missing: number;
  duplicated: number;
  wrongId: number;
  missingAudit: number;
  /** Stored benchmark comments nobody got a 201 for (the response was lost): allowed. */
  unacknowledgedStored: number;
  ok: boolean;
  /** A few tokens of each problem, for the report. */
  examples: string[];
}

/** `prefix`: the tokens of the phase, for counting what was stored without a 201. */
export function checkAcked(
  acked: readonly { token: string; id: number }[],
  rows: readonly StoredComment[],
  prefix = 'carga-'
): AckCheck {
  const byToken = new Map<string, StoredComment[]>();
  for (const r of rows) {
    const t = tokenOf(r.texto);
    if (t) byToken.set(t, [...(byToken.get(t) ?? []), r]);
  }
  const ackedTokens = new Set(acked.map((a) => a.token));
  let found = 0;
  let missing = 0;
  let duplicated = 0;
  let wrongId = 0;
  let missingAudit = 0;
  const examples: string[] = [];
  const note = (what: string) => {
    if (examples.length < 10) examples.push(what);
  };
  for (const a of acked) {
    const stored = byToken.get(a.token) ?? [];
    if (stored.length === 0) {
      missing++;
      note(`falta ${a.token}`);
      continue;
    }
    found++;
    if (stored.length > 1) {
      duplicated++;
      note(`repetido ${a.token}`);
    }
    if (stored[0]!.id !== a.id) {
      wrongId++;
      note(`id ${stored[0]!.id} ≠ ${a.id} (${a.token})`);
    }
    if (stored.some((s) => s.audits !== 1)) {
      missingAudit++;
      note(`auditoría de ${a.token}: ${stored.map((s) => s.audits).join(',')}`);
    }
  }
  const unacknowledgedStored = [...byToken.keys()].filter(
    (t) => t.startsWith(prefix) && !ackedTokens.has(t)
  ).length;
  const ok =
    missing === 0 &&
    duplicated === 0 &&
    wrongId === 0 &&
    missingAudit === 0 &&
    new Set(acked.map((a) => a.id)).size === acked.length;
  return {
    acknowledged: acked.length,
    found,
    missing,
    duplicated,
    wrongId,
    missingAudit,
    unacknowledgedStored,
    ok,
    examples
  };
}
