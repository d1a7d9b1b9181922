// `npx tsx scripts/pg/run-throwaway.ts`: starts a throw-away PostgreSQL + PostGIS, prints its URL
// (for ATLAS_TEST_PG or ATLAS_DB) and removes it on Ctrl-C.
import { startThrowawayPostgres } from './throwaway-cluster';

const pg = await startThrowawayPostgres();
console.log(pg.url);
console.error('PostgreSQL temporal en marcha; Ctrl-C lo detiene y borra su carpeta.');
const quit = () => void pg.stop().then(() => process.exit(0));
process.once('SIGINT', quit);
process.once('SIGTERM', quit);
