// The correctness properties of a run, in Spanish: the empty list means all held. Figures (speed,
// latency) never fail a run; a lost, repeated or unaudited write, a missing 503, no recovery or a
// limit counted per instance does.
import type { AckCheck } from './check-acked';
import type { LoadSummary } from './load-summary';
import type { PgScenario } from './pg-scenario';

function writes(what: string, c: AckCheck): string[] {
  const out: string[] = [];
  if (c.missing) out.push(`${what}: ${c.missing} comentarios con 201 no están en la base`);
  if (c.duplicated) out.push(`${what}: ${c.duplicated} comentarios con 201 están repetidos`);
  if (c.wrongId) out.push(`${what}: ${c.wrongId} comentarios con otro id que el de su 201`);
  if (c.missingAudit)
    out.push(`${what}: ${c.missingAudit} comentarios sin su entrada de auditoría`);
  if (!c.ok && out.length === 0) out.push(`${what}: ids repetidos en los 201`);
  return out;
}

function load(what: string, s: LoadSummary): string[] {
  const out: string[] = [];
  if (s.throttled) out.push(`${what}: la cuota frenó ${s.throttled} comentarios legítimos`);
  if (s.acknowledged === 0) out.push(`${what}: ningún comentario recibió 201`);
  return out;
}

export function failedProperties(sqlite: LoadSummary & { check: AckCheck }, pg: PgScenario) {
  const out = [
    ...load('SQLite', sqlite),
    ...writes('SQLite', sqlite.check),
    ...load('PostgreSQL', pg.throughput),
    ...writes('PostgreSQL', pg.throughput.check),
    ...writes('Caída de instancia', pg.kill.check),
    ...writes('Reinicio de PostgreSQL', pg.restart.check),
    ...writes('Límites', pg.limits.check),
    ...writes('PostgreSQL (todo)', pg.all)
  ];
  if (!pg.cookieAcross.ok)
    out.push(`La sesión de ${pg.cookieAcross.from} no vale en ${pg.cookieAcross.to}`);
  if (pg.kill.survivorAcknowledgedAfterKill === 0)
    out.push(`Caída: ${pg.kill.survivor} no guardó nada tras la caída de ${pg.kill.victim}`);
  const f = pg.restart.fault;
  if (pg.restart.faultError) out.push(`Reinicio: ${pg.restart.faultError}`);
  if (f.probes503 === 0) out.push('Reinicio: ninguna respuesta 503 con PostgreSQL detenido');
  if (f.probesOther.length)
    out.push(`Reinicio: ${f.probesOther.length} sondas sin 503 en español con PostgreSQL detenido`);
  for (const [name, ms] of Object.entries(f.recoveryMs))
    if (ms === null) out.push(`Reinicio: ${name} no se recuperó sola`);
  if (!pg.limits.commentsOk)
    out.push(
      `Cuota: ${pg.limits.comments.accepted} comentarios aceptados de una dirección (cuota ${pg.limits.comments.quota})`
    );
  if (!pg.limits.signInOk)
    out.push(
      `Ingreso: ${pg.limits.signIn.refused} intentos fallidos antes del freno (límite ${pg.limits.signIn.limit})`
    );
  return out;
}
