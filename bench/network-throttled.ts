// Issue 22 on a real connection: Chromium with CDP network throttling (10 Mbit/s down, 5 up,
// 40 ms RTT) against the built app. Per page, a cold visit (fresh context, empty cache) and a warm
// one (second visit, same context): the home map's first contentful paint and the bytes until the
// network is idle, the public publication page's first paint (Nordeste, period opened through the
// app's own form action) and the Nordeste district page until its matrix and consulta previa are
// shown. Twice in the same run: as Chromium asks (brotli) and with `Accept-Encoding: identity`
// (no compression), for the before/after. Runnable alone: `tsx bench/network-throttled.ts`.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startApp } from '../e2e/harness';
import { ADMIN_ENV, openPeriod, staffLogin } from '../e2e/staff-client';

const DISTRICT = 'nordeste-antioqueno';
const DOWN_MBIT = 10;
const UP_MBIT = 5;
const RTT_MS = 40;
/** Network idle: no request in flight for this long (Playwright's own definition). */
const IDLE_MS = 500;
const TIMEOUT = Number(process.env.BENCH_TIMEOUT_MS ?? 300_000);

type Mode = 'br' | 'identity';
interface Visit {
  /** First contentful paint, ms from navigation start. */
  fcp_ms: number;
  /** When the page's own readiness condition held, ms from navigation start. */
  ready_ms: number;
  /** Bytes on the wire (headers + encoded bodies) until the network was idle. */
  bytes_before_idle: number;
  idle_ms: number;
  requests: number;
  /** Content-Encoding of the DuckDB wasm when it was fetched (not from the cache). */
  wasm_encoding: string | null;
}

/** Counts in-flight requests and wire bytes of a context (pages and their workers). */
function track(context: BrowserContext) {
  let inFlight = 0;
  let bytes = 0;
  let requests = 0;
  let wasmEncoding: string | null = null;
  let lastChange = Date.now();
  const pending: Promise<void>[] = [];
  context.on('request', () => {
    inFlight++;
    requests++;
    lastChange = Date.now();
  });
  const done = () => {
    inFlight--;
    lastChange = Date.now();
  };
  context.on('requestfailed', done);
  context.on('requestfinished', (req) => {
    done();
    pending.push(
      req.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
      })
    );
  });
  context.on('response', (r) => {
    if (/duckdb-eh\.[\w-]+\.wasm$/.test(r.url()))
      wasmEncoding = r.headers()['content-encoding'] ?? 'identity';
  });
  return {
    reset() {
      bytes = 0;
      requests = 0;
      wasmEncoding = null;
    },
    /** Resolves when nothing has been in flight for IDLE_MS (the quiet window is the definition). */
    idle(started: number) {
      return new Promise<{ idle_ms: number; bytes: number; requests: number; wasm: string | null }>(
        (resolve, reject) => {
          const tick = setInterval(async () => {
            if (Date.now() - started > TIMEOUT) {
              clearInterval(tick);
              reject(new Error('la red no quedó en reposo'));
            } else if (inFlight <= 0 && Date.now() - lastChange >= IDLE_MS) {
              clearInterval(tick);
              await Promise.all(pending);
              resolve({ idle_ms: lastChange - started, bytes, requests, wasm: wasmEncoding });
            }
          }, 50);
        }
      );
    }
  };
}

async function throttle(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: RTT_MS,
    downloadThroughput: (DOWN_MBIT * 1e6) / 8,
    uploadThroughput: (UP_MBIT * 1e6) / 8
  });
}

/** One navigation: FCP, the page's readiness selector(s) and the bytes until network idle. */
async function visit(
  page: Page,
  tracker: ReturnType<typeof track>,
  url: string,
  ready: string[],
  settled: string[]
): Promise<Visit> {
  tracker.reset();
  const started = Date.now();
  await page.goto(url, { timeout: TIMEOUT });
  const times = await page.waitForFunction(
    (selectors) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const shown = selectors.every((s) => document.querySelector(s));
      return fcp && shown ? { fcp: fcp.startTime, ready: performance.now() } : null;
    },
    ready,
    { timeout: TIMEOUT, polling: 50 }
  );
  const t = (await times.jsonValue()) as { fcp: number; ready: number };
  // The quiet window starts once the page has fetched what it always fetches (the engine).
  for (const sel of settled) await page.locator(sel).waitFor({ timeout: TIMEOUT });
  const net = await tracker.idle(started);
  return {
    fcp_ms: t.fcp,
    ready_ms: t.ready,
    bytes_before_idle: net.bytes,
    idle_ms: net.idle_ms,
    requests: net.requests,
    wasm_encoding: net.wasm
  };
}

