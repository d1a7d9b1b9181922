// npm run bench:carga — load and fault benchmark of the comment intake (loopback only): SQLite with
// one instance, then PostgreSQL with two (throughput; SIGKILL of one instance; PostgreSQL
// restarted; limits across instances). Prints a Spanish summary, writes bench/carga-results.json
// and exits non-zero when a correctness property fails. Counts from the environment (config.ts).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { promisify } from 'node:util';
import { cargaConfig } from './config';
import { failedProperties } from './failed-properties';
import { runPgScenario } from './pg-scenario';
import { printReport } from './print-report';
import { runSqliteScenario } from './sqlite-scenario';

const DISTRICT = 'nordeste-antioqueno';
const log = (s: string) => process.stdout.write(`${s}\n`);

const cfg = cargaConfig();
// The benchmark runs the built server (as bench/team-layer-browser.ts: built when missing).
if (!existsSync('build/index.js')) {
  log('» Compilando la aplicación…');
  await promisify(execFile)('npx', ['vite', 'build', '--logLevel', 'warn']);
}
const started = new Date();
const t0 = performance.now();
const sqlite = await runSqliteScenario(cfg, DISTRICT);
const pg = await runPgScenario(cfg, DISTRICT);
const failures = failedProperties(sqlite, pg);
printReport(sqlite, pg, failures, log);
const results = {
  date: started.toISOString(),
  total_s: (performance.now() - t0) / 1000,
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '?', node: process.version },
  config: cfg,
  ratio_pg_2_instances_vs_sqlite_1: pg.throughput.comments_per_s / sqlite.comments_per_s,
  sqlite_1_instance: sqlite,
  postgres_2_instances: pg,
  failures
};
await writeFile(cfg.out, `${JSON.stringify(results, null, 2)}\n`);
log(`Resultados en ${cfg.out} (${results.total_s.toFixed(0)} s en total)`);
process.exitCode = failures.length ? 1 : 0;
