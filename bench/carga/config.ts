// The load benchmark's knobs, from the environment (defaults as in the issue: 200 clients posting
// 2,000 comments, three staff members). Every count is bounded so a run stays within minutes.

export interface CargaConfig {
  /** Concurrent public clients, each with its own address (X-Forwarded-For). */
  clients: number;
  /** Comments each load phase aims to have acknowledged, spread over the clients. */
  comments: number;
  /** Staff members moderating and answering during the load (2–3). */
  staff: number;
  /** ATLAS_COMMENT_RATE of the instances: `quota` comments per address every `windowS`. */
  quota: number;
  windowS: number;
  /** Attempts per comment (a 503, a dead instance) before the client gives it up. */
  maxAttempts: number;
  /** How long PostgreSQL stays down at least during the restart fault. */
  downMs: number;
  /** A load phase stops sending after this long. */
  phaseDeadlineMs: number;
  /** Where the results go. */
  out: string;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} debe ser un entero entre ${min} y ${max} (es «${raw}»).`);
  return n;
}

export function cargaConfig(env: NodeJS.ProcessEnv = process.env): CargaConfig {
  const clients = int(env, 'CARGA_CLIENTES', 200, 1, 2000);
  const comments = int(env, 'CARGA_COMENTARIOS', 2000, clients, 20_000);
  const perClient = Math.ceil(comments / clients);
  return {
    clients,
    comments,
    staff: int(env, 'CARGA_EQUIPO', 3, 1, 3),
    // Room for each client's comments and their retries: legit load is never throttled.
    quota: int(env, 'CARGA_CUOTA', Math.max(60, 6 * perClient), 2, 10_000),
    windowS: 3600,
    maxAttempts: int(env, 'CARGA_INTENTOS', 40, 1, 200),
    downMs: int(env, 'CARGA_CAIDA_MS', 2000, 200, 30_000),
    phaseDeadlineMs: int(env, 'CARGA_LIMITE_FASE_S', 120, 10, 600) * 1000,
    out: env.CARGA_SALIDA ?? 'bench/carga-results.json'
  };
}