const PAGES = {
  home: {
    path: '/',
    ready: ['[data-testid="mapa"][data-ready="true"]'],
    settled: ['[data-testid="analisis-listo"]']
  },
  public_page: {
    path: `/publicacion/${DISTRICT}`,
    ready: ['[data-testid="mapa"][data-ready="true"]'],
    settled: []
  },
  district_page: {
    path: `/distritos/${DISTRICT}`,
    ready: [
      '[data-testid="matriz"]',
      '[data-testid="consulta-previa"] [data-testid="alerta-distrito"]'
    ],
    settled: []
  }
} as const;

async function coldAndWarm(browser: Browser, base: string, mode: Mode, which: keyof typeof PAGES) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'es-CO',
    ...(mode === 'identity' ? { extraHTTPHeaders: { 'accept-encoding': 'identity' } } : {})
  });
  try {
    const tracker = track(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => process.stderr.write(`página: ${e.message}\n`));
    await throttle(context, page);
    const { path, ready, settled } = PAGES[which];
    const cold = await visit(page, tracker, `${base}${path}`, [...ready], [...settled]);
    const warm = await visit(page, tracker, `${base}${path}`, [...ready], [...settled]);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

export async function networkThrottledBench() {
  if (!existsSync('build/index.js'))
    await promisify(execFile)('npx', ['vite', 'build', '--logLevel', 'warn']);
  const app = await startApp({ env: ADMIN_ENV });
  const browser = await launchChromium();
  try {
    const cookie = await staffLogin(app.url);
    const opened = await openPeriod(app.url, cookie, DISTRICT);
    if (opened.type !== 'success') throw new Error(`periodo de publicación: ${opened.status}`);
    const load_before = loadavg();
    const run = async (mode: Mode) => ({
      home: await coldAndWarm(browser, app.url, mode, 'home'),
      public_page: await coldAndWarm(browser, app.url, mode, 'public_page'),
      district_page: await coldAndWarm(browser, app.url, mode, 'district_page')
    });
    const compressed = await run('br');
    const uncompressed = await run('identity');
    return {
      network: { down_mbit_s: DOWN_MBIT, up_mbit_s: UP_MBIT, rtt_ms: RTT_MS },
      load_average: { before: load_before, after: loadavg() },
      targets: {
        public_page_cold_ms: 1500,
        district_page_cold_ms: 8000,
        district_page_warm_ms: 1500
      },
      compressed,
      uncompressed
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}

const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Lines for the bench report, in Spanish like the rest of it. */
export function networkThrottledLines(r: Awaited<ReturnType<typeof networkThrottledBench>>) {
  const lines: string[] = [];
  for (const mode of ['compressed', 'uncompressed'] as const) {
    const m = r[mode];
    lines.push(
      mode === 'compressed' ? '  con compresión (brotli):' : '  sin compresión (identity):'
    );
    for (const k of ['cold', 'warm'] as const) {
      const label = k === 'cold' ? 'en frío' : 'con caché';
      lines.push(
        `    ${label}: inicio FCP ${s(m.home[k].fcp_ms)}, ${mb(m.home[k].bytes_before_idle)} hasta reposo (${s(m.home[k].idle_ms)}) · ` +
          `página pública FCP ${s(m.public_page[k].fcp_ms)}, mapa ${s(m.public_page[k].ready_ms)} · ` +
          `distrito Nordeste matriz y consulta previa ${s(m.district_page[k].ready_ms)}`
      );
    }
  }
  lines.push(
    `  carga del equipo: ${r.load_average.before.map((x) => x.toFixed(2)).join(' ')} → ${r.load_average.after.map((x) => x.toFixed(2)).join(' ')}`
  );
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await networkThrottledBench();
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n${networkThrottledLines(r).join('\n')}\n`);
}
