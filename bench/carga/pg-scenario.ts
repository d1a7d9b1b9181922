// PostgreSQL: a throw-away cluster, a database of its own and two app instances on it. Four
// phases on the same district: the load alone (throughput), the load with one instance killed
// (SIGKILL) halfway, the load with PostgreSQL restarted halfway (a fresh second instance), then the
// limits across instances. At the end every acknowledged comment is looked up in PostgreSQL.
// Every process and the cluster are stopped, also on failure.
import { startThrowawayPostgres } from '../../scripts/pg/throwaway-cluster';
import { checkAcked, type AckCheck } from './check-acked';
import { checkLimits, type LimitsResult } from './check-limits';
import { PHASE } from './client-address';
import type { CargaConfig } from './config';
import { createDatabase } from './create-database';
import { loadSummary, type LoadSummary } from './load-summary';
import { pgRestartFault, type RestartResult } from './pg-restart-fault';
import { prepareStaff, type PreparedStaff } from './prepare-staff';
import { readStoredComments } from './read-stored-comments';
import { runLoad, type LoadOptions } from './run-load';
import { startInstance, type AppInstance } from './start-instance';
import { warmUp } from './warm-up';

export interface PgScenario {
  cookieAcross: PreparedStaff['cookieAcross'];
  throughput: LoadSummary & { check: AckCheck };
  kill: LoadSummary & {
    check: AckCheck;
    victim: string;
    survivor: string;
    killedAfterAcknowledged: number;
    survivorAcknowledgedAfterKill: number;
    victimAcknowledgedAfterKill: number;
  };
  restart: LoadSummary & { check: AckCheck; fault: RestartResult; faultError: string | null };
  limits: LimitsResult & { check: AckCheck };
  all: AckCheck;
}

const log = (s: string) => process.stdout.write(`${s}\n`);

export async function runPgScenario(cfg: CargaConfig, district: string): Promise<PgScenario> {
  const pg = await startThrowawayPostgres();
  const running: AppInstance[] = [];
  try {
    const url = await createDatabase(pg.url, 'atlas_carga');
    const quota = { limit: cfg.quota, windowS: cfg.windowS };
    // One after the other: the first migrates and creates the admin, the second finds them.
    const start = async (name: string) => {
      const i = await startInstance(name, quota, url);
      running.push(i);
      return i;
    };
    const a = await start('A');
    const b = await start('B');
    const prepared = await prepareStaff([a, b], district, cfg.staff, 1);
    const warm = await warmUp([a, b], district, 'pg');
    const base: Omit<LoadOptions, 'phase' | 'label' | 'instances'> = {
      district,
      clients: cfg.clients,
      comments: cfg.comments,
      maxAttempts: cfg.maxAttempts,
      deadlineMs: cfg.phaseDeadlineMs,
      staff: prepared.staff
    };

    log(`» PostgreSQL, 2 instancias: ${cfg.clients} clientes, ${cfg.comments} comentarios`);
    const perf = await runLoad({
      ...base,
      phase: PHASE.rendimiento,
      label: 'pg',
      instances: [a, b]
    });

    log('» PostgreSQL: la instancia B termina con SIGKILL a mitad de la carga');
    let killedAt = 0;
    let killedAfter = 0;
    const killed = await runLoad({
      ...base,
      phase: PHASE.caida,
      label: 'caida',
      instances: [a, b],
      fault: async () => {
        killedAt = performance.now();
        await b.app.kill();
      }
    });
    killedAfter = killed.acked.filter((x) => x.at <= killedAt).length;

    log('» PostgreSQL: reinicio del servidor a mitad de la carga (A y una B nueva)');
    const b2 = await start('B2');
    warm.push(...(await warmUp([b2], district, 'reinicio')));
    const restart = pgRestartFault(pg, [a, b2], district, cfg.downMs);
    const restarted = await runLoad({
      ...base,
      phase: PHASE.reinicio,
      label: 'reinicio',
      instances: [a, b2],
      fault: restart.run
    });

    log('» Límites de comentarios e ingreso alternando A y B2');
    const limits = await checkLimits([a, b2], district, cfg.quota);

    const rows = await readStoredComments(url, district);
    const restartAcked = [...restarted.acked, ...restart.result.acked];
    const all = [...warm, ...perf.acked, ...killed.acked, ...restartAcked, ...limits.acked];
    return {
      cookieAcross: prepared.cookieAcross,
      throughput: { ...loadSummary(perf), check: checkAcked(perf.acked, rows, 'carga-pg-') },
      kill: {
        ...loadSummary(killed),
        check: checkAcked(killed.acked, rows, 'carga-caida-'),
        victim: b.name,
        survivor: a.name,
        killedAfterAcknowledged: killedAfter,
        survivorAcknowledgedAfterKill: killed.acked.filter(
          (x) => x.instance === a.name && x.at > killedAt
        ).length,
        victimAcknowledgedAfterKill: killed.acked.filter(
          (x) => x.instance === b.name && x.at > killedAt
        ).length
      },
      restart: {
        ...loadSummary(restarted),
        check: checkAcked(restartAcked, rows, 'carga-reinicio-'),
        fault: restart.result,
        faultError: restarted.faultError
      },
      limits: { ...limits, check: checkAcked(limits.acked, rows, 'carga-cuota-') },
      all: checkAcked(all, rows)
    };
  } finally {
    for (const i of running) await i.app.stop().catch(() => {});
    await pg.stop();
  }
}
