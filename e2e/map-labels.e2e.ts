// Municipio names on the public map in Chromium (issue 22): drawn with the glyphs the app ships,
// only where they fit, and without a single request leaving the app's origin.
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import booleanIntersects from '@turf/boolean-intersects';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABEL_LAYER_ID } from '../src/lib/map/label-layer';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { launchChromium, startApp, type RunningApp } from './harness';
import { ADMIN_ENV, openPeriod, staffLogin } from './staff-client';

const D = 'nordeste-antioqueno';
let app: RunningApp;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const responses: { url: string; status: number }[] = [];
const consoleErrors: string[] = [];

interface Shown {
  zoom: number;
  labels: { name: string; code: string; lngLat: [number, number] }[];
}

/** Frames `bounds` (or jumps to a zoom), waits for the map to go idle, returns the names drawn. */
function labelsAt(view: { bounds?: [number, number, number, number]; zoom?: number }) {
  return page.evaluate(
    async ({ view, layer }): Promise<Shown> => {
      const m = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const idle = new Promise((r) => m.once('idle', r));
      if (view.bounds) m.fitBounds(view.bounds, { padding: 20, duration: 0 });
      else m.jumpTo({ zoom: view.zoom! });
      await idle;
      const labels = m.queryRenderedFeatures({ layers: [layer] }).map((f) => ({
        name: String(f.properties.name),
        code: String(f.properties.code),
        lngLat: (f.geometry as Point).coordinates as [number, number]
      }));
      return { zoom: m.getZoom(), labels };
    },
    { view, layer: LABEL_LAYER_ID }
  );
}

beforeAll(async () => {
  app = await startApp({ env: ADMIN_ENV });
  // The public page exists once the district is in publication.
  expect((await openPeriod(app.url, await staffLogin(app.url), D)).type).toBe('success');
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.on('request', (r) => requests.push(r.url()));
  context.on('response', (r) => responses.push({ url: r.url(), status: r.status() }));
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  await page.goto(`${app.url}/publicacion/${D}`);
  await page.locator('[data-testid="mapa"][data-ready="true"]').waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('municipio names on the public map', () => {
  it('names Segovia, inside Segovia, once the map is framed on Antioquia', async () => {
    const [antioquia] = (await readArrowRows('data', 'departamentos')).filter(
      (r) => r.code === '05'
    );
    const bounds = ['min_lon', 'min_lat', 'max_lon', 'max_lat'].map((k) => Number(antioquia![k]));
    const shown = await labelsAt({ bounds: bounds as [number, number, number, number] });
    expect(shown.zoom).toBeGreaterThan(6);
    const names = shown.labels.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['Segovia', 'Medellín', 'Remedios']));
    // Each municipio drawn once, though its point may sit in more than one tile's buffer.
    const codes = shown.labels.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    const [segovia] = (await readArrowRows('data', 'municipios')).filter((r) => r.code === '05736');
    const shape: Feature<Polygon | MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: JSON.parse(String(segovia!.geometry))
    };
    const label = shown.labels.find((l) => l.name === 'Segovia')!;
    expect(label.code).toBe('05736');
    expect(booleanIntersects({ type: 'Point', coordinates: label.lngLat }, shape)).toBe(true);
  });

  it('keeps the national view to department capitals and the largest municipios', async () => {
    const shown = await labelsAt({ zoom: 4.8 });
    const codes = shown.labels.map((l) => l.code);
    expect(shown.labels.map((l) => l.name)).toEqual(expect.arrayContaining(['Bogotá, D.C.']));
    expect(codes).not.toContain('05736');
    expect(codes.length).toBeLessThan(50);
  });

  it('shows no names at all on a phone-sized whole-country view (zoom < 4)', async () => {
    expect((await labelsAt({ zoom: 3.6 })).labels).toEqual([]);
  });

  it('loads the glyphs from the app itself and sends no request outside its origin', () => {
    const origin = new URL(app.url).origin;
    const network = requests.filter((u) => !/^(data|blob):/.test(u));
    expect(network.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    const glyphs = responses.filter((r) => r.url.includes('/glyphs/'));
    expect(glyphs.length).toBeGreaterThan(0);
    expect(glyphs.every((r) => r.status === 200)).toBe(true);
    expect(glyphs.map((r) => decodeURIComponent(new URL(r.url).pathname))).toContain(
      '/glyphs/DejaVu Sans/0-255.pbf'
    );
    expect(consoleErrors).toEqual([]);
  });
});
