// SQLite, the default engine: one app instance on its own database file, the same load as the
// PostgreSQL throughput phase, and every acknowledged comment (warm-up included) looked up in the
// file.
import { checkAcked, type AckCheck } from './check-acked';
import { PHASE } from './client-address';
import type { CargaConfig } from './config';
import { loadSummary, type LoadSummary } from './load-summary';
import { prepareStaff } from './prepare-staff';
import { readStoredComments } from './read-stored-comments';
import { runLoad } from './run-load';
import { startInstance } from './start-instance';
import { warmUp } from './warm-up';

export async function runSqliteScenario(
  cfg: CargaConfig,
  district: string
): Promise<LoadSummary & { check: AckCheck }> {
  const s = await startInstance('S', { limit: cfg.quota, windowS: cfg.windowS });
  try {
    const { staff } = await prepareStaff([s], district, cfg.staff, 0);
    const warm = await warmUp([s], district, 'sqlite');
    process.stdout.write(
      `» SQLite, 1 instancia: ${cfg.clients} clientes, ${cfg.comments} comentarios\n`
    );
    const r = await runLoad({
      phase: PHASE.sqlite,
      label: 'sqlite',
      district,
      instances: [s],
      clients: cfg.clients,
      comments: cfg.comments,
      maxAttempts: cfg.maxAttempts,
      deadlineMs: cfg.phaseDeadlineMs,
      staff
    });
    const rows = await readStoredComments(s.db, district);
    return { ...loadSummary(r), check: checkAcked([...warm, ...r.acked], rows) };
  } finally {
    await s.app.stop();
  }
}
