// Chromium e2e harness: the built app (node build) on a free loopback port, Debian's Chromium via playwright-core.
// Each app has a fresh database of the engine ATLAS_E2E_ENGINE names: `sqlite` (the default, a
// file in the app's folder) or `postgres` (a new database on the run's throw-away cluster, started
// by the config's global setup; a restart on the same folder reopens it).
import { spawn, type ChildProcess } from 'node:child_process';
import { csvParse } from 'd3-dsv';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freshDatabase, type FreshDb } from '../test/store-engines';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader'
];

/** The engine of the apps' databases: ATLAS_E2E_ENGINE, `sqlite` by default. */
export const E2E_ENGINE = (() => {
  const e = process.env.ATLAS_E2E_ENGINE ?? 'sqlite';
  if (e !== 'sqlite' && e !== 'postgres')
    throw new Error(`ATLAS_E2E_ENGINE «${e}»: use sqlite o postgres`);
  return e;
})();
// The PostgreSQL database of each app folder: made on the first start, reused by a restart.
const pgDatabases = new Map<string, FreshDb>();

/** What ATLAS_DB names for the app whose database lives in (or is keyed by) `dbDir`. */
async function appDatabase(dbDir: string): Promise<string> {
  if (E2E_ENGINE === 'sqlite') return join(dbDir, 'atlas.sqlite');
  let db = pgDatabases.get(dbDir);
  if (!db) {
    db = await freshDatabase('postgres');
    pgDatabases.set(dbDir, db);
  }
  return db.location;
}

async function removeAppDatabase(dbDir: string): Promise<void> {
  rmSync(dbDir, { recursive: true, force: true });
  const db = pgDatabases.get(dbDir);
  pgDatabases.delete(dbDir);
  await db?.drop();
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

export interface RunningApp {
  url: string;
  /** Folder of the app's database, or its key on PostgreSQL (removed by `stop`, kept by `kill`). */
  dbDir: string;
  stop: () => Promise<void>;
  /** SIGKILL, as a crash: the database stays for a restart on the same `dbDir`. */
  kill: () => Promise<void>;
}

export interface AppOptions {
  /** Extra environment (admin account, comment rate). */
  env?: Record<string, string>;
  /** Reuse this database folder (a restart after `kill`). */
  dbDir?: string;
  port?: number;
}

export async function startApp(options: AppOptions = {}): Promise<RunningApp> {
  if (!existsSync('build/index.js'))
    throw new Error('build/index.js no existe: ejecute `npm run build`');
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  // Each app gets its own fresh database, removed when it stops.
  const dbDir = options.dbDir ?? mkdtempSync(join(tmpdir(), 'atlas-e2e-db-'));
  const database = await appDatabase(dbDir);
  const child: ChildProcess = spawn(process.execPath, ['build/index.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ORIGIN: url,
      ATLAS_DB: database,
      BODY_SIZE_LIMIT: '21M',
      ...options.env
    },
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Ready when adapter-node says it listens (its own log line); the deadline only bounds a hang.
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`el servidor no respondió en ${url}`));
    }, 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      seen += chunk.toString('utf8');
      if (seen.includes(`Listening on ${url}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`el servidor terminó (código ${code}) antes de escuchar en ${url}`));
    });
  });
  return {
    url,
    dbDir,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      await removeAppDatabase(dbDir);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    }
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

import { SOURCES } from '../test/fixtures/sources';

/** Clicks the municipio's cabecera (DIVIPOLA point, from the public source file) on the map. */
export async function clickMunicipio(page: Page, code: string): Promise<void> {
  const rows = csvParse(readFileSync(`${SOURCES}/socioeconomico/divipola_table_epico.csv`, 'utf8'));
  const row = rows.find((r) => r.COD_MPIO === code);
  const center: [number, number] = [Number(row?.LONGITUD), Number(row?.LATITUD)];
  const point = await page.evaluate(async (c) => {
    const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    m.jumpTo({ center: c, zoom: 8 });
    await new Promise((r) => m.once('idle', r));
    return m.project(c);
  }, center);
  const box = await page.locator('[data-testid="mapa"]').boundingBox();
  await page.mouse.click(box!.x + point.x, box!.y + point.y);
}

/** Drops one file (given as base64) on the import zone, as a user dragging it from the desktop. */
export async function dropFile(page: Page, name: string, type: string, b64: string): Promise<void> {
  await page.evaluate(
    ({ name, type, b64 }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      const zone = document.querySelector('[data-testid="zona-importar"]')!;
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true })
      );
    },
    { name, type, b64 }
  );
}

export interface BrowserSession {
  app: RunningApp;
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors, for tests to assert there are none. */
  consoleErrors: string[];
  close: () => Promise<void>;
}

/** The built app on a free port, Chromium, and one page that records its errors. */
export async function openSession(
  viewport = { width: 1280, height: 800 },
  options: AppOptions = {}
): Promise<BrowserSession> {
  const app = await startApp(options);
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport })).newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  const close = async () => {
    await browser.close();
    await app.stop();
  };
  return { app, browser, page, consoleErrors, close };
}
