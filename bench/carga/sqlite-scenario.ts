// SQLite, the default engine: one app instance on its own database file, the same load as the
// PostgreSQL throughput phase, and every acknowledged comment looked up in the file.
import { checkAcked, type AckCheck } from './check-acked';
import { PHASE } from './client-address';
import type { CargaConfig } from './config';
import { loadSummary, type LoadSummary } from './load-summary';
import { prepareStaff } from './prepare-staff';
import { readStoredComments } from './read-stored-comments';
import { runLoad } from './run-load';
import { startInstance } from './start-instance';

export async function runSqliteScenario(
  cfg: CargaConfig,
  district: string
): Promise<LoadSummary & { check: AckCheck }> {
  const s = await startInstance('S', { limit: cfg.quota, windowS: cfg.windowS });
  try {
    const { staff } = await prepareStaff([s], district, cfg.staff, 0);
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
    return { ...loadSummary(r), check: checkAcked(r.acked, rows, 'carga-sqlite-') };
  } finally {
    await s.app.stop();
  }
}
