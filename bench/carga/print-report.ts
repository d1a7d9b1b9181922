// The run's summary in Spanish: one row per load phase, then the fault and limit results and the
// properties that failed.
import type { AckCheck } from './check-acked';
import type { LoadSummary } from './load-summary';
import type { PgScenario } from './pg-scenario';

const n0 = (x: number) => x.toLocaleString('es-CO', { maximumFractionDigits: 0 });
const n1 = (x: number) => x.toLocaleString('es-CO', { maximumFractionDigits: 1 });
const pad = (s: string, w: number) => (s.length >= w ? s : s + ' '.repeat(w - s.length));

const HEAD = [
  'Fase',
  'Inst.',
  '201',
  'Coment./s',
  'POST p50',
  'POST p99',
  'Equipo p50',
  'Equipo p99',
  'Sin resp.',
  '503',
  'Abandon.',
  'En la base'
];

function row(phase: string, inst: string, s: LoadSummary & { check: AckCheck }) {
  return [
    phase,
    inst,
    n0(s.acknowledged),
    n1(s.comments_per_s),
    `${n0(s.comment_post.p50_ms)} ms`,
    `${n0(s.comment_post.p99_ms)} ms`,
    `${n0(s.staff_action.p50_ms)} ms`,
    `${n0(s.staff_action.p99_ms)} ms`,
    n0(s.connection_failures),
    n0(s.post_statuses['503'] ?? 0),
    n0(s.gave_up),
    s.check.ok ? `${n0(s.check.found)} (1 vez, auditados)` : `FALLA: ${s.check.examples[0] ?? ''}`
  ];
}

export function printReport(
  sqlite: LoadSummary & { check: AckCheck },
  pg: PgScenario,
  failures: string[],
  log: (s: string) => void
): void {
  const rows = [
    HEAD,
    row('SQLite · carga', '1', sqlite),
    row('PostgreSQL · carga', '2', pg.throughput),
    row('PostgreSQL · SIGKILL de B', '2→1', pg.kill),
    row('PostgreSQL · reinicio', '2', pg.restart)
  ];
  const widths = HEAD.map((_, k) => Math.max(...rows.map((r) => r[k]!.length)));
  log('');
  for (const [k, r] of rows.entries()) {
    log(r.map((c, j) => pad(c, widths[j]!)).join(' │ '));
    if (k === 0) log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  }
  const ratio = pg.throughput.comments_per_s / sqlite.comments_per_s;
  log('');
  log(`Relación PostgreSQL (2 instancias) / SQLite (1 instancia): ${ratio.toFixed(2)}×`);
  const c = pg.cookieAcross;
  log(
    `Sesión abierta en ${c.from} usada en ${c.to}: ${c.ok ? 'válida' : 'RECHAZADA'} (${c.status})`
  );
  const k = pg.kill;
  log(
    `SIGKILL de ${k.victim} tras ${n0(k.killedAfterAcknowledged)} acuses: ${n0(k.connection_failures)} envíos sin respuesta (no acusados, reintentados en ${k.survivor}); ${k.survivor} acusó ${n0(k.survivorAcknowledgedAfterKill)} después`
  );
  const f = pg.restart.fault;
  const recovery = Object.entries(f.recoveryMs)
    .map(([name, ms]) => `${name} ${ms === null ? 'NO' : `${n0(ms)} ms`}`)
    .join(', ');
  log(
    `Reinicio de PostgreSQL: ${n0(f.downMs)} ms detenido, ${f.probes503}/${f.probesWhileDown} sondas con 503 en español; recuperación sin reiniciar la app: ${recovery}`
  );
  if (f.sample) log(`  muestra: ${f.sample.status} ${f.sample.body}`);
  const l = pg.limits;
  const per = Object.entries(l.perInstance)
    .map(([name, v]) => `${name} ${v.accepted}`)
    .join(', ');
  log(
    `Cuota de comentarios (${l.comments.quota} por dirección) alternando instancias: ${l.comments.accepted} aceptados (${per}), ${l.comments.throttled} con 429, de ${l.comments.sent}`
  );
  log(
    `Ingreso fallido alternando instancias: ${l.signIn.refused} con 400 antes del freno (límite ${l.signIn.limit}), ${l.signIn.throttled} con 429`
  );
  log(
    `Todos los 201 de PostgreSQL: ${n0(pg.all.found)} de ${n0(pg.all.acknowledged)} en la base, una vez y auditados: ${pg.all.ok ? 'sí' : 'NO'}; ${n0(pg.all.unacknowledgedStored)} guardados sin 201 (respuesta perdida)`
  );
  log('');
  if (failures.length === 0) log('Todas las propiedades de corrección se cumplen.');
  else for (const f of failures) log(`FALLA: ${f}`);
}
